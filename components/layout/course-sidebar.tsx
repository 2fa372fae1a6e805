'use client';
import { IntentLink } from '@/components/ui/intent-link';
import { useId, useState } from 'react';

type SidebarModule = { id: string; title: string; lessons: { slug: string; title: string; number: number }[] };

type Props = { modules: SidebarModule[]; current: string };

/** The course navigation: always open on wide screens, a disclosure on phones. */
export function CourseSidebar({ modules, current }: Props) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  return (
    <nav aria-label="Course" className="text-sm">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((o) => !o)}
        className="flex h-11 w-full items-center justify-between rounded-md border border-[var(--line)] px-3 font-medium lg:hidden"
      >
        Course contents
        <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </button>
      <ol id={listId} className={`${open ? 'block' : 'hidden'} mt-3 space-y-5 lg:mt-0 lg:block`}>
        {modules.map((mod, m) => (
          <li key={mod.id}>
            <p className="font-semibold text-[var(--muted)]">
              {m + 1}. {mod.title}
            </p>
            <ol className="mt-2 space-y-1 border-l border-[var(--line)]">
              {mod.lessons.map((lesson) => {
                const here = lesson.slug === current;
                return (
                  <li key={lesson.slug}>
                    <IntentLink
                      href={`/lessons/${lesson.slug}`}
                      aria-current={here ? 'page' : undefined}
                      className={`-ml-px block border-l-2 py-1.5 pl-3 pr-2 ${
                        here
                          ? 'border-[var(--accent)] font-semibold text-[var(--accent)]'
                          : 'border-transparent hover:border-[var(--muted)] hover:text-[var(--ink)]'
                      }`}
                    >
                      {lesson.title}
                    </IntentLink>
                  </li>
                );
              })}
            </ol>
          </li>
        ))}
      </ol>
    </nav>
  );
}
