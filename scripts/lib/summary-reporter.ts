import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends the run with one plain line, `N passed, N failed, N skipped`, that any CI can read. A test
 * file that fails before its tests run (a failing `beforeAll`, an import error) has no failed test
 * of its own, so it is counted as one failed suite.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    let failedSuites = 0;
    for (const module of testModules) {
      const tests = [...module.children.allTests()];
      if (!module.ok() && !tests.some((test) => test.result().state === 'failed')) failedSuites++;
      for (const test of tests) {
        const state = test.result().state;
        if (state === 'passed') counts.passed++;
        else if (state === 'failed') counts.failed++;
        else counts.skipped++;
      }
    }
    const suites = failedSuites ? ` (and ${failedSuites} test file(s) failed to run)` : '';
    process.stdout.write(
      `\n${counts.passed} passed, ${counts.failed + failedSuites} failed, ${counts.skipped} skipped${suites}\n`,
    );
  }
}
