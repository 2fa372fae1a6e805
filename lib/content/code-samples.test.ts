/**
 * Every TypeScript sample in a lesson type-checks (strict), and every YAML sample parses. A
 * sample's hidden prelude (lines before `// ---cut---`) declares what it assumes. Failures name
 * the lesson file and line, e.g. `content/lessons/x.mdx:214: Cannot find name 'skus'.`
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { extractSamples, visiblePart, type FoundSample } from './code-samples';
import { splitFrontmatter } from './frontmatter';

const root = path.resolve(__dirname, '../..');
const lessonDir = path.join(root, 'content', 'lessons');

type Located = FoundSample & { file: string };

function allSamples(): Located[] {
  return readdirSync(lessonDir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .flatMap((f) => {
      const raw = readFileSync(path.join(lessonDir, f), 'utf8');
      const split = splitFrontmatter(raw);
      const body = split.success ? split.data.body : raw;
      const first = split.success ? split.data.bodyLine : 1;
      return extractSamples(body, first).map((s) => ({ ...s, file: `content/lessons/${f}` }));
    });
}

const OPTIONS: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  types: [],
  skipLibCheck: true,
  noUnusedLocals: false,
};

/** One virtual file of a sample: a sample splits into files at `// @filename: NAME` lines. */
type SampleFile = { sample: Located; name: string; text: string; firstLine: number };

/** Splits a sample into its files, e.g. `// @filename: orders/index.ts` starts `orders/index.ts`. */
function sampleFiles(sample: Located, index: number): SampleFile[] {
  const files: SampleFile[] = [];
  let current: SampleFile = { sample, name: `/samples/${index}/main.ts`, text: '', firstLine: sample.line };
  sample.source.split('\n').forEach((line, i) => {
    const named = /^\/\/ @filename: (\S+)\s*$/.exec(line);
    if (named) {
      if (current.text.trim()) files.push(current);
      current = { sample, name: `/samples/${index}/${named[1]}`, text: '', firstLine: sample.line + i + 1 };
      return;
    }
    current.text += `${line}\n`;
  });
  files.push(current);
  // `export {}` keeps each file a module, so two samples may both declare `db`.
  return files.map((f) => ({ ...f, text: `${f.text}export {};\n` }));
}

/** The standard library's declaration files, parsed once for every program this test builds. */
const libCache = new Map<string, ts.SourceFile | undefined>();

/** Type-checks every sample; returns one message per error, naming the lesson file and line. */
function typeCheck(samples: Located[]): string[] {
  const files = new Map(samples.flatMap((s, i) => sampleFiles(s, i)).map((f) => [f.name, f]));
  const host = ts.createCompilerHost(OPTIONS);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (name) => files.has(name) || ts.sys.fileExists(name);
  host.directoryExists = (dir) => [...files.keys()].some((name) => name.startsWith(`${dir}/`)) || ts.sys.directoryExists(dir);
  host.readFile = (name) => files.get(name)?.text ?? readFile(name);
  host.getSourceFile = (name, version, onError) => {
    const file = files.get(name);
    if (file) return ts.createSourceFile(name, file.text, version, true);
    if (!libCache.has(name)) libCache.set(name, getSourceFile(name, version, onError));
    return libCache.get(name);
  };
  const program = ts.createProgram([...files.keys()], OPTIONS, host);
  return ts.getPreEmitDiagnostics(program).flatMap((d) => {
    const file = d.file && files.get(d.file.fileName);
    const message = ts.flattenDiagnosticMessageText(d.messageText, '\n').split('\n')[0];
    if (!file || d.start === undefined) return [`(compiler) ${message}`];
    const { line } = d.file!.getLineAndCharacterOfPosition(d.start);
    return [`${file.sample.file}:${file.firstLine + line}: ${message}`];
  });
}

const samples = allSamples();

describe('code samples in lessons', () => {
  it('finds the samples, each with a file and a line', () => {
    expect(samples.filter((s) => s.lang === 'ts').length).toBeGreaterThanOrEqual(15);
    for (const s of samples) expect(s.line).toBeGreaterThan(1);
  });

  it('every TypeScript sample type-checks in strict mode', () => {
    const problems = typeCheck(samples.filter((s) => s.lang === 'ts'));
    expect(problems, problems.join('\n')).toEqual([]);
  }, 60_000);

  it('every YAML sample parses', () => {
    const problems = samples
      .filter((s) => s.lang === 'yaml')
      .flatMap((s) =>
        parseAllDocuments(s.source).flatMap((doc) => doc.errors.map((e) => `${s.file}:${s.line + (e.linePos?.[0].line ?? 1) - 1}: ${e.message.split('\n')[0]}`)),
      );
    expect(problems).toEqual([]);
  });

  it('reports a broken sample with its lesson and line', () => {
    const broken: Located = { lang: 'ts', line: 40, file: 'content/lessons/x.mdx', source: 'const a = 1;\nconst total: number = skus.length;' };
    expect(typeCheck([broken])).toEqual(["content/lessons/x.mdx:41: Cannot find name 'skus'."]);
  }, 60_000);

  it('resolves imports between the files of one sample', () => {
    const source = "// @filename: orders/index.ts\nexport const total = (n: number) => n * 2;\n// @filename: app.ts\nimport { total } from './orders';\nconst t: string = total(2);";
    expect(typeCheck([{ lang: 'ts', line: 10, file: 'content/lessons/x.mdx', source }])).toEqual([
      "content/lessons/x.mdx:14: Type 'number' is not assignable to type 'string'.",
    ]);
  }, 60_000);

  it('hides the prelude from the learner but compiles it', () => {
    const source = 'declare const db: { ping(): void };\n// ---cut---\ndb.ping();';
    expect(visiblePart(source)).toBe('db.ping();');
    expect(typeCheck([{ lang: 'ts', line: 10, file: 'content/lessons/x.mdx', source }])).toEqual([]);
  }, 60_000);
});
