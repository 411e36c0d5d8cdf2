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
import type { Cap, GradePolicy } from './policy';
import { countOf, rankPositions, sameValue, SortSpace } from './ranking';
import { valueText } from './value-text';

/**
 * What a cap says to one customer, kept as its place in the cap's rank order and put into words when the reason
 * is read: a cap over a million customers speaks to most of them, and the words of every one held at once would
 * be most of what a run holds. A note is two fields, so half a million of them cost the collector little.
 */
export class CapNote {
  constructor(
    private readonly place: CapPlace,
    /** The customer's place in the cap's rank order, from 0. */
    private readonly pos: number,
  ) {}

  /** The note as a message of the catalogue. */
  message(): Message {
    const { place, pos } = this;
    const v = this.value();
    const args = { cap: place.message, rank: pos + 1, members: place.order.length, metric: place.metric, value: shown(v), tie: this.tie(v) };
    return pos < place.slots ? msg('grade.cap-keeps', { ...args, grade: place.grade }) : msg('grade.cap-drops', { ...args, next: place.next });
  }

  /** The note in English, composed as the catalogue renders message() (tests check both agree). */
  english(): string {
    const { place, pos } = this;
    const v = this.value();
    const where = `${place.text}; ranks ${pos + 1} of ${place.order.length} by ${place.metric} ${shown(v)}`;
    const tie = this.tie(v);
    const tail = tie === '' ? '' : render(tie, 'en');
    return pos < place.slots ? `${where}, keeps ${place.grade}${tail}` : `${where} → ${place.next}${tail}`;
  }

  /** The customer's value of the metric (read once per reading: the population's values are far apart in memory). */
  private value(): Scalar {
    return this.place.rank[this.place.order[this.pos]];
  }

  /** Why the customer (of value `v`) is on its side of the cap's edge when the one across it shares its value. */
  private tie(v: Scalar): Message | '' {
    const { place, pos } = this;
    const across = tiedAcross(place, pos, v);
    if (across < 0) return '';
    return msg(across > pos ? 'grade.cap-tie-below' : 'grade.cap-tie-above', { value: valueText(v), key: place.keys[place.order[across]] });
  }
}

