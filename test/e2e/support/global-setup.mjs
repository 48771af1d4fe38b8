// e2e: one built server for all e2e files (it takes a while to migrate and seed).
// Its URL reaches the test files through the environment.
import { startBuiltServer } from './built-server.mjs';

export default async function globalSetup() {
  const server = await startBuiltServer();
  globalThis.__bridgewayE2eServer = server;
  process.env.BRIDGEWAY_E2E_URL = server.url;
}
