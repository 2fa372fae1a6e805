'use client';
import { useHydrated } from '@/components/ui/use-hydrated';

/** Attributes that mark a control as not ready yet (`{}` once it is). */
export type NotReadyProps = { 'aria-disabled'?: true; 'aria-describedby'?: string };

/** The id of the presenter's "Getting the controls ready…" line, which its waiting controls point at. */
const CUE_ID = 'presenter-not-ready';

/**
 * Until React has hydrated the presenter, its controls cannot answer: they carry `aria-disabled`
 * (dimmed by controls.css) and point at a visible "Getting the controls ready…". Returns the
 * attributes to spread on each control.
 */
export function useNotReady(): NotReadyProps {
  return useHydrated() ? {} : { 'aria-disabled': true, 'aria-describedby': CUE_ID };
}

/** The visible cue beside the controls; nothing once they are ready. */
export function NotReadyCue({ waiting }: { waiting: NotReadyProps }) {
  if (!waiting['aria-disabled']) return null;
  return (
    <p id={CUE_ID} className="presenter-not-ready">
      Getting the controls ready…
    </p>
  );
}
