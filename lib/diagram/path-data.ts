/**
 * A reader of SVG path data (the `d` attribute) after the grammar of SVG 2, section 9.3.9, strict
 * where browsers complain: a drawing that fails here logs "Error: <path> attribute d: Expected
 * number" in the console and stops drawing the path at the error. Used by the tests that guard
 * the renderer's finishing step (svg.ts), which rewrites numbers inside path data.
 */

/** One command with its arguments, e.g. `{ command: 'L', args: [183.98, 73.5] }`. */
export type PathSegment = { command: string; args: number[] };

/** Either every segment, or where reading stopped and why, e.g. `{ offset: 12, error: 'expected a number' }`. */
export type PathParse =
  | { success: true; data: PathSegment[] }
  | { success: false; error: string; offset: number };

/** How many numbers one argument set of each command takes. */
const ARITY: Record<string, number> = { m: 2, l: 2, t: 2, h: 1, v: 1, c: 6, s: 4, q: 4, a: 7, z: 0 };

const NUMBER = /[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;
const WSP = /[\x20\x09\x0a\x0c\x0d]*/y;
const FLAG = /[01]/y;

export function parsePathData(d: string): PathParse {
  let at = 0;
  const segments: PathSegment[] = [];
  const fail = (error: string): PathParse => ({ success: false, error, offset: at });
  const read = (re: RegExp): string | null => {
    re.lastIndex = at;
    const m = re.exec(d);
    if (!m) return null;
    at = re.lastIndex;
    return m[0];
  };
  /** Optional separator between two numbers: spaces, at most one comma, spaces. */
  const commaWsp = (): boolean => {
    const start = at;
    read(WSP);
    if (d[at] === ',') {
      at += 1;
      read(WSP);
    }
    return at > start;
  };

  read(WSP);
  if (at === d.length) return { success: true, data: segments };
  if (d[at] !== 'M' && d[at] !== 'm') return fail('a path starts with a moveto (M or m)');
  while (at < d.length) {
    const command = d[at]!;
    const arity = ARITY[command.toLowerCase()];
    if (arity === undefined) return fail(`expected a command letter, found "${command}"`);
    at += 1;
    read(WSP);
    if (arity === 0) {
      segments.push({ command, args: [] });
      continue;
    }
    let sets = 0;
    for (;;) {
      const args: number[] = [];
      for (let i = 0; i < arity; i += 1) {
        if (i > 0) commaWsp();
        const isFlag = command.toLowerCase() === 'a' && (i === 3 || i === 4);
        const token = read(isFlag ? FLAG : NUMBER);
        if (token === null) {
          if (i === 0 && sets > 0) break;
          return fail(isFlag ? 'expected an arc flag (0 or 1)' : 'expected a number');
        }
        args.push(Number(token));
      }
      if (args.length < arity) break;
      // After a moveto, further pairs are implicit linetos (SVG 2, 9.3.3).
      const implicit = sets > 0 && (command === 'M' || command === 'm') ? (command === 'M' ? 'L' : 'l') : command;
      segments.push({ command: implicit, args });
      sets += 1;
      const before = at;
      const separated = commaWsp();
      const comma = d.slice(before, at).includes(',');
      NUMBER.lastIndex = at;
      const another = command.toLowerCase() === 'a' ? /[+\-.\d]/.test(d[at] ?? '') : NUMBER.test(d);
      if (!another) {
        if (comma) return fail('a comma must be followed by a number');
        break;
      }
      if (!separated && !/[+\-.]/.test(d[at]!)) return fail('two numbers run together');
    }
  }
  return { success: true, data: segments };
}
