import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { postgresProcessCpuMs, startHostCpuMeter } from '../../bench/host-cpu.js';

const linux = process.platform === 'linux';

describe.runIf(linux)('bench: CPU read from /proc', () => {
  it('reads no CPU for a process that is not PostgreSQL, or is gone', async () => {
    expect(postgresProcessCpuMs(process.pid)).toBeNull();
    const child = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => child.once('exit', resolve));
    expect(postgresProcessCpuMs(child.pid!)).toBeNull();
  });

  it('measures the idle share of the cores and leaves the database out without backends', () => {
    const meter = startHostCpuMeter([]);
    const until = Date.now() + 200;
    while (Date.now() < until);
    const { databaseMs, idleShare } = meter.stop([]);
    expect(databaseMs).toBeNull();
    expect(idleShare).toBeGreaterThanOrEqual(0);
    // This thread kept one core busy the whole time.
    expect(idleShare).toBeLessThan(1);
  });
});
