import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';

/**
 * The version of the data set the pages are built from: the data step publishes each set under
 * .data/sets/<version>/ with a manifest naming it (src/datasets/write-atomic.ts), and src/generated
 * links into the set. Citations name it so a reader can tell which data a chart showed.
 */
export function dataVersionAt(root: string): string {
  const generated = path.join(root, 'src/generated');
  let manifest: { version?: unknown };
  try {
    manifest = JSON.parse(readFileSync(path.join(path.dirname(realpathSync(generated)), 'manifest.json'), 'utf8')) as { version?: unknown };
  } catch (e) {
    throw new Error(`citations: cannot read the data set's manifest beside ${generated} (${(e as Error).message}); run \`npm run data\` first`);
  }
  if (typeof manifest.version !== 'string' || !/^[0-9a-f]{16}$/.test(manifest.version)) {
    throw new Error(`citations: the data set's manifest beside ${generated} has no version (expected 16 hex digits, found ${JSON.stringify(manifest.version)}); run \`npm run data\` again`);
  }
  return manifest.version;
}

let cached: string | undefined;
/** The version for this build (the project root is the working directory of `astro build`). */
export function dataVersion(): string {
  return (cached ??= dataVersionAt(process.cwd()));
}
