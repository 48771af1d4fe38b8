import { assertNoPersonalDataInLog } from './log-privacy.mjs';

export default async function globalTeardown() {
  const server = globalThis.__bridgewayE2eServer;
  if (!server) return;
  try {
    await assertNoPersonalDataInLog(server);
  } finally {
    await server.stop();
  }
}
