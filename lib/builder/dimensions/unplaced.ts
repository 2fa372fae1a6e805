import { listNames, plural } from '../analysis';
import type { Dimension } from './types';

export const unplaced: Dimension = {
  id: 'unplaced',
  label: 'Completeness',
  why: 'Every business capability has to live somewhere; a cut is judged on the whole system.',
  judge(a) {
    const total = a.scenario.capabilities.length;
    const missing = a.scenario.capabilities.filter((c) => !a.serviceOf.has(c.id));
    const figure = `${total - missing.length} of ${total} placed`;
    if (missing.length === 0) return { drafts: [], figure };
    const nothing = missing.length === total;
    const shown = missing.slice(0, 5).map((c) => c.name);
    return {
      drafts: [
        {
          key: 'unplaced',
          severity: 'problem',
          title: nothing ? 'Nothing placed yet' : `${plural(missing.length, 'capability', 'capabilities')} not placed`,
          services: [],
          detail: nothing
            ? `Create a service and place capabilities in it; all ${total} are still in the palette.`
            : `Still in the palette: ${listNames(missing.length > 5 ? [...shown, `${missing.length - 5} more`] : shown)}. The other dimensions look only at what is placed.`,
          acceptable: false,
        },
      ],
      figure,
    };
  },
};
