import { existsSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/** The built site the build tests read: $DIST_DIR, or dist/ (built by `npm test` before vitest runs). */
export function distDir(): string {
  const dir = path.resolve(ROOT, process.env.DIST_DIR ?? 'dist');
  if (!existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`No built site in ${dir}: run \`npm run build\` first (npm test does it for you).`);
  }
  return dir;
}
