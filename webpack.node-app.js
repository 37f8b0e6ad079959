const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');

/** Webpack config for a Node app in apps/<name>: tsc-compiled, unminified, with source maps, into dist/apps/<name>. */
module.exports = function nodeAppConfig(name) {
  return {
    output: {
      path: join(__dirname, 'dist/apps', name),
      clean: true,
      ...(process.env.NODE_ENV !== 'production' && {
        devtoolModuleFilenameTemplate: '[absolute-resource-path]',
      }),
    },
    plugins: [
      new NxAppWebpackPlugin({
        target: 'node',
        compiler: 'tsc',
        main: './src/main.ts',
        tsConfig: './tsconfig.app.json',
        optimization: false,
        outputHashing: 'none',
        sourceMap: true,
      }),
    ],
  };
};
