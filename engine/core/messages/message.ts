/**
 * Structured messages: every reason, decision and problem the engine states is a message id with its arguments,
 * rendered in English or Chinese by one catalogue (catalogue.ts). Results keep the messages, not the words, so the
 * batch runner (`--lang zh`), the add-in (Excel's display language) and the tests read the same facts in either
 * language, and a new language is a new column of the catalogue, not a change to the rules.
 */

/** Languages a message renders in. */
export type Lang = 'en' | 'zh';

/**
 * A message argument: a text or number shown as it is (names, dates, row numbers, amounts), a nested message, or a
 * list of messages (rendered as clauses). Texts from the register are never translated.
 */
export type MessageArg = string | number | Message | readonly Message[];

/** One statement: an id from the catalogue and the values its template names. */
export interface Message {
  readonly id: string;
  readonly args: Readonly<Record<string, MessageArg>>;
}

/** A reason: clauses rendered in order, joined by `; ` (`；` in Chinese). */
export type Reason = readonly Message[];

const NO_ARGS: Readonly<Record<string, MessageArg>> = Object.freeze({});

/** A message in one call: `msg('owner.first-claim', { event: 'visit', row: 2 })`. */
export function msg(id: string, args: Readonly<Record<string, MessageArg>> = NO_ARGS): Message {
  return { id, args };
}

/** True when `value` is a message (rather than a text, number or list). */
export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as Message).id === 'string';
}
