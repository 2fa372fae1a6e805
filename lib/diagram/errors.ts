/** A Mermaid error as the editor shows it, e.g. `{ line: 3, message: "Parse error on line 3: …" }`. */
export type DiagramError = { line?: number; message: string };

type JisonHash = { loc?: { first_line?: number }; line?: number };

/**
 * Reads the line a Mermaid error points at. Jison parsers (flowchart, sequence…) attach a 1-based
 * `hash.loc.first_line`; their message says "on line N", which is one too far when the input
 * ended early. Langium parsers (pie, gitGraph…) only word it in the message ("line 2, column 5").
 * The line is capped to the source's length so it always points at something the learner sees.
 */
export function describeMermaidError(error: unknown, source?: string): DiagramError {
  const raw = error instanceof Error ? error.message : typeof error === 'string' ? error : String(error);
  const message = raw.trim() || 'The diagram could not be drawn.';
  const hash = (error as { hash?: JisonHash } | null)?.hash;
  const fromHash = hash?.loc?.first_line;
  const fromText = /\bline:?\s*(\d+)/i.exec(message)?.[1];
  let line = fromHash ?? (fromText ? Number(fromText) : undefined);
  if (line !== undefined && source !== undefined) line = Math.min(line, source.split('\n').length);
  return line !== undefined && Number.isInteger(line) && line > 0 ? { line, message } : { message };
}
