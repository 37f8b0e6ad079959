import { AppConfig, parseConfig } from './config.schema';

export { AppConfig, ConfigError, parseConfig } from './config.schema';

/** Injection token for the validated configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');

/** The one place that reads the process environment. */
export function configFromProcessEnv(overrides: Partial<Record<string, string>> = {}): AppConfig {
  return parseConfig({ ...process.env, ...overrides });
}
