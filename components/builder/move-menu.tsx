'use client';
import { actions, nextServiceId, type DesignAction } from '@/lib/builder/design-actions';
import type { Design } from '@/lib/builder/model';
import { MenuButton, type MenuItem } from './menu-button';
import { buttonClass } from './ui';

/** "Move to…": the single-pointer and keyboard alternative to dragging a capability. */
export function MoveMenu({ capability, design, dispatch }: { capability: string; design: Design; dispatch: (action: DesignAction) => void }) {
  const current = design.placement[capability];
  const items: MenuItem[] = [
    ...design.services
      .filter((s) => s.id !== current)
      .map((s) => ({ key: s.id, label: s.name, onSelect: () => dispatch(actions.moveCapability(capability, s.id)) })),
    { key: 'new', label: 'A new service', onSelect: () => dispatch(actions.createService(nextServiceId(design), '', { capabilities: [capability] })) },
    ...(current ? [{ key: 'palette', label: 'Back to the palette', onSelect: () => dispatch(actions.moveCapability(capability, null)) }] : []),
  ];
  return <MenuButton label="Move to…" items={items} className={buttonClass} />;
}
