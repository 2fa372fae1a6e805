import type { ComponentPropsWithoutRef } from 'react';

/** True for links that leave the course, e.g. `https://martinfowler.com/...`. */
function isExternalHref(href: string | undefined): boolean {
  return !!href && /^https?:\/\//i.test(href);
}

/**
 * Every Markdown link in a lesson. Links that leave the course say so, to sighted readers with an
 * arrow and to screen readers in words, and pass no referrer or window handle to the other site.
 * They open in the same tab: the learner decides whether to open a new one.
 */
export function MdxLink({ href, children, ...rest }: ComponentPropsWithoutRef<'a'>) {
  if (!isExternalHref(href)) return <a href={href} {...rest}>{children}</a>;
  return (
    <a href={href} rel="noopener noreferrer" {...rest}>
      {children}
      <span aria-hidden="true"> ↗</span>
      <span className="sr-only"> (external site)</span>
    </a>
  );
}
