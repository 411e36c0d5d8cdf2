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
import { countOf, rankNumbers, rankOrder, sameValue, SortSpace } from './ranking';
import { valueText } from './value-text';

/**
 * One cap over one group, as the clause of every member's reason it speaks to: the clause is this object, shared,
 * and a member's words are composed when its reason is read, from its place in the cap's rank order (kept in a
 * column of the population, `at`). A cap over a million customers speaks to half of them; an object, or the words,
 * of each one held through the run would be most of what the run holds and what the collector copies.
 */
export class GroupCap {
  /** The English of every member's note up to its rank, and from the members' count to its value (see english()). */
  readonly #ranks: string;
  readonly #by: string;
  readonly #keeps: string;
  readonly #drops: string;
  /** Members in rank order: the last who keeps the grade and the first who drops (-1 when none). */
  readonly #lastKept: number;
  readonly #firstDropped: number;
  /** How many members the cap ranked. */
  readonly members: number;

  constructor(
    /** The cap's own words (grade.cap). */
    private readonly cap: Message,
    private readonly grade: string,
    private readonly next: string,
    private readonly metric: string,
    /** How many of the ranked members keep the grade: the first `slots` in rank order. */
    readonly slots: number,
    /** The ranked members in rank order, as indexes into `members`; only the two at the edge are kept. */
    order: Uint32Array,
    /** The ranked members' positions in the population. */
    members: Uint32Array,
    /** Per position in the population, the member's place in the rank order, from 0 (written by the caps). */
    private readonly at: Uint32Array,
    private readonly rank: ArrayLike<Scalar>,
    private readonly keys: readonly string[],
  ) {
    this.members = order.length;
    this.#lastKept = slots > 0 ? members[order[slots - 1]] : -1;
    this.#firstDropped = slots < order.length ? members[order[slots]] : -1;
    this.#ranks = `${render(cap, 'en')}; ranks `;
    this.#by = ` of ${this.members} by ${metric} `;
    this.#keeps = `, keeps ${grade}`;
    this.#drops = ` → ${next}`;
  }

  /** The note to member `j` (a position in the population) as a message of the catalogue. */
  message(j: number): Message {
    const pos = this.at[j];
    const v = this.rank[j];
    const args = { cap: this.cap, rank: pos + 1, members: this.members, metric: this.metric, value: shown(v), tie: this.#tie(pos, v) };
    return pos < this.slots ? msg('grade.cap-keeps', { ...args, grade: this.grade }) : msg('grade.cap-drops', { ...args, next: this.next });
  }

  /**
   * The note to member `j` in English, as the catalogue renders message(j) (tests check both agree): the cap's
   * constant words are joined once, so a note is its rank, its value and their few joins.
   */
  english(j: number): string {
    const pos = this.at[j];
    const v = this.rank[j];
    const text = this.#ranks + (pos + 1) + this.#by + shown(v) + (pos < this.slots ? this.#keeps : this.#drops);
    const tie = this.#tie(pos, v);
    return tie === '' ? text : text + render(tie, 'en');
  }

  /**
   * Whether a member at rank `pos` (of value `v`) is on its side of the edge because of its key: the member across
   * the edge shares its value. The one who keeps looks at the first who drops, the one who drops at the last who keeps.
   */
  tied(pos: number, v: Scalar): boolean {
    return this.#across(pos, v) >= 0;
  }

  #across(pos: number, v: Scalar): number {
    const across = pos < this.slots ? this.#firstDropped : this.#lastKept;
    return across >= 0 && sameValue(v, this.rank[across]) ? across : -1;
  }

  /** Why member `pos` (of value `v`) is on its side of the edge, when a tie decided it. */
  #tie(pos: number, v: Scalar): Message | '' {
    const across = this.#across(pos, v);
    if (across < 0) return '';
    return msg(pos < this.slots ? 'grade.cap-tie-below' : 'grade.cap-tie-above', { value: valueText(v), key: this.keys[across] });
  }
}

