export * from './lib/services';
export * from './lib/factories';
