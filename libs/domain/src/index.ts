export * from './lib/time/zoned-time';
export * from './lib/time/working-hours';
export * from './lib/csv/parse-csv';
