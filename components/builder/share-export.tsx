'use client';
import { useRef, useState } from 'react';
import { actions, type DesignAction } from '@/lib/builder/design-actions';
import { exportJson, exportMermaid, exportSvg, importJson } from '@/lib/builder/export';
import type { Design, Scenario } from '@/lib/builder/model';
import { shareUrl } from '@/lib/builder/share';
import { download } from '@/components/ui/download';
import { svgToPng } from './download';
import { MenuButton } from './menu-button';
import { buttonClass, fieldClass } from './ui';

type Props = {
  scenario: Scenario;
  design: Design;
  dispatch: (action: DesignAction) => void;
  announce: (message: string) => void;
  onError: (message: string | null) => void;
};

/** Share link, exports (JSON, Mermaid, SVG, PNG) and JSON import. */
export function ShareExport({ scenario, design, dispatch, announce, onError }: Props) {
  const [link, setLink] = useState<string | null>(null);
  const file = useRef<HTMLInputElement>(null);
  const base = `${scenario.id}-design`;

  const copyLink = async () => {
    const url = await shareUrl(`${window.location.origin}/builder/${scenario.id}`, design);
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      announce('Share link copied to the clipboard.');
    } catch {
      announce('The browser would not copy the link; it is shown in the Share link field to copy by hand.');
    }
  };

  const onFile = async (e: React.ChangeEvent<HTMLInputElement>) => {
    const chosen = e.target.files?.[0];
    e.target.value = '';
    if (!chosen) return;
    const result = importJson(scenario, await chosen.text());
    if (!result.success) {
      onError(result.error);
      announce(result.error);
      return;
    }
    onError(null);
    dispatch(actions.replace(result.data));
  };

  return (
    <>
      <button type="button" className={buttonClass} onClick={copyLink}>
        Copy share link
      </button>
      <MenuButton
        label="Export"
        className={buttonClass}
        items={[
          { key: 'json', label: 'Design as JSON', onSelect: () => download(`${base}.json`, exportJson(design), 'application/json') },
          { key: 'mermaid', label: 'Diagram as Mermaid source', onSelect: () => download(`${base}.mmd`, exportMermaid(scenario, design)) },
          { key: 'svg', label: 'Picture as SVG', onSelect: () => download(`${base}.svg`, exportSvg(scenario, design), 'image/svg+xml') },
          {
            key: 'png',
            label: 'Picture as PNG',
            onSelect: () => void svgToPng(exportSvg(scenario, design)).then((png) => download(`${base}.png`, png), (err: Error) => onError(err.message)),
          },
        ]}
      />
      <button type="button" className={buttonClass} onClick={() => file.current?.click()}>
        Import JSON
      </button>
      <input ref={file} type="file" accept="application/json,.json" className="sr-only" tabIndex={-1} aria-label="Design file to import" onChange={onFile} />
      {link ? (
        <label className="flex basis-full items-center gap-2 text-sm font-medium">
          Share link
          <input readOnly value={link} onFocus={(e) => e.currentTarget.select()} className={`${fieldClass} min-w-0 flex-1 font-mono text-xs`} />
        </label>
      ) : null}
    </>
  );
}
