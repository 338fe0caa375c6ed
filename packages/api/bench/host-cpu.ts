import { readFileSync } from 'node:fs';

/**
 * CPU time that `process.cpuUsage` cannot see, read from Linux's `/proc`: the PostgreSQL
 * backends that serve the API, and how much of the machine stayed idle. Together with the API's
 * own CPU they say what bounds the POST throughput on cores that the load generator, the API and
 * PostgreSQL share. Elsewhere (no `/proc`, or a server on another host) a reading is null and
 * the report leaves the figure out.
 */

/** Linux reports CPU times in clock ticks of USER_HZ, which is 100 on every mainstream build. */
const TICKS_PER_SECOND = 100;

function read(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** A process's user and system CPU in ms; null when it is gone or not a PostgreSQL process. */
export function postgresProcessCpuMs(pid: number): number | null {
  // A pid from pg_stat_activity names a local process only when the server runs here.
  if (!read(`/proc/${pid}/cmdline`)?.startsWith('postgres')) return null;
  const stat = read(`/proc/${pid}/stat`);
  if (stat === null) return null;
  // The command name in parentheses may hold spaces: count fields after its closing one.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

/** Idle (with waiting on I/O) and all ticks of every core since boot. */
function machineTicks(): { idle: number; total: number } | null {
  const line = read('/proc/stat')?.split('\n', 1)[0];
  if (!line?.startsWith('cpu ')) return null;
  // user nice system idle iowait irq softirq steal; guest time is already in user.
  const ticks = line.trim().split(/\s+/).slice(1, 9).map(Number);
  return { idle: ticks[3]! + ticks[4]!, total: ticks.reduce((sum, value) => sum + value, 0) };
}

export interface HostCpu {
  /** CPU of the given database backends while the meter ran, in ms; null if none could be read. */
  databaseMs: number | null;
  /** Share of all cores' time that stayed idle; null without `/proc/stat`. */
  idleShare: number | null;
}

/**
 * Starts metering. `stop` takes the backends alive at the end too: one that connected meanwhile
 * counts from zero. A backend that exited meanwhile is lost, so keep the pool connected.
 */
export function startHostCpuMeter(backendsAtStart: readonly number[]) {
  const before = new Map(
    backendsAtStart.flatMap((pid) => {
      const ms = postgresProcessCpuMs(pid);
      return ms === null ? [] : [[pid, ms] as const];
    }),
  );
  const machineBefore = machineTicks();
  return {
    stop(backendsAtEnd: readonly number[]): HostCpu {
      const machineAfter = machineTicks();
      let databaseMs: number | null = null;
      for (const pid of new Set([...before.keys(), ...backendsAtEnd])) {
        const ms = postgresProcessCpuMs(pid);
        if (ms !== null) databaseMs = (databaseMs ?? 0) + ms - (before.get(pid) ?? 0);
      }
      const idleShare =
        machineBefore && machineAfter && machineAfter.total > machineBefore.total
          ? (machineAfter.idle - machineBefore.idle) / (machineAfter.total - machineBefore.total)
          : null;
      return { databaseMs, idleShare };
    },
  };
}
