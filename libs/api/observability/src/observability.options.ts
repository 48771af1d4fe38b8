export interface ObservabilityOptions {
  production: boolean;
  /** pino level: `info` logs every API request; default info in production, warn otherwise. */
  logLevel: string;
  /** METRICS_TOKEN: the bearer token Prometheus sends to /metrics. */
  metricsToken?: string;
}

export const OBSERVABILITY_OPTIONS = Symbol('OBSERVABILITY_OPTIONS');
