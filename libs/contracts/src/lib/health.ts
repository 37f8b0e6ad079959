export type DependencyStatus = 'up' | 'down' | 'disabled';

export interface HealthResponse {
  status: 'ok' | 'degraded';
  version: string;
  mode: 'single-node' | 'clustered';
  database: { status: DependencyStatus; latencyMs?: number };
  redis: { status: DependencyStatus; latencyMs?: number };
}
