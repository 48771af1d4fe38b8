// A browser test that fails is run once more before it counts as failed, and the first failure is
// printed either way (logErrorsBeforeRetry). On the shared 2-core CI machine (two jest workers, the
// server, PostgreSQL and Chromium) a page has now and then missed a 30 s wait that it passes in
// seconds otherwise; the API and component suites are never retried. Every retried failure stays
// in the log: it is a lead, not noise (docs: test/e2e/README.md).
// (import.meta.jest: the jest object of an ES module, without importing @jest/globals.)
import.meta.jest.retryTimes(1, { logErrorsBeforeRetry: true });
