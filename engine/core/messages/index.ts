/**
 * Messages: ids and arguments (message.ts), the catalogue that renders them (catalogue.ts), and every domain's
 * words. Importing this module registers all of them.
 */
import './terms';
import './owner';
import './split';

export * from './message';
export { allMessages, allTerms, clauseSeparator, defineMessages, defineTerms, placeholders, render, renderReason, term } from './catalogue';
export type { Template } from './catalogue';
