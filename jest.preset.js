const nxPreset = require('@nx/jest/preset').default;

/** TypeScript through SWC (fast, keeps decorator metadata for Nest and TypeORM); type-checking is its own step. */
const swcTransform = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: false },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

/** Components import their .css; tests map them here (`moduleNameMapper: { '\\.css$': styleStub }`). */
const styleStub = require.resolve('./jest.style-stub.cjs');

module.exports = { ...nxPreset, swcTransform, styleStub };
