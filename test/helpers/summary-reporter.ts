import type { Reporter, TestModule } from 'vitest/node';
import { NEEDS_REDIS } from './redis.js';

/**
 * Ends a run with one plain line, `Tests: N passed, N failed, N skipped`, which CI reads to tell a
 * run that tested something from one that tested nothing (vitest's own summary is not read there).
 * Tests skipped for want of redis-server are named just above it, so a machine without it does
 * not pass for one that tested everything.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    let withoutRedis = 0;
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed++;
        else if (state === 'failed') counts.failed++;
        else {
          counts.skipped++;
          if (test.fullName.includes(NEEDS_REDIS)) withoutRedis++;
        }
      }
    }
    if (withoutRedis > 0) {
      process.stdout.write(
        `\n⚠ ${withoutRedis} Redis tests were skipped: redis-server is not installed on this machine.\n` +
          '  Install it (Debian/Ubuntu: apt-get install redis-server) to run them; bash .ci/run does, and CI=true fails without it.\n',
      );
    }
    process.stdout.write(`\nTests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
  }
}