/** A value as a cap's note shows it. */
function shown(v: Scalar): string {
  return v === null ? '(blank)' : valueText(v);
}

/** A clause of a grade's reason: a message, or a cap that speaks to the customer (see GroupCap). */
export type Clause = Message | GroupCap;

/**
 * The clauses a customer's reason adds: a list, or a cap alone (what most customers of a capped run have to say,
 * kept without a list of its own).
 */
export type Clauses = readonly Clause[] | GroupCap;

/** Clauses as a list. */
export function clauseList(clauses: Clauses | undefined): readonly Clause[] {
  return clauses === undefined ? [] : clauses instanceof GroupCap ? [clauses] : clauses;
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
  input.clauses[i] = said === undefined ? (c instanceof GroupCap ? c : [c]) : said instanceof GroupCap ? [said, c] : [...said, c];
}

/** A population split into groups by one `cap_by` column: each customer's group, and each group's size and words. */
interface Groups {
  of: Uint32Array;
  sizes: readonly number[];
  /** Each group in a cap's words: ' in department 骨科', or '' for the whole population or customers without a value. */
  names: readonly (Message | '')[];
}

/** The groups of column `by` (`values`: each customer's text in it), numbered as they first appear. */
function groupsOf(by: string, values: readonly string[]): Groups {
  const of = new Uint32Array(values.length);
  const ids = new Map<string, number>();
  const sizes: number[] = [];
  for (let i = 0; i < values.length; i++) {
    let id = ids.get(values[i]);
    if (id === undefined) {
      ids.set(values[i], (id = sizes.length));
      sizes.push(0);
    }
    of[i] = id;
    sizes[id]++;
  }
  // Customers without a value in the column (or a table without the column) form one group, named by nothing.
  const names = [...ids.keys()].map((value) => (value ? msg('grade.cap-group', { by, value }) : ''));
  return { of, sizes, names };
}

/**
 * Room for the caps of a population of `n` to work in, kept across levels and columns: arrays this large, fresh
 * for each level, would be most of what a round allocates and the pages the system has to map.
 */
class CapSpace {
  /** Per customer: 1 may be moved by the level's cap, 2 an override holding its grade (counted, never moved). */
  readonly holds: Uint8Array;
  /**
   * The candidates, a bucket per group (see capLevel): their positions in the population, and once their group is
   * ranked, their places in its rank order.
   */
  readonly members: Uint32Array;
  /** Along `members`: the candidates' values (where numbers). */
  readonly values: Float64Array;
  readonly sort = new SortSpace();

  constructor(n: number) {
    this.holds = new Uint8Array(n);
    this.members = new Uint32Array(n);
    this.values = new Float64Array(n);
  }
}

/**
 * One level's cap over every group of one column. The candidates are gathered by one pass over the population
 * into a bucket per group (a counting sort, in key order), with their values, so each group's sort reads its own
 * run of memory; and the ones the cap speaks to are told by one more pass in population order. Both read and write
 * the population in order, where a loop over each group's members, in key or rank order, would jump across it.
 * `at` holds the column's rank places per level (see GroupCap), made when first needed.
 */
