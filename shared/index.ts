export * from './report-schema';
export * from './report-file';
export * from './numbers';
export * from './periods';
export * from './targets';
export * from './drafting';
export * from './report-building';
