import { TEAM_RULES } from '../facts';
import { finding, fmt, plural, type Rule } from '../analysis';
import type { Finding } from '../model';

type Verdict = Pick<Finding, 'severity' | 'title' | 'detail' | 'penalty'>;

function judge(stage: 'startup' | 'medium' | 'large', people: number, services: number): Verdict {
  const perService = people / services;
  const ratio = `${plural(people, 'engineer')} for ${plural(services, 'service')} is ${fmt(Math.round(perService * 10) / 10)} per service`;
  if (stage === 'startup') {
    const max = TEAM_RULES.startupMaxServicesPerPerson * people;
    if (services > max)
      return { severity: 'problem', title: 'More services than the startup can own', detail: `${ratio}; a startup should run at most ${TEAM_RULES.startupMaxServicesPerPerson} per person (${max} here).`, penalty: Math.min(15, 5 + 2 * (services - max)) };
    return { severity: 'good', title: 'Fits a startup team', detail: `${ratio}, within at most ${TEAM_RULES.startupMaxServicesPerPerson} services per person.`, penalty: 0 };
  }
  const maxPeople = TEAM_RULES.largeMaxPeoplePerService;
  if (stage === 'medium') {
    if (services > people)
      return { severity: 'problem', title: 'More services than people', detail: `${ratio}; a medium organisation should keep to at most one service per person.`, penalty: Math.min(15, 5 + 2 * (services - people)) };
    if (perService < TEAM_RULES.mediumIdealPeoplePerService)
      return { severity: 'warning', title: 'Some services would have one owner', detail: `${ratio}; ideally two people share each service so nobody is a single point of failure.`, penalty: 3 };
    return { severity: 'good', title: 'Fits the team', detail: `${ratio}: at most one service per person and at least two people on each.`, penalty: 0 };
  }
  if (perService > maxPeople) {
    const penalty = perService > 16 ? 15 : perService > 8 ? 10 : 6;
    return { severity: penalty >= 10 ? 'problem' : 'warning', title: 'Services too big for their teams', detail: `${ratio}; more than ${maxPeople} people on one service means its business scope is too large: split it.`, penalty };
  }
  if (perService < TEAM_RULES.largeMinPeoplePerService)
    return { severity: 'warning', title: 'Too many services for the people', detail: `${ratio}; at scale each service wants ${TEAM_RULES.largeMinPeoplePerService}–${maxPeople} people so none has a single owner.`, penalty: perService < 1 ? 8 : 4 };
  return { severity: 'good', title: 'Team sizes fit', detail: `${ratio}, within the ${TEAM_RULES.largeMinPeoplePerService}–${maxPeople} people per service that large organisations aim for.`, penalty: 0 };
}

/** Team-size rules for the scenario's organisation (source 01). */
export const teamSizeRule: Rule = (a) => {
  if (a.services.length === 0) return [];
  const { teamSize, stage } = a.scenario.context;
  const verdict = judge(stage, teamSize, a.services.length);
  return [
    finding('team-size', {
      ...verdict,
      services: [],
      why:
        'Conway\'s law: the system ends up shaped like the teams. The course\'s rules of thumb: a startup runs at most 2 services per person; ' +
        'a medium organisation at most 1 per person, ideally 2 people per service; a large one 2–4 people per service, and more than 4 means the service should be split.',
    }),
  ];
};
