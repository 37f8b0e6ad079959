const { swcTransform } = require('../jest.preset.js');

/** Browser end-to-end tests against the built product (npm run build first; the test runner does). */
module.exports = {
  displayName: 'e2e',
  preset: '../jest.preset.js',
  rootDir: '.',
  testEnvironment: 'node',
  transform: { '^.+\\.[tj]s$': swcTransform },
  moduleFileExtensions: ['ts', 'js', 'json'],
  testMatch: ['<rootDir>/e2e/**/*.e2e-spec.ts'],
  testTimeout: 120000,
  maxWorkers: 1,
};
