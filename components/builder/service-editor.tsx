'use client';
import { useState } from 'react';
import { SERVICE_COLOURS } from '@/lib/builder/colours';
import { actions, type DesignAction } from '@/lib/builder/design-actions';
import { LIMITS } from '@/lib/builder/design-schema';
import type { ServiceBox } from '@/lib/builder/model';
import { buttonClass, fieldClass } from './ui';

/** Rename, recolour or delete one service. The name is committed on Enter or when focus leaves. */
export function ServiceEditor({ service, dispatch }: { service: ServiceBox; dispatch: (action: DesignAction) => void }) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft !== null && draft.trim() && draft.trim() !== service.name) dispatch(actions.renameService(service.id, draft));
    setDraft(null);
  };
  return (
    <div className="flex flex-wrap items-end gap-2">
      <label className="flex flex-col text-xs font-medium">
        Name of {service.name}
        <input
          className={`${fieldClass} w-44`}
          value={draft ?? service.name}
          maxLength={LIMITS.nameLength}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') setDraft(null);
          }}
        />
      </label>
      <label className="flex flex-col text-xs font-medium">
        Colour of {service.name}
        <select className={fieldClass} value={service.color} onChange={(e) => dispatch(actions.recolourService(service.id, e.target.value))}>
          {SERVICE_COLOURS.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className={buttonClass} onClick={() => dispatch(actions.deleteService(service.id))}>
        Delete {service.name}
      </button>
    </div>
  );
}
