/**
 * The course's figures that the evaluation quotes, each with the lesson that teaches it, so a
 * finding's numbers can be traced back to what the learner read.
 */

/**
 * One synchronous network call between services costs 5–50 ms (communication-patterns,
 * "Synchronous request chains"); the evaluation charges the typical 10 ms of a call inside one
 * data centre, and an in-process call 1 ms.
 */
export const HOP_MS = { min: 5, typical: 10, max: 50 } as const;
export const IN_PROCESS_MS = 1;

/** A capability this slow (a payment provider, say) should not be waited on across a boundary. */
export const SLOW_MS = 1000;

/** Availability of one service for the chain figure: each synchronous dependency multiplies it. */
export const SERVICE_AVAILABILITY = 0.999;

/** Team-size rules (teams-and-conways-law, "Sizing teams and services"). */
export const TEAM_RULES = {
  /** Startups: at most 2 services per person. */
  startupMaxServicesPerPerson: 2,
  /** Medium organisations: at most 1 service per person, ideally 2 people per service. */
  mediumMaxServicesPerPerson: 1,
  mediumIdealPeoplePerService: 2,
  /** Large organisations: 2–4 people per service. */
  largeMinPeoplePerService: 2,
  largeMaxPeoplePerService: 4,
  /** A team is about eight people ("two pizzas") when the scenario names no teams. */
  peoplePerTeam: 8,
} as const;

/** Costs (costs-and-tco): microservices need 20–30 % more resources than megaservices. */
export const RESOURCE_OVERHEAD_PCT = { min: 20, max: 30 } as const;

/**
 * How many deployables a team runs comfortably: at most the capacity's ceiling, and fewer for a
 * small team (one per 3 people with low capacity, one per 2 with medium, one per person with
 * high). A platform team raises it by half (costs-and-tco, "Operational overhead").
 */
export const COMFORTABLE_SERVICES: Record<'low' | 'medium' | 'high', { max: number; peoplePer: number }> = {
  low: { max: 3, peoplePer: 3 },
  medium: { max: 8, peoplePer: 2 },
  high: { max: 20, peoplePer: 1 },
};
