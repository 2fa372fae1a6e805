'use client';
import '@xyflow/react/dist/style.css';
import './builder.css';
import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import Link from 'next/link';
import { useCallback, useId, useState } from 'react';
import { actions } from '@/lib/builder/design-actions';
import type { Scenario } from '@/lib/builder/model';
import { BuilderCanvas } from './builder-canvas';
import { EvaluationPanel } from './evaluation-panel';
import { Inspector } from './inspector';
import { LiveRegion } from './live-region';
import { Palette } from './palette';
import { ReferenceDesigns } from './reference-designs';
import { SharedDesign } from './shared-design';
import type { Selection } from './selection';
import { ShareExport } from './share-export';
import { TableView } from './table-view';
import { Toolbar } from './toolbar';
import { useAnnouncer } from './use-announcer';
import { useBuilder } from './use-builder';
import { PaletteDragProvider } from './use-palette-drag';
import { SuggestCut } from './suggest-cut';
import { ViewTabs, type View } from './view-tabs';

export type WorkspaceProps = {
  scenario: Scenario;
  /** The small version embedded in a lesson: fewer controls, no minimap, a link to the full editor. */
  compact?: boolean;
  /** The view it opens in; a live class opens the table on a phone. Defaults to the canvas. */
  initialView?: View;
  /** Hides "Show a reference design" and "Suggest a cut" (a live class round, before the reveal). */
  hideAnswers?: boolean;
};

/** The builder: palette, canvas or table, inspector and evaluation around one store. Browser only. */
export default function BuilderWorkspace(props: WorkspaceProps) {
  return (
    <ReactFlowProvider>
      <Workspace {...props} />
    </ReactFlowProvider>
  );
}

function Workspace({ scenario, compact = false, initialView = 'canvas', hideAnswers = false }: WorkspaceProps) {
  const [message, announce] = useAnnouncer();
  const { design, dispatch, undo, redo, canUndo, canRedo, evaluation, notice } = useBuilder(scenario, announce);
  const [selection, setSelection] = useState<Selection>(null);
  const [view, setView] = useState<View>(initialView);
  const [error, setError] = useState<string | null>(null);
  const { fitView } = useReactFlow();
  const ids = useId();

  const onKeyDown = (e: React.KeyboardEvent) => {
    const target = e.target as HTMLElement;
    if (target.closest('input, textarea, select, [contenteditable="true"]')) return;
    const key = e.key.toLowerCase();
    if (!(e.ctrlKey || e.metaKey) || (key !== 'z' && key !== 'y')) return;
    e.preventDefault();
    if (key === 'y' || e.shiftKey) redo();
    else undo();
  };
  // Tabbing to a capability or service on the canvas selects it, so "Move to…" acts on it.
  const onFocus = (e: React.FocusEvent) => {
    const node = (e.target as HTMLElement).closest<HTMLElement>('.react-flow__node');
    const id = node?.dataset.id;
    if (!id) return;
    setSelection({ kind: design.services.some((s) => s.id === id) ? 'service' : 'capability', id });
  };
  const onDrop = useCallback((id: string, at: { x: number; y: number }) => dispatch(actions.dropCapability(id, at)), [dispatch]);
  const zoomToFit = useCallback(() => void fitView({ padding: 0.15, duration: 200 }), [fitView]);

  const unplaced = scenario.capabilities.filter((c) => !design.placement[c.id]);
  const big = scenario.capabilities.length > 12;

  return (
    <PaletteDragProvider onDrop={onDrop}>
      <div className={`builder flex flex-col gap-3 outline-none ${compact ? '' : 'min-h-0 flex-1'}`} tabIndex={-1} onKeyDown={onKeyDown} onFocus={onFocus}>
        <LiveRegion message={message} />
        {notice ? <p className="rounded-md border border-[#9a6200] bg-[var(--panel)] p-3 text-sm">{notice.text}</p> : null}
        {compact ? null : <SharedDesign scenario={scenario} design={design} dispatch={dispatch} announce={announce} onError={setError} />}
        <div role="alert" className={error ? 'rounded-md border-2 border-[#b4234a] bg-[var(--panel)] p-3 text-sm dark:border-[#ff8fa8]' : 'sr-only'}>
          {error}
        </div>
        <div role="toolbar" aria-label="Builder tools" className="flex flex-wrap items-center gap-2">
          <Toolbar design={design} dispatch={dispatch} canUndo={canUndo} canRedo={canRedo} undo={undo} redo={redo} onZoomToFit={view === 'canvas' ? zoomToFit : undefined} />
          {compact ? null : <ShareExport scenario={scenario} design={design} dispatch={dispatch} announce={announce} onError={setError} />}
        </div>
        <div className="min-h-12 rounded-md border border-[var(--line)] p-2">
          <Inspector scenario={scenario} design={design} selection={selection} dispatch={dispatch} />
        </div>
        <div className={`grid min-h-0 flex-1 gap-3 ${compact ? 'lg:grid-cols-[12rem_minmax(0,1fr)]' : 'lg:grid-cols-[13rem_minmax(0,1fr)_22rem]'}`}>
          <div className="min-h-0 overflow-y-auto lg:max-h-full">
            <Palette capabilities={unplaced} selection={selection} onSelect={setSelection} />
          </div>
          <div className="flex min-h-0 min-w-0 flex-col gap-2">
            <ViewTabs view={view} onChange={setView} idPrefix={ids} />
            <div role="tabpanel" id={`${ids}-panel-${view}`} aria-labelledby={`${ids}-tab-${view}`} className={view === 'canvas' ? `relative rounded-md border border-[var(--line)] ${compact ? 'h-[26rem]' : 'h-[60vh] min-h-[24rem] lg:h-auto lg:flex-1'}` : 'min-h-0 overflow-auto'}>
              {view === 'canvas' ? (
                <BuilderCanvas scenario={scenario} design={design} dispatch={dispatch} selection={selection} onSelect={setSelection} minimap={big && !compact} />
              ) : (
                <TableView scenario={scenario} design={design} dispatch={dispatch} />
              )}
            </div>
          </div>
          <div className={compact ? 'lg:col-span-2' : 'min-h-0 overflow-y-auto'}>
            <EvaluationPanel evaluation={evaluation} compact={compact}>
              {compact ? (
                <Link href={`/builder/${scenario.id}`} className="font-semibold text-[var(--accent)] underline">
                  Open {scenario.title} in the full editor
                </Link>
              ) : hideAnswers ? null : (
                <>
                  <ReferenceDesigns scenario={scenario} dispatch={dispatch} />
                  <SuggestCut scenario={scenario} dispatch={dispatch} />
                </>
              )}
            </EvaluationPanel>
          </div>
        </div>
      </div>
    </PaletteDragProvider>
  );
}
