/**
 * The engine core's public surface. Pure TypeScript: no Node or Office APIs, so the add-in, the batch runner and
 * the tests all run the very same code.
 */
export * from './types';
export * from './dates';
export * from './phone';
export * from './aliases';
export * from './values';
export * from './register';
export * from './grouping';
export * from './engine';
export * from './evaluate';
export * from './policy/schema';
export * from './policy/validate';
export * from './policy/presets';
export * from './policy/coerce';
export * from './policy/load';
export * from './split/allocation';
export * from './policy/lint';
export * from './grade';
export * from './metrics';
export * from './messages';
