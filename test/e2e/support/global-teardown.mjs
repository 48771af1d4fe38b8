export default async function globalTeardown() {
  await globalThis.__bridgewayE2eServer?.stop();
}
