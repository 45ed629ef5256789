import { execFileSync } from 'node:child_process';
import os from 'node:os';

/** A one-line description of the machine a benchmark ran on: CPU, cores, memory, Node. */
export function describeMachine(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  let virt = '';
  try {
    const lscpu = execFileSync('lscpu', { encoding: 'utf8' });
    const hv = /Hypervisor vendor:\s*(.+)/.exec(lscpu)?.[1]?.trim();
    if (hv) virt = `, ${hv} virtual machine`;
  } catch {
    // lscpu is missing on some systems; the rest still describes the machine.
  }
  const gib = (os.totalmem() / 2 ** 30).toFixed(0);
  return `${cpu}, ${os.availableParallelism()} cores${virt}, ${gib} GiB RAM, ${os.platform()} ${os.release()}, Node ${process.version}`;
}
