/**
 * Customer identity (SPEC §2): rows that share a normalised phone or a household value belong to one customer
 * group, transitively (夫妻、父母、子女等直系亲属视为同一组客户). Masked phones join the one full phone they can
 * stand for; when they could stand for two, they join neither and the ambiguity is reported. Rows with a name but
 * no phone group by exact name within their file.
 */
import { maskMatches, phoneText } from './phone';
import { GroupLookup } from './group-lookup';
import { EVENT_CODE, type Phone, type Register } from './types';

/** One customer group: all the register rows of one customer or household. */
export interface CustomerGroup {
  /** Index in Grouping.groups. */
  id: number;
  /** Customer Key: the smallest normalised full phone, else the household, else the name. */
  key: string;
  /** Indexes of the group's register rows, in date order (same day: file order). */
  rows: Int32Array;
  /** Distinct customer names, in order of appearance. */
  names: string[];
  /** Distinct phones as written after normalisation (full or masked), in order of appearance. */
  phones: string[];
  household: string;
}

/** A masked phone that could stand for several full phones (reported as a conflict). */
export interface MaskAmbiguity {
  row: number;
  mask: string;
  candidates: string[];
}

/** The customer groups of a register. */
export interface Grouping {
  /** Groups sorted by Customer Key. */
  groups: CustomerGroup[];
  /** Every register row (leave rows too) in date order, same day in file order: the order rules are applied in. */
  order: Int32Array;
  /** Position of each row in its group's `rows`; -1 for rows about no customer. */
  posInGroup: Int32Array;
  /** Group id per register row; -1 for rows about no customer (leave rows). */
  groupOfRow: Int32Array;
  ambiguities: MaskAmbiguity[];
  /** The group a Customer Key, phone, household or customer name names, or -1. */
  find(text: string): number;
}

/** Grouping options from the policy. */
export interface GroupingOptions {
  /** Group family members by the household column (default true). */
  household?: boolean;
}

type Masked = Extract<Phone, { kind: 'masked' }>;

