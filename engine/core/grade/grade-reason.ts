/**
 * A grade's reason put together from its parts: the rules' own text (a table row's reason, a score's
 * explanation), then the clauses the lifecycle and the caps added, in English and as structured messages.
 */
import { render } from '../messages/catalogue';
import '../messages/grade';
import { msg, type Message, type Reason } from '../messages/message';
import { clauseList, GroupCap, type Clause, type Clauses } from './caps';

/** The English of clause lists shared by many customers (the lifecycle's repeated clauses), rendered once. */
const SHARED_ENGLISH = new WeakMap<readonly Clause[], string>();

/**
 * A list of clauses of customer `j` (its position in the population) in English: caps compose their notes to it,
 * messages render through the catalogue.
 */
function clausesEnglish(clauses: readonly Clause[], j: number): string {
  const shared = Object.isFrozen(clauses);
  let en = shared ? SHARED_ENGLISH.get(clauses) : undefined;
  if (en !== undefined) return en;
  en = '';
  for (let k = 0; k < clauses.length; k++) {
    const c = clauses[k];
    const t = c instanceof GroupCap ? c.english(j) : render(c, 'en');
    if (t !== '') en = en === '' ? t : `${en}; ${t}`;
  }
  if (shared) SHARED_ENGLISH.set(clauses, en);
  return en;
}

/** The reason of the rules alone, kept per text: a decision table gives a handful of texts to a million customers. */
const RULES_REASONS = new Map<string, Reason>();
const RULES_REASONS_KEPT = 10_000;

/** The rules' part of a reason: its own message, or its text as one. */
function rulesReason(base: string, message: Message | null = null): Reason {
  if (message) return [message];
  if (base === '') return [];
  let r = RULES_REASONS.get(base);
  if (r === undefined) {
    r = Object.freeze([msg('grade.rules', { text: base })]);
    if (RULES_REASONS.size < RULES_REASONS_KEPT) RULES_REASONS.set(base, r);
  }
  return r;
}

/** The reason of a grade: the rules' text, then the clauses of the lifecycle (messages: no cap speaks to one customer alone). */
export function reasonOf(base: string, clauses: readonly Message[] | undefined, message: Message | null = null): { reason: string; reasonMessages: Reason } {
  return { reason: englishOf(base, clauses, -1), reasonMessages: messagesOf(base, message, clauses, -1) };
}

/**
 * A reason as structured messages: the rules' own (see rulesReason), then each clause (a cap's as its note to
 * customer `j`, its position in the population).
 */
export function messagesOf(base: string, message: Message | null, clauses: Clauses | undefined, j: number): Reason {
  const rules = rulesReason(base, message);
  const list = clauseList(clauses);
  if (list.length === 0) return rules;
  return [...rules, ...list.map((c) => (c instanceof GroupCap ? c.message(j) : c))];
}

/** A reason in English: the rules' text, then each clause (a cap's as its note to customer `j`, its position in the population). */
export function englishOf(base: string, clauses: Clauses | undefined, j: number): string {
  if (clauses instanceof GroupCap) return base === '' ? clauses.english(j) : `${base}; ${clauses.english(j)}`;
  if (!clauses || clauses.length === 0) return base;
  const more = clausesEnglish(clauses, j);
  return base === '' ? more : `${base}; ${more}`;
}
