import type { DesignAction } from './design-actions';
import type { Design, Scenario } from './model';

/**
 * The sentence the live region speaks after an action, from the design before and after it, e.g.
 * "Pricing moved to Checkout." Screen-reader users hear what changed, whichever way it was made.
 */
export function describeAction(scenario: Scenario, action: DesignAction, before: Design, after: Design): string {
  const serviceName = (d: Design, id: string | undefined) => d.services.find((s) => s.id === id)?.name;
  const capName = (id: string) => scenario.capabilities.find((c) => c.id === id)?.name ?? id;
  switch (action.type) {
    case 'createService': {
      const name = serviceName(after, action.id) ?? action.name;
      const held = action.capabilities?.map(capName) ?? [];
      return held.length ? `Created ${name} with ${held.join(', ')}.` : `Created ${name}.`;
    }
    case 'renameService':
      return `Renamed ${serviceName(before, action.id)} to ${serviceName(after, action.id)}.`;
    case 'recolourService':
      return `${serviceName(after, action.id)} is now ${action.color}.`;
    case 'deleteService': {
      const returned = Object.keys(before.placement).filter((c) => before.placement[c] === action.id).map(capName);
      const tail = returned.length ? ` ${returned.join(', ')} went back to the palette.` : '';
      return `Deleted ${serviceName(before, action.id)}.${tail}`;
    }
    case 'moveCapability':
      return placementSentence(capName(action.capability), serviceName(after, after.placement[action.capability]));
    case 'dropCapability': {
      const service = after.placement[action.capability];
      const created = !before.services.some((s) => s.id === service);
      const sentence = placementSentence(capName(action.capability), serviceName(after, service));
      return created ? `Created ${serviceName(after, service)}. ${sentence}` : sentence;
    }
    case 'setMode': {
      const i = scenario.interactions.find((x) => x.id === action.interaction);
      return `${capName(i?.from ?? '')} now calls ${capName(i?.to ?? '')} ${action.mode === 'async' ? 'asynchronously' : 'synchronously'}.`;
    }
    case 'commitMoves': {
      const moved = action.moves.filter((m) => before.placement[m.id] !== after.placement[m.id]);
      if (moved.length) return moved.map((m) => placementSentence(capName(m.id), serviceName(after, after.placement[m.id]))).join(' ');
      const ids = action.moves.map((m) => serviceName(after, m.id) ?? capName(m.id));
      return `Moved ${ids.join(', ')} on the canvas.`;
    }
    case 'reset':
      return 'Reset: every capability is back in the palette.';
    case 'tidy':
      return 'Tidied the layout.';
    case 'replace':
      return `Opened a design with ${after.services.length} ${after.services.length === 1 ? 'service' : 'services'}.`;
  }
}

function placementSentence(capability: string, service: string | undefined): string {
  return service ? `${capability} moved to ${service}.` : `${capability} went back to the palette.`;
}
