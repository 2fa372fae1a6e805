import 'server-only';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { COURSE } from '@/content/course';
import { guideSchema, type Guide } from '@/lib/teach/guide-schema';

const GUIDES_DIR = path.join(process.cwd(), 'content', 'guides');

let cached: Guide[] | undefined;

/**
 * Every module's session plan (`content/guides/<module>.yaml`), in course order, validated at
 * build time: a missing or broken plan fails the build naming the file (and field).
 */
export function loadGuides(): Guide[] {
  if (cached) return cached;
  const guides: Guide[] = [];
  for (const mod of COURSE) {
    const file = path.join(GUIDES_DIR, `${mod.id}.yaml`);
    if (!existsSync(file)) throw new Error(`content/guides/${mod.id}.yaml: every module needs a session plan, and module "${mod.id}" has none`);
    const result = guideSchema.safeParse(parse(readFileSync(file, 'utf8')));
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new Error(`content/guides/${mod.id}.yaml: field "${issue.path.join('.')}" ${issue.message}`);
    }
    guides.push(result.data);
  }
  cached = guides;
  return guides;
}

export function getGuide(module: string): Guide | undefined {
  return loadGuides().find((g) => g.module === module);
}
