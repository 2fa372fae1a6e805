/**
 * The course's figures that the evaluation quotes, each with its source section, so a finding's
 * numbers can be traced back to what the lessons teach.
 */

/** One network call between services costs 5–50 ms; an in-process call under 1 ms (source 03, "Network latency and reliability"). */
export const HOP_MS = { min: 5, max: 50 } as const;
export const IN_PROCESS_MS = 1;

/** Requests may pass through 5–10 services, and the latency compounds (source 03). */
export const LONG_CHAIN_SERVICES = 5;

/** Team-size rules (source 01, "Team size guidelines"). */
export const TEAM_RULES = {
  /** Startups: at most 2 services per person. */
  startupMaxServicesPerPerson: 2,
  /** Medium organisations: at most 1 service per person, ideally 2 people per service. */
  mediumMaxServicesPerPerson: 1,
  mediumIdealPeoplePerService: 2,
  /** Large organisations: 2–4 people per service; more than 4 means the service is too big. */
  largeMinPeoplePerService: 2,
  largeMaxPeoplePerService: 4,
} as const;

/** Costs (source 05 §8): microservices need 20–30 % more resources than megaservices. */
export const RESOURCE_OVERHEAD_PCT = { min: 20, max: 30 } as const;

/** Source 05 §8's example: 1 million inferences a day. */
export const COST_EXAMPLE = {
  microservicesMonthlyUsd: 15_000,
  megaservicesMonthlyUsd: 12_000,
  microservicesDevops: 2,
  megaservicesDevops: 1,
} as const;

/**
 * How many separately deployed services a team can run comfortably for its DevOps capacity.
 * Source 02's rule of thumb starts at 1–3 services; source 05's case study had a small DevOps
 * team do better with one megaservice than with microservices.
 */
export const COMFORTABLE_SERVICES: Record<'low' | 'medium' | 'high', number> = { low: 3, medium: 8, high: 20 };
