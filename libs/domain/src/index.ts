export * from './lib/time/zoned-time';
export * from './lib/time/working-hours';
export * from './lib/csv/parse-csv';
export * from './lib/matching';
export * from './lib/scoring/score';
export * from './lib/scoring/mentor-index';
export * from './lib/booking';
export * from './lib/events';
