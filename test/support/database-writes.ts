import net from 'node:net';
import { appUrl } from './orm.js';

type WritableSocket = { _writeGeneric: (this: net.Socket, ...args: unknown[]) => unknown };

/**
 * `fn`'s writes to the test database's socket, from every connection of this process: the round
 * trips, as pipelined statements of one tick share one write (ADR 0013). Counted at Node's socket
 * layer (every write and writev goes through `_writeGeneric`), only for the database's port.
 */
export async function writesDuring<T>(fn: () => Promise<T>): Promise<{ result: T; writes: number }> {
  const socket = net.Socket.prototype as unknown as WritableSocket;
  const original = socket._writeGeneric;
  const port = Number(new URL(appUrl()).port);
  let writes = 0;
  socket._writeGeneric = function (...args: unknown[]) {
    if (this.remotePort === port) writes += 1;
    return original.apply(this, args);
  };
  try {
    return { result: await fn(), writes };
  } finally {
    socket._writeGeneric = original;
  }
}