function capLevel(policy: GradePolicy, level: number, cap: Cap, input: CapInput, groups: Groups, at: Uint32Array[], space: CapSpace): void {
  const { grades, override, rank } = input;
  const { holds, members, values } = space;
  const grade = policy.levels[level];
  const n = grades.length, count = groups.sizes.length, of = groups.of;
  // Per group, its bucket in `members`: the ones a cap may move from the front, in key order, and the overrides
  // holding the grade from the back. The grades are compared once: the second pass reads `holds`.
  const free = new Uint32Array(count), fixed = new Uint32Array(count);
  for (let i = 0; i < n; i++) {
    holds[i] = grades[i] !== grade ? 0 : override[i] ? 2 : 1;
    if (holds[i] !== 0) (holds[i] === 2 ? fixed : free)[of[i]]++;
  }
  const start = new Uint32Array(count + 1);
  for (let g = 0; g < count; g++) start[g + 1] = start[g] + free[g] + fixed[g];
  const front = start.slice(0, count), back = start.slice(1);
  const mixed = new Uint8Array(count); // 1 where a group has a value that is not a number
  for (let i = 0; i < n; i++) {
    if (holds[i] === 1) {
      const k = front[of[i]]++, v = rank[i];
      members[k] = i;
      if (typeof v === 'number') values[k] = v;
      else mixed[of[i]] = 1;
    } else if (holds[i] === 2) members[--back[of[i]]] = i;
  }
  const next = policy.levels[level + 1];
  // Per group whose cap moves someone: its clause, and from which rank place on its members are told.
  const capOf: (GroupCap | undefined)[] = new Array(count).fill(undefined);
  const toldFrom = new Uint32Array(count);
  for (let g = 0; g < count; g++) {
    const size = groups.sizes[g];
    const max = countOf(size, cap.percent);
    const slots = Math.max(0, max - fixed[g]);
    if (fixed[g] <= max && free[g] <= slots) continue; // within the cap: nothing to say
    // The cap's own words, shared by every clause of this group and grade.
    const capMessage = msg('grade.cap', { grade, percent: cap.percent.toString(), max, n: size, group: groups.names[g] });
    if (fixed[g] > max) {
      const m = msg('grade.cap-overrides', { cap: capMessage, count: fixed[g] });
      for (let k = back[g]; k < start[g + 1]; k++) say(input, members[k], m);
    }
    if (free[g] <= slots) continue;
    const s = start[g], e = s + free[g];
    const bucket = members.subarray(s, e);
    const order = mixed[g] ? rankOrder(Array.from(bucket, (i) => rank[i]), policy.rankOrder) : rankNumbers(values.subarray(s, e), policy.rankOrder, space.sort);
    const groupCap = new GroupCap(capMessage, grade, next, policy.rankBy ?? '', slots, order, bucket, (at[level] ??= new Uint32Array(n)), rank, input.keys);
    // Keeping the grade needs no word unless a tie decided it: only the last keepers can share the edge's value.
    let from = slots;
    while (from > 0 && groupCap.tied(from - 1, rank[bucket[order[from - 1]]])) from--;
    // From here the bucket holds each member's rank place: the pass below meets the members in bucket order.
    for (let p = 0; p < order.length; p++) bucket[order[p]] = p;
    capOf[g] = groupCap;
    toldFrom[g] = from;
  }
  const rankPlaces = at[level];
  if (rankPlaces === undefined) return; // no cap moved anyone
  // The members of each bucket in key order, as the population meets them.
  const seen = start.slice(0, count);
  for (let i = 0; i < n; i++) {
    if (holds[i] !== 1) continue;
    const g = of[i], k = seen[g]++;
    const groupCap = capOf[g];
    if (groupCap === undefined || members[k] < toldFrom[g]) continue;
    rankPlaces[i] = members[k];
    if (members[k] >= groupCap.slots) grades[i] = next;
    say(input, i, groupCap);
  }
}

/**
 * Apply the policy's caps to a graded population: over all of it, or within each group of each `cap_by` column
 * in turn (a department's cap, then a product's), each level's cap before the next one's, which counts the ones
 * the first dropped. Grades and clauses are updated in place.
 */
export function applyCaps(policy: GradePolicy, input: CapInput): void {
  const n = input.grades.length;
  const space = new CapSpace(n);
  const columns: Groups[] = policy.capBy.length === 0
    ? [{ of: new Uint32Array(n), sizes: [n], names: [''] }]
    : policy.capBy.map((by, b) => groupsOf(by, input.groups[b]));
  for (const groups of columns) {
    const at: Uint32Array[] = [];
    policy.levels.forEach((grade, level) => {
      const cap = policy.caps.find((c) => c.grade === grade);
      if (cap) capLevel(policy, level, cap, input, groups, at, space);
    });
  }
}
