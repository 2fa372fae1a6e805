import { finding, listNames, plural, type Rule } from '../analysis';

const MAX_PARTIAL_PENALTY = 60;

/** Capabilities still in the palette: the design is not finished, and every other rule sees only part of it. */
export const unplacedRule: Rule = (a) => {
  const total = a.scenario.capabilities.length;
  const missing = a.scenario.capabilities.filter((c) => !a.serviceOf.has(c.id));
  if (missing.length === 0) return [];
  const nothing = missing.length === total;
  const shown = missing.slice(0, 5).map((c) => c.name);
  return [
    finding('unplaced', {
      severity: nothing ? 'info' : 'warning',
      title: nothing ? 'Nothing placed yet' : `${plural(missing.length, 'capability', 'capabilities')} not placed`,
      services: [],
      detail: nothing
        ? `Create a service and place capabilities in it; all ${total} are still in the palette.`
        : `Still in the palette: ${listNames(missing.length > 5 ? [...shown, `${missing.length - 5} more`] : shown)}. The other findings look only at what is placed.`,
      why: 'Every business capability has to live somewhere; a cut is judged on the whole system.',
      penalty: nothing ? 100 : Math.max(1, Math.round((MAX_PARTIAL_PENALTY * missing.length) / total)),
    }),
  ];
};
