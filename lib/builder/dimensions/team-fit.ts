import { fmt, listNames, plural, type Analysis } from '../analysis';
import { TEAM_RULES } from '../facts';
import type { Team } from '../model';
import type { Dimension, Draft } from './types';

/** The teams of the scenario, or teams of about eight people when it names none. */
function teamCount(a: Analysis): number {
  const { teams, teamSize, stage } = a.scenario.context;
  if (teams) return teams.length;
  return stage === 'startup' ? 1 : Math.max(1, Math.ceil(teamSize / TEAM_RULES.peoplePerTeam));
}

/** Too many services for the people who own them, by the stage's rule of thumb. */
function overloaded(stage: 'startup' | 'medium' | 'large', people: number, services: number): Draft | undefined {
  const ratio = `${plural(people, 'engineer')} for ${plural(services, 'service')}`;
  const max = stage === 'startup' ? TEAM_RULES.startupMaxServicesPerPerson * people : people;
  if (services > max) {
    const rule = stage === 'startup' ? `a startup runs at most ${TEAM_RULES.startupMaxServicesPerPerson} per person (${max} here)` : 'keep to at most one service per person';
    return { key: 'people', severity: 'problem', title: 'More services than the people can own', services: [], detail: `${ratio}: ${rule}.` };
  }
  if (stage !== 'startup' && people / services < 1.5) {
    return {
      key: 'people',
      severity: 'warning',
      title: 'Some services would have one owner',
      services: [],
      detail: `${ratio} is ${fmt(Math.round((people / services) * 10) / 10)} per service; ideally ${TEAM_RULES.mediumIdealPeoplePerService} people share each so nobody is a single point of failure.`,
    };
  }
  return undefined;
}

export const teamFit: Dimension = {
  id: 'team-fit',
  label: 'Team fit',
  why:
    'Conway\'s law: the system ends up shaped like the teams that build it. A service is owned by one team that can release it alone; teams that share a deployable wait on each other, and a service with one owner stops when that person is away.',
  judge(a) {
    const n = a.services.length;
    if (n === 0) return { drafts: [], figure: '' };
    const { teamSize, stage, teams } = a.scenario.context;
    const drafts: Draft[] = [];
    const count = teamCount(a);
    if (teams) {
      const teamOf = new Map<string, Team>(teams.flatMap((t) => t.owns.map((c) => [c, t] as [string, Team])));
      for (const svc of a.services) {
        const owners = [...new Set(svc.capabilities.map((c) => teamOf.get(c.id)).filter((t): t is Team => t !== undefined))];
        if (owners.length < 2) continue;
        drafts.push({
          key: `teams:${svc.id}`,
          severity: 'warning',
          title: `${svc.name} is shared by ${plural(owners.length, 'team')}`,
          services: [svc.name],
          detail: `${svc.name} holds work of ${listNames(owners.map((t) => t.name))}, so they release together and wait on each other.`,
        });
      }
    } else if (count > n) {
      drafts.push({
        key: 'teams',
        severity: count >= 3 * n ? 'problem' : 'warning',
        title: n === 1 ? `${plural(count, 'team')} share one deployable` : `${plural(count, 'team')} share ${plural(n, 'service')}`,
        services: [],
        detail: `${plural(teamSize, 'engineer')} make about ${plural(count, 'team')} of ${TEAM_RULES.peoplePerTeam}; with ${plural(n, 'service')}, teams share deployables and coordinate every release.`,
      });
    }
    const people = overloaded(stage, teamSize, n);
    if (people) drafts.push(people);
    const figure = `${fmt(Math.round((teamSize / n) * 10) / 10)} people per service, ${plural(count, 'team')}`;
    if (drafts.length === 0) {
      drafts.push({
        key: 'team',
        severity: 'good',
        title: 'Fits the teams',
        services: [],
        detail: `${plural(teamSize, 'engineer')} in ${plural(count, 'team')} for ${plural(n, 'service')}: each team can own and release its services alone.`,
      });
    }
    return { drafts, figure };
  },
};
