const { styleStub } = require('../../jest.preset.js');

module.exports = {
  displayName: 'web',
  preset: '../../jest.preset.js',
  testEnvironment: 'jsdom',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  // Whole-app tests render the ~400-option time-zone list; leave headroom on slow machines.
  testTimeout: 15_000,
  transform: {
    '^(?!.*\\.(js|jsx|ts|tsx|css|json)$)': '@nx/react/plugins/jest',
    '^.+\\.[tj]sx?$': ['babel-jest', { presets: ['@nx/react/babel'] }],
  },
  // Components import their stylesheets (here and from @torchbridge/ui); Jest renders without them.
  moduleNameMapper: { '\\.css$': styleStub },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'jsx'],
  coverageDirectory: '../../coverage/apps/web',
};
