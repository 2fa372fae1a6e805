// Draws every ```mermaid block of the given MDX files (default: all of content/) exactly as the
// site does (its fence parser, Mermaid, configuration and both themes; scripts/lib/diagrams.mjs)
// without keeping the drawings, and prints each problem with file and line: a diagram Mermaid
// refuses, or one without the accTitle: and accDescr: lines its accessible name comes from.
// Usage: node scripts/check-mermaid.mjs [content/lessons/x.mdx ...]
import { collectDiagrams, contentMdxFiles, openRenderer } from './lib/diagrams.mjs';

const files = process.argv.slice(2).length ? process.argv.slice(2) : contentMdxFiles();
const diagrams = collectDiagrams(files);
const renderer = await openRenderer();
let bad = 0;
try {
  for (const d of diagrams) {
    const result = await renderer.draw(d);
    if (result.error) {
      bad++;
      console.log(`${d.file}:${d.line}: ${result.error}`);
    }
    if (!/^\s*accTitle:/m.test(d.source) || !/^\s*accDescr:/m.test(d.source)) {
      bad++;
      console.log(`${d.file}:${d.line}: diagram needs an accTitle: and an accDescr: line`);
    }
  }
} finally {
  await renderer.close();
}
console.log(`${diagrams.length} diagrams checked, ${bad} problems`);
process.exit(bad ? 1 : 0);
