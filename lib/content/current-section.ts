/**
 * The section being read: the last heading whose top has passed `line` (the reading line, a
 * little below the sticky header), or the first heading while none has. Null with no headings.
 * `headings` are in document order with their tops relative to the viewport.
 */
export function currentSection(headings: { id: string; top: number }[], line: number): string | null {
  let current: string | null = headings[0]?.id ?? null;
  for (const h of headings) {
    if (h.top <= line) current = h.id;
    else break;
  }
  return current;
}
