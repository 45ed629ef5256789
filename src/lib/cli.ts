/**
 * How the command-line scripts end: every line they print reaches a pipe in full (CI reads them
 * through one), and a failure is one sentence, never a stack trace.
 *
 * `process.exit()` right after `console.log` drops whatever a pipe has not yet taken: output to a
 * pipe is asynchronous in Node. So scripts set `process.exitCode` and let Node exit when the
 * writes are done; and a reader that closes early (`| head`) ends the script quietly.
 */
export function endQuietlyOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw err;
    });
  }
}

/** Writes one block of text (many lines) with a single write: fewer, larger writes to a pipe. */
export function printBlock(stream: NodeJS.WriteStream, lines: readonly string[]): void {
  if (lines.length) stream.write(`${lines.join('\n')}\n`);
}

/** An error as one sentence for a person: the system's code and message, no stack. */
export function describeError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ENOSPC') return 'the disk is full (ENOSPC)';
  if (e?.code === 'EACCES' || e?.code === 'EPERM') return `permission denied (${e.code}${e.path ? `, ${e.path}` : ''})`;
  const message = String(e?.message ?? err).split('\n')[0]!;
  return e?.code && !message.includes(e.code) ? `${message} (${e.code})` : message;
}

/** Runs a script's body; anything thrown becomes one sentence, `<what> failed: <reason>; <after>`, and exit 1. */
export async function runScript(what: string, after: string, body: () => Promise<void>): Promise<void> {
  endQuietlyOnClosedPipe();
  try {
    await body();
  } catch (err) {
    process.stderr.write(`${what} failed: ${describeError(err)}; ${after}\n`);
    process.exitCode = 1;
  }
}
