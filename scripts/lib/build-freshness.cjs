// Whether the production build in a folder is older than the sources it was built from, so the
// end-to-end tests never test old code (scripts/e2e-server.mjs rebuilds, e2e/global-setup.ts
// refuses a reused server that serves an old or foreign build).
// CommonJS, so that both the .mjs scripts and Playwright's compiled setup can load it.
'use strict';
const { existsSync, readdirSync, readFileSync, statSync } = require('node:fs');
const path = require('node:path');

/** What the build is made from: these folders (tests excepted) and these files. */
const SOURCE_DIRS = ['app', 'components', 'lib', 'content', 'public'];
const SOURCE_FILES = ['next.config.ts', 'mdx-components.tsx', 'postcss.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json'];
const IGNORED = /\.test\.tsx?$|(^|\/)README\.md$/;

/** The newest source file under root: `{ file, mtimeMs }`, or null when there is none. */
function newestSource(root) {
  let newest = null;
  const consider = (file) => {
    const mtimeMs = statSync(file).mtimeMs;
    if (!newest || mtimeMs > newest.mtimeMs) newest = { file: path.relative(root, file), mtimeMs };
  };
  for (const dir of SOURCE_DIRS) {
    const full = path.join(root, dir);
    if (!existsSync(full)) continue;
    for (const entry of readdirSync(full, { withFileTypes: true, recursive: true })) {
      const file = path.join(entry.parentPath ?? entry.path, entry.name);
      if (entry.isFile() && !IGNORED.test(file)) consider(file);
    }
  }
  for (const name of SOURCE_FILES) if (existsSync(path.join(root, name))) consider(path.join(root, name));
  return newest;
}

/**
 * `{ buildId, fresh, reason }` for the build in `distDir`: fresh when it exists and no source file
 * changed after it was made. `reason` says why it is not, in words for a person.
 */
function buildFreshness(root, distDir = '.next') {
  const idFile = path.join(root, distDir, 'BUILD_ID');
  if (!existsSync(idFile)) return { buildId: null, fresh: false, reason: `there is no build in ${distDir}` };
  const buildId = readFileSync(idFile, 'utf8').trim();
  const builtAt = statSync(idFile).mtimeMs;
  const newest = newestSource(root);
  if (newest && newest.mtimeMs > builtAt) {
    return { buildId, fresh: false, reason: `${newest.file} changed after the build in ${distDir} was made` };
  }
  return { buildId, fresh: true, reason: `the build in ${distDir} is newer than every source file` };
}

module.exports = { newestSource, buildFreshness };
