import { execFileSync } from 'node:child_process';
import path from 'node:path';
import matter from 'gray-matter';
import { LOG_FORMAT, parseLog, type Revision } from './changelog-parse.ts';

/**
 * The data's revision history, read from git at build time for the changelog page. A build from
 * a copy without git history (a downloaded archive, the test suite's private copies) must not
 * fail: it gets `available: false` and the page says the history is not in this copy. The same
 * commit always gives the same history (commit dates, not the clock), so builds stay reproducible.
 */
export type History =
  | { available: true; partial: boolean; revisions: Revision[]; titleAt: (hash: string, file: string) => string | null }
  | { available: false; reason: string };

const git = (root: string, args: string[]) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });

export function readHistory(root: string = process.cwd()): History {
  try {
    // Only this project's own repository: a copy inside some other repository must not show that one's history.
    const top = git(root, ['rev-parse', '--show-toplevel']).trim();
    if (path.resolve(top) !== path.resolve(root)) return { available: false, reason: 'this copy of the site’s source is not a git repository' };
    const partial = git(root, ['rev-parse', '--is-shallow-repository']).trim() === 'true';
    const revisions = parseLog(git(root, ['log', '--no-merges', '-M', `--format=${LOG_FORMAT}`, '--name-status', '--', 'content/']));
    const titleAt = (hash: string, file: string): string | null => {
      try {
        const data = matter(git(root, ['show', `${hash}:${file}`])).data;
        const title = data.title ?? data.name;
        return typeof title === 'string' ? title : null;
      } catch {
        return null;
      }
    };
    return { available: true, partial, revisions, titleAt };
  } catch {
    return { available: false, reason: 'this copy of the site’s source has no git history' };
  }
}
