import { readdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import { verifySet } from './write-atomic.ts';

/**
 * What the build checks before it builds: the pages' data (src/generated) and the downloads
 * (public/data) resolve into ONE set in the store, that set matches its manifest, and public/
 * holds no temporary output. Returns null when all is well, else one sentence for the editor.
 */
export async function checkPublishedSet(root: string): Promise<string | null> {
  const generated = await realpath(path.join(root, 'src/generated')).catch(() => null);
  const data = await realpath(path.join(root, 'public/data')).catch(() => null);
  if (!generated || !data) return 'there is no data to build from (src/generated or public/data is missing); run `npm run data` first';
  const set = path.dirname(generated);
  if (path.basename(generated) !== 'generated' || path.basename(data) !== 'data' || path.dirname(data) !== set) {
    return 'src/generated and public/data are not one data set (were they written by hand or by an older data step?); run `npm run data` again';
  }
  const damaged = await verifySet(set);
  if (damaged) return `the published data set is damaged (${damaged}); run \`npm run data\` again`;
  const stray = (await readdir(path.join(root, 'public'), { recursive: true })).filter((n) => /\.tmp-|\.old-|\.link-/.test(path.basename(n)));
  if (stray.length) return `public/ holds temporary output that must not be published (${stray.join(', ')}); delete it or run \`npm run data\` again`;
  return null;
}
