/**
 * A start-up problem the user can fix, said in one sentence: `npm start` prints the message
 * alone (no stack trace) and exits with status 1.
 */
export class StartupError extends Error {
  override readonly name = 'StartupError';
}
