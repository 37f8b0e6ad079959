import { ConfigError, parseConfig } from './config.schema';

const valid = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/torchbridge', JWT_SECRET: 'x'.repeat(32) };

describe('configuration', () => {
  it('applies defaults to a minimal environment', () => {
    const config = parseConfig(valid);
    expect(config).toMatchObject({ PORT: 3000, ACCESS_TOKEN_TTL_SECONDS: 900, SEED_DEMO: false, CORS_ORIGINS: [] });
    expect(config.REDIS_URL).toBeUndefined();
  });

  it('names the missing variable', () => {
    expect(() => parseConfig({ JWT_SECRET: 'x'.repeat(32) })).toThrow(new ConfigError('Invalid configuration: DATABASE_URL is required'));
  });

  it('names every bad variable with what is wrong', () => {
    expect(() => parseConfig({ ...valid, PORT: 'eighty', REDIS_URL: 'http://cache:6379', JWT_SECRET: 'short' })).toThrow(
      /PORT .*; REDIS_URL must be a redis:\/\/ URL; JWT_SECRET must be at least 32 characters/,
    );
  });

  it('rejects a non-Postgres database URL', () => {
    expect(() => parseConfig({ ...valid, DATABASE_URL: 'mysql://localhost/db' })).toThrow('DATABASE_URL must be a postgres:// URL');
  });

  it('parses lists and booleans', () => {
    const config = parseConfig({ ...valid, CORS_ORIGINS: 'https://a.example, https://b.example', SEED_DEMO: 'true' });
    expect(config.CORS_ORIGINS).toEqual(['https://a.example', 'https://b.example']);
    expect(config.SEED_DEMO).toBe(true);
  });
});