/** A value as a cap's note shows it. */
function shown(v: Scalar): string {
  return v === null ? '(blank)' : valueText(v);
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

/**
 * One cap over one group: its words, shared by every note it gives, and the rank order its notes point into
 * (who keeps the grade: the first `slots`; the rest drop to `next`).
 */
interface CapPlace {
  message: Message;
  text: string;
  grade: string;
  next: string;
  metric: string;
  slots: number;
  /** Positions in the population of the members the cap ranked, in rank order. */
  order: Uint32Array;
  rank: ArrayLike<Scalar>;
  keys: readonly string[];
}

/**
 * Where in the rank order the member across the cap's edge from `pos` is, when it shares `pos`'s value `v` (ties
 * are broken by Customer Key, and the note says so); -1 when it does not. A member who keeps the grade looks at
 * the first who drops, one who drops at the last who keeps.
 */
function tiedAcross(place: CapPlace, pos: number, v: Scalar): number {
  const { rank, order, slots } = place;
  const across = pos < slots ? slots : slots - 1;
  return across >= 0 && across < order.length && sameValue(v, rank[order[across]]) ? across : -1;
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
  rank: ArrayLike<Scalar>;
  keys: readonly string[];
  /** Per `cap_by` column, each customer's group (its text in that column). */
  groups: readonly (readonly string[])[];
}

/** Add a clause to customer i's reason. */
function say(input: CapInput, i: number, c: Clause): void {
  const said = input.clauses[i];
  // A lifecycle clause list may be shared by many customers: never added to in place.
  input.clauses[i] = said === undefined ? (c instanceof CapNote ? c : [c]) : said instanceof CapNote ? [said, c] : [...said, c];
}

/**
 * The caps over one group of customers (`idx`: positions in the population, in key order). `caps` holds each
 * level's cap; `scratch` has room for the group's positions and is free for the taking, as is `space`.
 */
function capGroup(policy: GradePolicy, caps: readonly (Cap | undefined)[], input: CapInput, idx: Uint32Array, group: Message | '', scratch: Uint32Array,
  space: SortSpace): void {
  const { grades, override, rank } = input;
  const n = idx.length;
  for (let level = 0; level < policy.levels.length; level++) {
    const cap = caps[level];
    if (!cap) continue;
    const grade = policy.levels[level];
    // Overrides holding the grade are counted; the others are the ones a cap may move, gathered in key order.
    let fixed = 0, free = 0;
    for (let j = 0; j < n; j++) {
      const i = idx[j];
      if (grades[i] === grade) { if (override[i]) fixed++; else scratch[free++] = i; }
    }
    const max = countOf(n, cap.percent);
    const slots = Math.max(0, max - fixed);
    if (fixed <= max && free <= slots) continue; // within the cap: nothing to say
    // The cap's own words, shared by every clause of this group and grade.
    const capMessage = msg('grade.cap', { grade, percent: cap.percent.toString(), max, n, group });
    if (fixed > max) {
      const m = msg('grade.cap-overrides', { cap: capMessage, count: fixed });
      for (let j = 0; j < n; j++) { const i = idx[j]; if (grades[i] === grade && override[i]) say(input, i, m); }
    }
    if (free <= slots) continue;
    // The notes point into the rank order: a copy, as the scratch serves the next grade and group.
    const order = rankPositions(rank, scratch.subarray(0, free), policy.rankOrder, space).slice();
    const next = policy.levels[level + 1];
    const place: CapPlace = {
      message: capMessage, text: render(capMessage, 'en'), grade, next, metric: policy.rankBy ?? '', slots, order, rank, keys: input.keys,
    };
    for (let pos = 0; pos < free; pos++) {
      const keeps = pos < slots;
      const i = order[pos];
      if (keeps && tiedAcross(place, pos, rank[i]) < 0) continue; // keeping the grade needs no word unless a tie decided it
      if (!keeps) grades[i] = next;
      say(input, i, new CapNote(place, pos));
    }
  }
}

/**
 * Apply the policy's caps to a graded population: over all of it, or within each group of each `cap_by` column
 * in turn (a department's cap, then a product's). Grades and clauses are updated in place.
 */
export function applyCaps(policy: GradePolicy, input: CapInput): void {
  const n = input.grades.length;
  const caps = policy.levels.map((grade) => policy.caps.find((c) => c.grade === grade));
  const scratch = new Uint32Array(n);
  const space = new SortSpace();
  const members = new Uint32Array(n);
  if (policy.capBy.length === 0) {
    for (let i = 0; i < n; i++) members[i] = i;
    capGroup(policy, caps, input, members, '', scratch, space);
    return;
  }
  const groupOf = new Uint32Array(n);
  policy.capBy.forEach((by, b) => {
    const values = input.groups[b];
    // Each distinct group a number, then the positions sorted by it (a counting sort): each group's members
    // come out in key order, in one array, without a list per group.
    const ids = new Map<string, number>();
    let sizes = new Uint32Array(64);
    for (let i = 0; i < n; i++) {
      let id = ids.get(values[i]);
      if (id === undefined) {
        id = ids.size;
        ids.set(values[i], id);
        if (id === sizes.length) { const more = new Uint32Array(2 * id); more.set(sizes); sizes = more; }
      }
      groupOf[i] = id;
      sizes[id]++;
    }
    const start = new Uint32Array(ids.size + 1);
    for (let g = 0; g < ids.size; g++) start[g + 1] = start[g] + sizes[g];
    const fill = start.slice(0, ids.size);
    for (let i = 0; i < n; i++) members[fill[groupOf[i]]++] = i;
    // Customers without a value in the column (or a table without the column) form one group, named by nothing.
    for (const name of [...ids.keys()].sort()) {
      const g = ids.get(name)!;
      capGroup(policy, caps, input, members.subarray(start[g], start[g + 1]), name ? msg('grade.cap-group', { by, value: name }) : '', scratch, space);
    }
  });
}
