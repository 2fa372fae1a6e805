'use client';
import { lazy, Suspense, use, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ComponentType, type ReactNode } from 'react';

const noSubscribe = () => () => {};

type Deferred = { promise: Promise<void>; resolve: () => void };

function deferred(): Deferred {
  let resolve = () => {};
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/** Suspends (during hydration only) until `gate` resolves, keeping the server's HTML on screen meanwhile. */
function Gate({ gate, children }: { gate: Promise<void> | null; children: ReactNode }) {
  if (gate && typeof window !== 'undefined') use(gate);
  return children;
}

/**
 * A client component whose code loads only when it comes near the screen. The server renders it
 * in full, so the learner reads it at first paint with nothing shifting; in the browser its
 * JavaScript is fetched, and the HTML hydrated, once it is within about a screen of the
 * viewport (or the pointer or focus reaches it). Until then React keeps the server's HTML: a
 * component that suspends while hydrating is left as it is. Its controls stay disabled until
 * hydrated (`useHydrated`), so no early click is lost.
 *
 * After a client-side navigation there is no server HTML to keep, so the code loads at once.
 */
export function lazyIsland<P extends object>(load: () => Promise<ComponentType<P>>, name: string): ComponentType<P> {
  const Lazy = lazy(async () => ({ default: await load() }));
  function Island(props: P) {
    const frame = useRef<HTMLDivElement>(null);
    // True only while hydrating server HTML; captured once, as the value flips after hydration.
    const hydrating = useSyncExternalStore(noSubscribe, () => false, () => true);
    const [wait] = useState(() => (hydrating ? deferred() : null));

    useEffect(() => {
      const element = frame.current;
      if (!wait || !element) return;
      if (typeof IntersectionObserver === 'undefined') return wait.resolve();
      const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && wait.resolve(), { rootMargin: '100% 0px' });
      observer.observe(element);
      element.addEventListener('pointerenter', wait.resolve, { once: true });
      element.addEventListener('focusin', wait.resolve, { once: true });
      return () => {
        observer.disconnect();
        element.removeEventListener('pointerenter', wait.resolve);
        element.removeEventListener('focusin', wait.resolve);
      };
    }, [wait]);

    // Memoised so the re-render after hydration (same props object) passes nothing new into the
    // waiting boundary: an update there would make React throw the server HTML away and render
    // it afresh. New props (another lesson's quiz after a navigation) do render anew.
    const tree = useMemo(
      () => (
        <Suspense fallback={null}>
          <Gate gate={wait?.promise ?? null}>
            <Lazy {...props} />
          </Gate>
        </Suspense>
      ),
      [wait, props],
    );
    return (
      <div ref={frame} data-island={name}>
        {tree}
      </div>
    );
  }
  Island.displayName = `LazyIsland(${name})`;
  return Island;
}
