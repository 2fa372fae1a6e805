'use client';
import { useEffect, useState, type RefObject } from 'react';

/**
 * True once the element comes within about one screen of the viewport, and stays true. An
 * element inside a closed `<details>` or a hidden tab never intersects, so it turns true only
 * when its container opens.
 */
export function useNearViewport(ref: RefObject<Element | null>, enabled: boolean): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!enabled || near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin: '100% 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, enabled, near]);
  return near;
}
