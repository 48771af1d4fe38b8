/**
 * Runs `task` while holding a lock shared by all tabs of this origin, so two
 * tabs never rotate the refresh cookie at the same time (the second would
 * present an already-rotated token and the API would revoke the family).
 */
export function withCrossTabLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks ? locks.request(name, task) : task();
}

export type SessionBroadcast = 'signedIn' | 'signedOut';

/** Tells the other tabs that this person signed in or out; a no-op where BroadcastChannel is missing. */
export function openSessionChannel(onMessage: (message: SessionBroadcast) => void): (message: SessionBroadcast) => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel('bridgeway:session');
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (event.data === 'signedIn' || event.data === 'signedOut') onMessage(event.data);
  };
  return (message) => channel.postMessage(message);
}
