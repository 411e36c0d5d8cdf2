/**
 * Customer identity (SPEC §2): rows that share a normalised phone or a household value belong to one customer
 * group, transitively (夫妻、父母、子女等直系亲属视为同一组客户). Masked phones join the one full phone they can
 * stand for; when they could stand for two, they join neither and the ambiguity is reported. Rows with a name but
 * no phone group by exact name within their file.
 */
import { maskMatches, phoneKey, phoneText } from './phone';
import type { Phone, Register, RegisterRow } from './types';

/** One customer group: all the register rows of one customer or household. */
export interface CustomerGroup {
  /** Index in Grouping.groups. */
  id: number;
  /** Customer Key: the smallest normalised full phone, else the household, else the name. */
  key: string;
  /** Indexes into register.rows, in date order (same day: file order). */
  rows: number[];
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
  /** The group a phone, household or customer name names, or -1. */
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

/** Row indexes by date, then file order. Sorting packed numeric keys is several times faster than a comparator. */
export function dateOrder(rows: readonly RegisterRow[]): Int32Array {
  const span = 2 ** 21; // keys (day, row) stay exact below 2^53 for registers up to two million rows
  if (rows.length >= span) {
    return Int32Array.from(rows.keys()).sort((a, b) => rows[a].date - rows[b].date || a - b);
  }
  const keys = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) keys[i] = (rows[i].date + 100_000) * span + i;
  keys.sort();
  const order = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) order[i] = keys[i] % span;
  return order;
}

/** Build the customer groups of a register. */
export function groupCustomers(register: Register, options: GroupingOptions = {}): Grouping {
  const { rows } = register;
  const useHousehold = options.household ?? true;
  const unions = new Unions(rows.length);
  const { target, ambiguous } = resolveMasks(register.phones);
  const firstOfPhone = new Int32Array(register.phones.length).fill(-1);
  const firstOfHousehold = new Int32Array(register.households).fill(-1);
  const byName = new Map<string, number>();
  const ambiguities: MaskAmbiguity[] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r.event === 'leave') continue;
    if (r.phoneId >= 0) {
      const p = target[r.phoneId];
      if (firstOfPhone[p] < 0) firstOfPhone[p] = i; else unions.join(firstOfPhone[p], i);
      const candidates = ambiguous.get(r.phoneId);
      if (candidates) ambiguities.push({ row: i, mask: phoneText(r.phone), candidates });
    } else {
      joinFirst(byName, `${r.file}\u0000${r.customer}`, i, unions);
    }
    if (useHousehold && r.householdId >= 0) {
      const h = r.householdId;
      if (firstOfHousehold[h] < 0) firstOfHousehold[h] = i; else unions.join(firstOfHousehold[h], i);
    }
  }
  return collectGroups(register, unions, target, ambiguities, dateOrder(rows));
}

function joinFirst(map: Map<string, number>, key: string, i: number, unions: Unions): void {
  const first = map.get(key);
  if (first === undefined) map.set(key, i); else unions.join(first, i);
}

