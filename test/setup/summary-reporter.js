/**
 * Prints one plain closing line, "N passed, N failed" (", N skipped" when any), after Jest's own
 * summary, so CI and people read the same count whatever the reporter.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const suitesFailed = results.numFailedTestSuites > 0 && results.numFailedTests === 0 ? 1 : 0;
    const failed = results.numFailedTests + suitesFailed;
    console.log(`\n${results.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
  }
}

module.exports = SummaryReporter;
