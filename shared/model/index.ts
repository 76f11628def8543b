export * from './text';
export * from './provenance';
export * from './dates';
export * from './programme';
export * from './records';
export * from './ops';
export * from './database';