function collectGroups(
  register: Register, unions: Unions, target: Int32Array, ambiguities: MaskAmbiguity[], order: Int32Array,
): Grouping {
  const { rows, phones } = register;
  // Groups are first numbered by their first row (date order), then renumbered in Customer Key order.
  const groupOfRoot = new Int32Array(rows.length).fill(-1);
  const firstOrder = new Int32Array(rows.length).fill(-1);
  const posInGroup = new Int32Array(rows.length).fill(-1);
  const phoneSeenIn = new Int32Array(phones.length).fill(-1);
  const groups: CustomerGroup[] = [];
  const minPhone: (string | undefined)[] = [];
  for (const i of order) {
    const r = rows[i];
    if (r.event === 'leave') continue;
    const root = unions.root(i);
    let id = groupOfRoot[root];
    if (id < 0) {
      id = groupOfRoot[root] = groups.length;
      groups.push({ id, key: '', rows: [], names: [], phones: [], household: '' });
      minPhone.push(undefined);
    }
    const g = groups[id];
    posInGroup[i] = g.rows.length;
    g.rows.push(i);
    firstOrder[i] = id;
    // Pooled strings: includes() finds an equal name by pointer.
    if (r.customer && !g.names.includes(r.customer)) g.names.push(r.customer);
    if (r.phoneId >= 0) {
      const p = target[r.phoneId];
      if (phoneSeenIn[p] !== id) {
        phoneSeenIn[p] = id;
        const phone = phones[p];
        g.phones.push(phoneText(phone));
        if (phone.kind === 'full' && (minPhone[id] === undefined || phone.digits < minPhone[id]!)) minPhone[id] = phone.digits;
      }
    }
    if (r.household && !g.household) g.household = r.household;
  }
  const multiFile = register.files.length > 1;
  groups.forEach((g, id) => {
    const first = rows[g.rows[0]];
    g.key = minPhone[id] ?? (g.household || (g.phones[0] ?? '') || (multiFile ? `${first.customer}@${first.file}` : first.customer));
  });
  const sorted = sortByKey(groups);
  const newId = new Int32Array(sorted.length);
  sorted.forEach((g, id) => { newId[g.id] = id; g.id = id; });
  const groupOfRow = new Int32Array(rows.length).fill(-1);
  for (let i = 0; i < rows.length; i++) if (firstOrder[i] >= 0) groupOfRow[i] = newId[firstOrder[i]];
  return { groups: sorted, order, posInGroup, groupOfRow, ambiguities, find: finder(sorted) };
}

/**
 * Groups by Customer Key (UTF-16 code unit order, the same on every machine), equal keys in creation order. The
 * built-in sort without a comparator compares strings natively, several times faster than a JS comparator.
 */
function sortByKey(groups: readonly CustomerGroup[]): CustomerGroup[] {
  const width = String(groups.length).length;
  const tagged = groups.map((g) => `${g.key}\u0000${String(g.id).padStart(width, '0')}`).sort();
  return tagged.map((t) => groups[Number(t.slice(t.lastIndexOf('\u0000') + 1))]);
}

/** The forms a customer reference may be looked up by: as written, and as a normalised phone. */
function lookupForms(text: string): [string, string] {
  const t = text.trim();
  return [t, phoneKey(t)];
}

/**
 * Index groups by Customer Key, phone (full or masked), household and customer name, in that precedence (the first
 * group in key order wins a name shared by several). With `wanted`, only those texts are indexed: resolving a few
 * thousand referrers must not pay for an index of every name.
 */
function indexGroups(groups: readonly CustomerGroup[], wanted?: ReadonlySet<string>): Map<string, number> {
  const map = new Map<string, number>();
  const put = (k: string, id: number): void => { if (k && (!wanted || wanted.has(k)) && !map.has(k)) map.set(k, id); };
  for (const g of groups) { put(g.key, g.id); for (const p of g.phones) put(p, g.id); }
  for (const g of groups) put(g.household, g.id);
  for (const g of groups) for (const n of g.names) put(n, g.id);
  return map;
}

function lookup(index: Map<string, number>, text: string): number {
  const [t, digits] = lookupForms(text);
  return index.get(t) ?? index.get(digits) ?? -1;
}

/** Lookup of a group by Customer Key, phone (full or masked), household or customer name; built on first use. */
function finder(groups: readonly CustomerGroup[]): (text: string) => number {
  let index: Map<string, number> | null = null;
  return (text: string): number => (text.trim() ? lookup((index ??= indexGroups(groups)), text) : -1);
}

/** Resolve many customer references at once (e.g. every referrer of a register): text → group id, -1 when none. */
export function findGroups(grouping: Pick<Grouping, 'groups'>, texts: Iterable<string>): Map<string, number> {
  const wanted = new Set<string>();
  for (const t of texts) for (const form of lookupForms(t)) if (form) wanted.add(form);
  const index = indexGroups(grouping.groups, wanted);
  const found = new Map<string, number>();
  for (const t of texts) found.set(t, t.trim() ? lookup(index, t) : -1);
  return found;
}
