import { readFileSync } from 'node:fs';

// CPU time is what a busy shared machine cannot inflate, unlike wall-clock latency. For
// PostgreSQL it is the backend process's utime+stime (/proc, 10 ms ticks: only meaningful summed
// over hundreds of queries); PGlite runs inside this process, so the client's cpuUsage covers it.
let backendPid;
export async function serverCpuMs(db) {
  if (db.kind !== 'postgres') return 0;
  backendPid ??= (await db.query('SELECT pg_backend_pid() AS pid')).rows[0].pid;
  const fields = readFileSync(`/proc/${backendPid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}
