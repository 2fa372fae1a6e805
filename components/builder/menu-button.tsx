'use client';
import { useEffect, useId, useLayoutEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { menuPlacement } from './menu-placement';

export type MenuItem = { key: string; label: string; onSelect: () => void };

/**
 * The WAI-ARIA menu button pattern: Enter, Space or Down opens the menu on its first item, Up on
 * its last; arrows, Home and End move; Escape closes and returns focus; Tab closes.
 */
export function MenuButton({ label, items, className, children }: { label: string; items: MenuItem[]; className?: string; children?: ReactNode }) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const id = useId();
  // Where the open menu sits so it stays inside the viewport (it never scrolls the page sideways).
  const [place, setPlace] = useState<CSSProperties>({});

  useLayoutEffect(() => {
    const menu = list.current;
    const anchor = button.current;
    if (!open || !menu || !anchor) return;
    setPlace(menuPlacement(anchor.getBoundingClientRect(), menu.offsetWidth, menu.offsetHeight, window.innerWidth, window.innerHeight));
  }, [open]);

  // `place` is a dependency because the menu opens hidden until it is placed, and a hidden item
  // cannot take focus: focus the active item again once the menu is visible.
  useEffect(() => {
    if (open) list.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[active]?.focus({ preventScroll: true });
  }, [open, active, place]);

  useEffect(() => {
    if (!open) return;
    const close = (e: PointerEvent) => {
      if (!list.current?.contains(e.target as Node) && !button.current?.contains(e.target as Node)) setOpen(false);
    };
    // The menu is placed in the viewport: when the page scrolls under it, it closes.
    const scrolled = (e: Event) => {
      if (!list.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', close);
    window.addEventListener('scroll', scrolled, true);
    return () => {
      document.removeEventListener('pointerdown', close);
      window.removeEventListener('scroll', scrolled, true);
    };
  }, [open]);

  const openAt = (index: number) => {
    setPlace({ visibility: 'hidden' });
    setActive((index + items.length) % items.length);
    setOpen(true);
  };
  const choose = (item: MenuItem) => {
    setOpen(false);
    button.current?.focus();
    item.onSelect();
  };
  const onMenuKey = (e: React.KeyboardEvent) => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => setActive((a) => (a + 1) % items.length),
      ArrowUp: () => setActive((a) => (a - 1 + items.length) % items.length),
      Home: () => setActive(0),
      End: () => setActive(items.length - 1),
      Escape: () => {
        setOpen(false);
        button.current?.focus();
      },
      Tab: () => setOpen(false),
    };
    const handler = keys[e.key];
    if (!handler) return;
    if (e.key !== 'Tab') e.preventDefault();
    e.stopPropagation();
    handler();
  };

  return (
    <div className="relative inline-block">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        disabled={items.length === 0}
        onClick={() => (open ? setOpen(false) : openAt(0))}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            openAt(e.key === 'ArrowDown' ? 0 : -1);
          }
        }}
        className={className}
      >
        {children ?? label}
      </button>
      {open ? (
        <ul ref={list} id={id} role="menu" aria-label={label} onKeyDown={onMenuKey} style={place} className="fixed z-50 max-h-[70vh] max-w-[calc(100vw-1rem)] min-w-52 overflow-y-auto rounded-md border border-[var(--line)] bg-[var(--page)] py-1 shadow-lg">
          {items.map((item, i) => (
            <li
              key={item.key}
              role="menuitem"
              tabIndex={i === active ? 0 : -1}
              onClick={() => choose(item)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  choose(item);
                }
              }}
              onPointerMove={() => setActive(i)}
              className="cursor-pointer px-3 py-2 text-sm outline-none focus:bg-[var(--accent)] focus:text-[var(--accent-ink)]"
            >
              {item.label}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

