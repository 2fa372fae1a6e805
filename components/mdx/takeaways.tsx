import type { ReactNode } from 'react';

/** The key-takeaways block that closes a lesson; its children are a Markdown list. */
export function Takeaways({ children }: { children: ReactNode }) {
  return (
    <section aria-labelledby="key-takeaways" className="not-prose my-10 rounded-lg border border-[var(--line)] bg-[var(--panel)] p-5 sm:p-6">
      <h2 id="key-takeaways" className="mb-3 text-xl font-bold">
        Key takeaways
      </h2>
      <div className="prose prose-slate max-w-none dark:prose-invert prose-li:my-1">{children}</div>
    </section>
  );
}