/** Union-find over row indexes, with path halving. */
class Unions {
  readonly parent: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }
  root(i: number): number {
    const p = this.parent;
    while (p[i] !== i) { p[i] = p[p[i]]; i = p[i]; }
    return i;
  }
  join(a: number, b: number): void {
    const ra = this.root(a), rb = this.root(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/**
 * For each distinct phone, the phone id it stands for: a masked phone that can be exactly one full phone stands for
 * that one; any other phone stands for itself. Masks that could be several full phones are listed with their
 * candidates.
 */
function resolveMasks(phones: readonly Phone[]): { target: Int32Array; ambiguous: Map<number, string[]> } {
  const target = new Int32Array(phones.length);
  const ambiguous = new Map<number, string[]>();
  const shapes = new Map<string, Map<string, number[]>>(); // "prefixLen/suffixLen/length" → "prefix|suffix" → full phone ids
  const index = (m: Masked): Map<string, number[]> => {
    const shape = `${m.prefix.length}/${m.suffix.length}/${m.length}`;
    let map = shapes.get(shape);
    if (!map) {
      map = new Map();
      phones.forEach((p, id) => {
        if (p.kind !== 'full' || p.digits.length !== m.length) return;
        const k = `${p.digits.slice(0, m.prefix.length)}|${p.digits.slice(p.digits.length - m.suffix.length)}`;
        const list = map!.get(k);
        if (list) list.push(id); else map!.set(k, [id]);
      });
      shapes.set(shape, map);
    }
    return map;
  };
  phones.forEach((p, id) => {
    target[id] = id;
    if (p.kind !== 'masked') return;
    const candidates = (index(p).get(`${p.prefix}|${p.suffix}`) ?? []).filter((c) => maskMatches(p, (phones[c] as Extract<Phone, { kind: 'full' }>).digits));
    if (candidates.length === 1) target[id] = candidates[0];
    else if (candidates.length > 1) ambiguous.set(id, candidates.map((c) => phoneText(phones[c])).sort());
  });
  return { target, ambiguous };
}

/**
 * Row indexes by date, then file order: a counting sort over the days, which is stable and linear (register
 * dates lie between 1900 and 9999, so the day range is bounded).
 */
export function dateOrder(dates: Int32Array): Int32Array {
  const order = new Int32Array(dates.length);
  if (dates.length === 0) return order;
  let min = dates[0], max = dates[0];
  for (let i = 1; i < dates.length; i++) {
    const d = dates[i];
    if (d < min) min = d; else if (d > max) max = d;
  }
  const next = new Int32Array(max - min + 2);
  for (let i = 0; i < dates.length; i++) next[dates[i] - min + 1]++;
  for (let d = 1; d < next.length; d++) next[d] += next[d - 1];
  for (let i = 0; i < dates.length; i++) order[next[dates[i] - min]++] = i;
  return order;
}

/** Build the customer groups of a register. */
export function groupCustomers(register: Register, options: GroupingOptions = {}): Grouping {
  const { size, cols, texts, tables, files } = register;
  const useHousehold = options.household ?? true;
  const unions = new Unions(size);
  const { target, ambiguous } = resolveMasks(register.phones);
  const firstOfPhone = new Int32Array(register.phones.length).fill(-1);
  const firstOfHousehold = new Int32Array(useHousehold ? texts.length : 0).fill(-1);
  // Rows without a phone group by name within their file: key = file index × texts + name id.
  const fileOfTable = tables.map((t) => files.indexOf(t.file));
  const byName = new Map<number, number>();
  const ambiguities: MaskAmbiguity[] = [];
  const { event, phone, household, customer, table } = cols;
  const leave = EVENT_CODE.leave;
  for (let i = 0; i < size; i++) {
    if (event[i] === leave) continue;
    const id = phone[i];
    if (id >= 0) {
      const p = target[id];
      if (firstOfPhone[p] < 0) firstOfPhone[p] = i; else unions.join(firstOfPhone[p], i);
      const candidates = ambiguous.get(id);
      if (candidates) ambiguities.push({ row: i, mask: phoneText(register.phones[id]), candidates });
    } else {
      const key = fileOfTable[table[i]] * texts.length + customer[i];
      const first = byName.get(key);
      if (first === undefined) byName.set(key, i); else unions.join(first, i);
    }
    const h = household[i];
    if (useHousehold && h > 0) {
      if (firstOfHousehold[h] < 0) firstOfHousehold[h] = i; else unions.join(firstOfHousehold[h], i);
    }
  }
  const order = dateOrder(cols.date);
  const { groups, groupOfRow, posInGroup, groupHousehold } = collectGroups(register, unions, target, order);
  const lookup = new GroupLookup(register, groups, groupOfRow, firstOfPhone, groupHousehold);
  return { groups, order, posInGroup, groupOfRow, ambiguities, find: (text) => lookup.find(text) };
}

/** Groups in Customer Key order with their rows, and each row's group and place in it. */
interface Collected {
  groups: CustomerGroup[];
  groupOfRow: Int32Array;
  posInGroup: Int32Array;
  /** Text id of each group's household (0 for none). */
  groupHousehold: Int32Array;
}

function collectGroups(register: Register, unions: Unions, target: Int32Array, order: Int32Array): Collected {
  const { size, cols, texts, phones } = register;
  const { event, phone, customer, household } = cols;
  const leave = EVENT_CODE.leave;
  // Groups are first numbered by their first row (date order), then renumbered in Customer Key order. Rows are laid
  // out group after group in one buffer: counting first, then filling, so no group needs an array of its own.
  const groupOfRoot = new Int32Array(size).fill(-1);
  const created = new Int32Array(size).fill(-1);
  const counts: number[] = [];
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    if (event[i] === leave) continue;
    const root = unions.root(i);
    let id = groupOfRoot[root];
    if (id < 0) {
      id = groupOfRoot[root] = counts.length;
      counts.push(0);
    }
    created[i] = id;
    counts[id]++;
  }
  const n = counts.length;
  const start = new Int32Array(n + 1);
  for (let id = 0; id < n; id++) start[id + 1] = start[id] + counts[id];
  const fill = start.slice(0, n);
  const rowsOfGroups = new Int32Array(start[n]);
  const posInGroup = new Int32Array(size).fill(-1);
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    const id = created[i];
    if (id < 0) continue;
    posInGroup[i] = fill[id] - start[id];
    rowsOfGroups[fill[id]++] = i;
  }

  // Names, phones, household and key of each group, from its rows in date order.
  const nameSeenIn = new Int32Array(texts.length).fill(-1);
  const phoneSeenIn = new Int32Array(phones.length).fill(-1);
  const multiFile = register.files.length > 1;
  const made: CustomerGroup[] = new Array(n);
  const householdOf = new Int32Array(n);
  for (let id = 0; id < n; id++) {
    const names: string[] = [];
    const groupPhones: string[] = [];
    let minPhone: string | undefined;
    let h = 0;
    for (let k = start[id]; k < start[id + 1]; k++) {
      const i = rowsOfGroups[k];
      const c = customer[i];
      if (c > 0 && nameSeenIn[c] !== id) {
        nameSeenIn[c] = id;
        names.push(texts[c]);
      }
      if (phone[i] >= 0) {
        const p = target[phone[i]];
        if (phoneSeenIn[p] !== id) {
          phoneSeenIn[p] = id;
          const ph = phones[p];
          groupPhones.push(phoneText(ph));
          if (ph.kind === 'full' && (minPhone === undefined || ph.digits < minPhone)) minPhone = ph.digits;
        }
      }
      if (h === 0) h = household[i];
    }
    const first = rowsOfGroups[start[id]];
    const firstName = texts[customer[first]];
    const key = minPhone ?? (texts[h] || (groupPhones[0] ?? '') ||
      (multiFile ? `${firstName}@${register.tables[cols.table[first]].file}` : firstName));
    made[id] = { id, key, rows: rowsOfGroups.subarray(start[id], start[id + 1]), names, phones: groupPhones, household: texts[h] };
    householdOf[id] = h;
  }

  const groups = sortByKey(made);
  const newId = new Int32Array(n);
  const groupHousehold = new Int32Array(n);
  groups.forEach((g, id) => {
    newId[g.id] = id;
    groupHousehold[id] = householdOf[g.id];
    g.id = id;
  });
  const groupOfRow = new Int32Array(size).fill(-1);
  for (let i = 0; i < size; i++) if (created[i] >= 0) groupOfRow[i] = newId[created[i]];
  return { groups, groupOfRow, posInGroup, groupHousehold };
}

/**
 * Groups by Customer Key (UTF-16 code unit order, the same on every machine), equal keys in creation order. The
 * built-in sort without a comparator compares strings natively, several times faster than a JS comparator; groups
 * are then taken back by key, equal keys chained in creation order.
 */
function sortByKey(groups: readonly CustomerGroup[]): CustomerGroup[] {
  const firstOfKey = new Map<string, number>();
  const next = new Int32Array(groups.length).fill(-1);
  const tail = new Int32Array(groups.length);
  for (let id = 0; id < groups.length; id++) {
    const first = firstOfKey.get(groups[id].key);
    if (first === undefined) {
      firstOfKey.set(groups[id].key, id);
      tail[id] = id;
    } else {
      next[tail[first]] = id;
      tail[first] = id;
    }
  }
  const keys = [...firstOfKey.keys()].sort();
  const sorted: CustomerGroup[] = [];
  for (const key of keys) for (let id = firstOfKey.get(key)!; id >= 0; id = next[id]) sorted.push(groups[id]);
  return sorted;
}
