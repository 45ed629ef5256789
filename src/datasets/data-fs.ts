import * as fsp from 'node:fs/promises';
import type { Stats } from 'node:fs';

/**
 * The file operations the data step publishes with, as one object so a test can make any of them
 * fail (see faultyFs). Only what write-atomic.ts needs.
 */
export type DataFs = {
  mkdir(dir: string, opts: { recursive: true }): Promise<unknown>;
  /**
   * Writes a file (whole, or piece by piece) and syncs it to disk before returning. Pieces are
   * written in order, each before the next is taken: the data step hands over views of one
   * reused buffer (write-atomic.ts, encode), so a piece must not be kept for later.
   */
  writeDurable(file: string, text: string | Uint8Array | Iterable<Uint8Array>): Promise<void>;
  readFile(file: string): Promise<Buffer>;
  readFile(file: string, encoding: 'utf8'): Promise<string>;
  readdir(dir: string): Promise<string[]>;
  rename(from: string, to: string): Promise<void>;
  rm(target: string, opts: { recursive?: boolean; force: true }): Promise<void>;
  symlink(target: string, at: string): Promise<void>;
  readlink(at: string): Promise<string>;
  lstat(at: string): Promise<Stats>;
  syncDir(dir: string): Promise<void>;
};

export const realFs: DataFs = {
  mkdir: (dir, opts) => fsp.mkdir(dir, opts),
  async writeDurable(file, text) {
    const fh = await fsp.open(file, 'w');
    try {
      await fh.writeFile(text);
      await fh.sync();
    } finally {
      await fh.close();
    }
  },
  readFile: ((file: string, encoding?: 'utf8') => (encoding ? fsp.readFile(file, encoding) : fsp.readFile(file))) as DataFs['readFile'],
  readdir: (dir) => fsp.readdir(dir),
  rename: (from, to) => fsp.rename(from, to),
  rm: (target, opts) => fsp.rm(target, opts),
  symlink: (target, at) => fsp.symlink(target, at),
  readlink: (at) => fsp.readlink(at),
  lstat: (at) => fsp.lstat(at),
  async syncDir(dir) {
    const fh = await fsp.open(dir, 'r');
    try {
      await fh.sync();
    } finally {
      await fh.close();
    }
  },
};

/** Operations that change the disk: the points at which a fault is injected. */
export const MUTATING = ['mkdir', 'writeDurable', 'rename', 'rm', 'symlink', 'syncDir'] as const;
export type FaultPoint = { op: (typeof MUTATING)[number] | 'any'; nth: number; action: 'kill' | string };

/**
 * `MALI_DATA_FAULT=<action>@<op>:<n>` (test hook, documented in docs/guarantees.md): at the n-th
 * call of `op` (`any` counts every disk-changing call), either SIGKILL the process (`kill`) or
 * fail with that error code (`ENOSPC`, `EIO`, `EXDEV`…), exactly as the kernel would report it.
 */
export function parseFault(spec: string | undefined): FaultPoint | null {
  if (!spec) return null;
  const m = /^(kill|crash|E[A-Z]+)@([a-zA-Z]+):(\d+)$/.exec(spec);
  if (!m || (m[2] !== 'any' && !(MUTATING as readonly string[]).includes(m[2]!))) {
    throw new Error(`MALI_DATA_FAULT must look like ENOSPC@writeDurable:2 or kill@any:5, not "${spec}"`);
  }
  return { action: m[1]!, op: m[2] as FaultPoint['op'], nth: Number(m[3]) };
}

/**
 * `base` with one fault injected; `count()` tells how many disk-changing calls were made. The
 * action `crash` simulates a kill inside one process: that call and every later one fail, so no
 * clean-up runs, as after a real SIGKILL.
 */
export function faultyFs(base: DataFs, fault: FaultPoint | null): DataFs & { count(): number } {
  let calls = 0;
  let dead = false;
  const perOp = new Map<string, number>();
  const wrap = <K extends (typeof MUTATING)[number]>(op: K) =>
    (async (...args: unknown[]) => {
      if (dead) throw Object.assign(new Error('crashed'), { code: 'ECRASHED' });
      calls++;
      const n = (perOp.get(op) ?? 0) + 1;
      perOp.set(op, n);
      if (fault && (fault.op === 'any' ? calls : fault.op === op ? n : -1) === fault.nth) {
        if (fault.action === 'kill') {
          process.kill(process.pid, 'SIGKILL');
          await new Promise(() => {}); // never resumes: the signal ends the process
        }
        if (fault.action === 'crash') {
          dead = true;
          throw Object.assign(new Error('crashed'), { code: 'ECRASHED' });
        }
        const err = new Error(`${fault.action}: injected fault, ${op} '${String(args[0])}'`) as NodeJS.ErrnoException;
        err.code = fault.action;
        throw err;
      }
      return (base[op] as (...a: unknown[]) => Promise<unknown>)(...args);
    }) as DataFs[K];
  const out = { ...base, count: () => calls } as DataFs & { count(): number };
  for (const op of MUTATING) (out as Record<string, unknown>)[op] = wrap(op);
  return out;
}
