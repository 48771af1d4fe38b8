import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** One registry per process (not prom-client's global one, which tests would share). */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry, prefix: 'bridgeway_' });

export const requestDuration = new Histogram({
  name: 'bridgeway_request_duration_seconds',
  help: 'HTTP request latency by GraphQL operation (or route) and outcome',
  labelNames: ['operation', 'outcome'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [metricsRegistry],
});

export const errorsByCode = new Counter({
  name: 'bridgeway_graphql_errors_total',
  help: 'GraphQL errors sent, by extensions.code',
  labelNames: ['code'] as const,
  registers: [metricsRegistry],
});

export const signInFailures = new Counter({
  name: 'bridgeway_sign_in_failures_total',
  help: 'Refused sign-ins, by reason (INVALID_CREDENTIALS, ACCOUNT_LOCKED, THROTTLED, …)',
  labelNames: ['reason'] as const,
  registers: [metricsRegistry],
});

/** Called by the auth library for every refused sign-in. */
export function countSignInFailure(reason: string): void {
  signInFailures.inc({ reason: /^[A-Z_]{1,40}$/.test(reason) ? reason : 'OTHER' });
}

export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
}

/** Database pool figures, read when Prometheus scrapes (the pool belongs to the ORM). */
export function registerPoolStats(read: () => Promise<PoolStats | null>): void {
  metricsRegistry.removeSingleMetric('bridgeway_db_pool_connections');
  new Gauge({
    name: 'bridgeway_db_pool_connections',
    help: 'Database connections of this instance: in_use, idle, and requests waiting for one',
    labelNames: ['state'] as const,
    registers: [metricsRegistry],
    async collect() {
      const stats = await read().catch(() => null);
      if (!stats) return;
      this.set({ state: 'in_use' }, stats.total - stats.idle);
      this.set({ state: 'idle' }, stats.idle);
      this.set({ state: 'waiting' }, stats.waiting);
    },
  });
}
