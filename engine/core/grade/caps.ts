/**
 * Caps on grades as ceilings (SPEC §5, §10; 004 德奥 2.2 d: VIP 客户的总数量不得超过本部门客户总量的 15%, 单品种 VIP
 * 客户原则上应控制在该品种客户总量的 15% 以内; 2.3 e: 优选类不得超过 30%). A cap applies last, to the grades the
 * rules and the lifecycle gave: when more customers of a group (the whole population, or each department or
 * product of `cap_by`) hold a capped grade than the cap allows, the best-ranked keep it and the rest drop to the
 * next grade, which may in turn be capped. A cap never promotes anyone. Manual overrides count toward the cap and
 * never move; when they alone exceed it, each says so. Ties are broken by Customer Key and the reason says so.
 */
import { render } from '../messages/catalogue';
import '../messages/grade';
import { msg, type Message } from '../messages/message';
import type { Scalar } from './metric-values';
import type { GradePolicy } from './policy';
import { countOf, rankOrder, sameValue } from './ranking';
import { valueText } from './value-text';

/**
 * What a cap says to one customer, kept as a handful of numbers and put into words when the reason is read: a cap
 * over a million customers speaks to most of them, and the words of every one held at once would be most of what
 * a run holds.
 */
export class CapNote {
  constructor(
    private readonly place: CapPlace,
    private readonly rank: number,
    private readonly value: Scalar,
    /** The grade dropped to, or null when the customer keeps the capped grade (a tie decided it). */
    private readonly next: string | null,
    private readonly tie: Message | '',
  ) {}

  /** The note as a message of the catalogue. */
  message(): Message {
    const { place, rank, next, tie } = this;
    const args = { cap: place.message, rank, members: place.members, metric: place.metric, value: this.valueText(), tie };
    return next === null ? msg('grade.cap-keeps', { ...args, grade: place.grade }) : msg('grade.cap-drops', { ...args, next });
  }

  /** The note in English, composed as the catalogue renders message() (tests check both agree). */
  english(): string {
    const where = `${this.place.text}; ranks ${this.rank} of ${this.place.members} by ${this.place.metric} ${this.valueText()}`;
    const tie = this.tie === '' ? '' : render(this.tie, 'en');
    return this.next === null ? `${where}, keeps ${this.place.grade}${tie}` : `${where} → ${this.next}${tie}`;
  }

  private valueText(): string {
    return this.value === null ? '(blank)' : valueText(this.value);
  }
}

/** A clause of a grade's reason: a message, or a cap's note (see CapNote). */
export type Clause = Message | CapNote;

/**
 * The clauses a customer's reason adds: a list, or a cap's note alone (what most customers of a capped run have
 * to say, kept without a list of its own).
 */
export type Clauses = readonly Clause[] | CapNote;

/** Clauses as a list. */
export function clauseList(clauses: Clauses | undefined): readonly Clause[] {
  return clauses === undefined ? [] : clauses instanceof CapNote ? [clauses] : clauses;
}

/** One cap over one group: its words, shared by every note it gives. */
interface CapPlace {
  message: Message;
  text: string;
  grade: string;
  members: number;
  metric: string;
}

/** A population's grades for the caps to work on, aligned with the population (in Customer Key order). */
export interface CapInput {
  /** Grades, updated in place. */
  grades: string[];
  /** Clauses added to each customer's reason (created when a cap has something to say). */
  clauses: (Clauses | undefined)[];
  /** 1 where the grade is a manual override. */
  override: Uint8Array;
  /** Each customer's value of the policy's rank_by metric. */
  rank: readonly Scalar[];
  keys: readonly string[];
  /** Per `cap_by` column, each customer's group (its text in that column). */
  groups: readonly (readonly string[])[];
}

/** Add a clause to customer i's reason. */
function say(input: CapInput, i: number, c: Clause): void {
  const said = input.clauses[i];
  // A lifecycle clause list may be shared by many customers: never added to in place.
  input.clauses[i] = said === undefined ? (c instanceof CapNote ? c : [c]) : [...clauseList(said), c];
}

/** The tie note of the member at `pos` of `order` when the next one across its band's edge shares its value. */
function tie(input: CapInput, order: readonly number[], pos: number, start: number, end: number): Message | '' {
  const { rank, keys } = input;
  const v = rank[order[pos]];
  if (end < order.length && sameValue(v, rank[order[end]])) return msg('grade.cap-tie-below', { value: valueText(v), key: keys[order[end]] });
  if (start > 0 && sameValue(v, rank[order[start - 1]])) return msg('grade.cap-tie-above', { value: valueText(v), key: keys[order[start - 1]] });
  return '';
}

/** The caps over one group of customers (`idx`: positions in the population, in key order). */
function capGroup(policy: GradePolicy, input: CapInput, idx: readonly number[], group: Message | ''): void {
  const { grades, override, rank } = input;
  const n = idx.length;
  for (let level = 0; level < policy.levels.length; level++) {
    const grade = policy.levels[level];
    const cap = policy.caps.find((c) => c.grade === grade);
    if (!cap) continue;
    const fixed: number[] = [], free: number[] = [];
    for (const i of idx) if (grades[i] === grade) (override[i] ? fixed : free).push(i);
    const max = countOf(n, cap.percent);
    // The cap's own words, shared by every clause of this group and grade.
    const capMessage = msg('grade.cap', { grade, percent: cap.percent.toString(), max, n, group });
    if (fixed.length > max) {
      const m = msg('grade.cap-overrides', { cap: capMessage, count: fixed.length });
      for (const i of fixed) say(input, i, m);
    }
    const slots = Math.max(0, max - fixed.length);
    if (free.length <= slots) continue;
    const order = Array.from(rankOrder(free.map((i) => rank[i]), policy.rankOrder), (k) => free[k]);
    const next = policy.levels[level + 1];
    const place: CapPlace = { message: capMessage, text: render(capMessage, 'en'), grade, members: free.length, metric: policy.rankBy ?? '' };
    for (let pos = 0; pos < order.length; pos++) {
      const i = order[pos];
      const keeps = pos < slots;
      const t = tie(input, order, pos, keeps ? 0 : slots, keeps ? slots : order.length);
      if (keeps && t === '') continue; // keeping the grade needs no word unless a tie decided it
      if (!keeps) grades[i] = next;
      say(input, i, new CapNote(place, pos + 1, rank[i], keeps ? null : next, t));
    }
  }
}
/**
 * Apply the policy's caps to a graded population: over all of it, or within each group of each `cap_by` column
 * in turn (a department's cap, then a product's). Grades and clauses are updated in place.
 */
export function applyCaps(policy: GradePolicy, input: CapInput): void {
  const n = input.grades.length;
  if (policy.capBy.length === 0) {
    capGroup(policy, input, Array.from({ length: n }, (_, i) => i), '');
    return;
  }
  policy.capBy.forEach((by, b) => {
    const values = input.groups[b];
    const byGroup = new Map<string, number[]>();
    for (let i = 0; i < n; i++) {
      const list = byGroup.get(values[i]);
      if (list) list.push(i);
      else byGroup.set(values[i], [i]);
    }
    const names = [...byGroup.keys()].sort();
    // Customers without a value in the column (or a table without the column) form one group, named by nothing.
    for (const name of names) capGroup(policy, input, byGroup.get(name)!, name ? msg('grade.cap-group', { by, value: name }) : '');
  });
}
