import nx from '@nx/eslint-plugin';
import baseConfig from '../../eslint.config.mjs';

export default [
  ...nx.configs['flat/react'],
  ...baseConfig,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    rules: {
      // Presentational only: data, API errors and translations stay in the app and arrive as props.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '@torchbridge/api-client', message: 'libs/ui is presentational: keep API calls and API errors in the app.' },
            { name: 'react-i18next', message: 'libs/ui takes already-translated strings as props.' },
            { name: 'i18next', message: 'libs/ui takes already-translated strings as props.' },
          ],
          patterns: [
            { group: ['**/apps/**'], message: 'libs/ui never imports app code.' },
          ],
        },
      ],
    },
  },
];
