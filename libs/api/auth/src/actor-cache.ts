import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { LRUCache } from 'lru-cache';
import pg from 'pg';
import type { Role } from '@bridgeway/shared-domain';

/** What a request needs of its user beyond the token: the current role and the organisation's name. */
export interface CachedActor {
  role: Role;
  organisationName: string;
}

/** Notified at commit by the triggers of Migration20261201201500_actor_change_notify: `<tenant id>:<user id>` or `<tenant id>:*`. */
export const ACTOR_CHANGED_CHANNEL = 'bridgeway_actor_changed';

const MAX_ENTRIES = 10_000;
/** Only a safety net (e.g. a listening connection that died silently): notifications do the real work. */
const TTL_MS = 60_000;
const RETRY_FIRST_MS = 1_000;
const RETRY_MAX_MS = 10_000;

const keyOf = (tenantId: string, userId: string) => `${tenantId}:${userId}`.toLowerCase();

/**
 * Per-process cache of each active user's role and organisation name, so an authenticated
 * request needs no user lookup. It is only as good as its invalidation, hence:
 * - one dedicated connection LISTENs on ACTOR_CHANGED_CHANNEL, and every notification drops the
 *   user's entry (or all of the tenant's) before this process serves its next request;
 * - while that connection is not listening (starting, lost, reconnecting) the cache is off:
 *   `get` finds nothing and `set` stores nothing, and it restarts empty, since changes committed
 *   meanwhile were not heard;
 * - a request that read the row just before a change committed must not store the stale row
 *   after the notification dropped it: `set` takes the `epoch()` read before the request's
 *   snapshot and stores only if no notification, `forget` or reconnect happened since;
 * - disabled and missing accounts are never stored (the caller refuses them instead).
 */
@Injectable()
export class ActorCache implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ActorCache.name);
  private readonly entries = new LRUCache<string, CachedActor>({ max: MAX_ENTRIES, ttl: TTL_MS });
  private client?: pg.Client;
  private listening = false;
  private generation = 0;
  private retryMs = RETRY_FIRST_MS;
  private retryTimer?: NodeJS.Timeout;
  private stopped = false;
  /** Warn once per outage, not on every failed retry. */
  private outageReported = false;

  constructor(private readonly orm: MikroORM) {}

  /** Waits for the first attempt only: if the database refuses, the API starts with the cache off and keeps retrying. */
  onApplicationBootstrap(): Promise<void> {
    return this.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    this.turnOff();
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  /** True while the listening connection is up, i.e. while the cache is in use. */
  get isListening(): boolean {
    return this.listening;
  }

  /** Take before the request's snapshot (before BEGIN); `set` refuses the value if anything changed since. */
  epoch(): number {
    return this.generation;
  }

  get(tenantId: string, userId: string): CachedActor | undefined {
    return this.listening ? this.entries.get(keyOf(tenantId, userId)) : undefined;
  }

  /** Stores an active user's actor read after `epoch` was taken; false when refused (cache off or something changed since). */
  set(tenantId: string, userId: string, value: CachedActor, epoch: number): boolean {
    if (!this.listening || epoch !== this.generation) return false;
    this.entries.set(keyOf(tenantId, userId), { role: value.role, organisationName: value.organisationName });
    return true;
  }

  /** Drops a user at once in this process (the notification follows at commit, for every process). */
  forget(tenantId: string, userId: string): void {
    this.generation++;
    this.entries.delete(keyOf(tenantId, userId));
  }

  private invalidate(payload: string | undefined): void {
    this.generation++;
    const [tenantId, userId] = (payload ?? '').split(':');
    if (!tenantId || !userId) {
      this.entries.clear(); // not ours to parse: drop everything rather than guess
    } else if (userId === '*') {
      const prefix = `${tenantId.toLowerCase()}:`;
      for (const key of [...this.entries.keys()]) if (key.startsWith(prefix)) this.entries.delete(key);
    } else {
      this.entries.delete(keyOf(tenantId, userId));
    }
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({
      connectionString: this.orm.config.get('clientUrl'),
      application_name: 'bridgeway-actor-cache',
      keepAlive: true,
      connectionTimeoutMillis: RETRY_MAX_MS,
    });
    this.client = client;
    client.on('notification', (message) => {
      if (client === this.client && message.channel === ACTOR_CHANGED_CHANNEL) this.invalidate(message.payload);
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`listen ${ACTOR_CHANGED_CHANNEL}`);
    } catch (error) {
      this.lost(client, error);
      return;
    }
    if (client !== this.client || this.stopped) return; // lost or stopped while connecting
    // Changes committed while nobody listened were not heard: start empty, and refuse what was read before.
    this.entries.clear();
    this.generation++;
    this.listening = true;
    this.retryMs = RETRY_FIRST_MS;
    if (this.outageReported) this.logger.log('Actor cache listening again');
    this.outageReported = false;
  }

  /** The listening connection failed or ended: cache off, then reconnect with a growing delay. */
  private lost(client: pg.Client, error?: unknown): void {
    if (client !== this.client) return; // already handled (error and end both fire)
    this.client = undefined;
    this.turnOff();
    client.end().catch(() => undefined);
    if (this.stopped) return;
    if (!this.outageReported) {
      this.logger.warn(`Actor cache off: its listening connection is down (${error instanceof Error ? error.message : 'ended'}); retrying`);
      this.outageReported = true;
    }
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => void this.connect(), this.retryMs);
    this.retryTimer.unref();
    this.retryMs = Math.min(this.retryMs * 2, RETRY_MAX_MS);
  }

  private turnOff(): void {
    this.listening = false;
    this.generation++;
    this.entries.clear();
  }
}
