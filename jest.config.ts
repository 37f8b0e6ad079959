import type { Config } from 'jest';

/** Unit tests of every project; integration and browser suites have their own configs. */
const config: Config = {
  projects: ['<rootDir>/apps/*/jest.config.cts', '<rootDir>/libs/*/jest.config.cts'],
};

export default config;
