'use client';
import { useEffect, useRef } from 'react';
import { keyCommand, type KeyCommand } from '@/lib/teach/keys';

/** Listens for the presenter keys on the whole window (a clicker has no idea what is focused). */
export function usePresenterKeys(onCommand: (command: KeyCommand) => void, enabled = true) {
  const handler = useRef(onCommand);
  useEffect(() => {
    handler.current = onCommand;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || (e.target as Element | null)?.closest?.('dialog[open]')) return;
      const command = keyCommand({ key: e.key, ctrlKey: e.ctrlKey, metaKey: e.metaKey, altKey: e.altKey, target: e.target as HTMLElement | null });
      if (!command) return;
      e.preventDefault();
      handler.current(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}

/** Full screen for the whole page, or back. */
export function toggleFullscreen() {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  else void document.documentElement.requestFullscreen?.().catch(() => {});
}
