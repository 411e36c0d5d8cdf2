/**
 * Customer identity (SPEC §2): rows that share a normalised phone or a household value belong to one customer
 * group, transitively (夫妻、父母、子女等直系亲属视为同一组客户). Masked phones join the one full phone they can
 * stand for; when they could stand for two, they join neither and the ambiguity is reported. Rows with a name but
 * no phone group by exact name within their file.
 */
import { digitCode, hasLength, unitsValue } from './digit-code';
import { phoneText } from './phone';
import { GroupLookup } from './group-lookup';
import { keyOrder } from './key-order';
import { EVENT_CODE, type Phone, type Register } from './types';

/** One customer group: all the register rows of one customer or household. */
export interface CustomerGroup {
  /** Index in Grouping.groups. */
  id: number;
  /** Customer Key: the smallest normalised full phone, else the household, else the name. */
  key: string;
  /** Indexes of the group's register rows, in date order (same day: file order). */
  readonly rows: Int32Array;
  /** Its first row (rows[0]), without making the rows' view. */
  readonly first: number;
  /** Distinct customer names in order of appearance, separated by 、. */
  customer: string;
  /** Distinct phones as written after normalisation (full or masked), in order of appearance, separated by 、. */
  phone: string;
  household: string;
}

/** A group whose rows are a slice of one buffer shared by all groups (no array of its own per group). */
class GroupRecord implements CustomerGroup {
  constructor(
    public id: number,
    readonly key: string,
    readonly customer: string,
    readonly phone: string,
    readonly household: string,
    private readonly buffer: Int32Array,
    private readonly start: number,
    private readonly end: number,
  ) {}

  get rows(): Int32Array {
    return this.buffer.subarray(this.start, this.end);
  }

  get first(): number {
    return this.buffer[this.start];
  }
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
  /**
   * Groups numbered in order of arrival (their first event), per register row (-1 for rows about no customer).
   * The ownership walk keeps its state in this numbering: groups active at the same time then sit together in
   * memory, where Customer Key order would scatter them.
   */
  arrivalOfRow: Int32Array;
  /** Group id of each arrival number, and arrival number of each group id. */
  groupOfArrival: Int32Array;
  arrivalOfGroup: Int32Array;
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

/**
 * Union-find with path halving over identity nodes: one per phone, per household and per name without a phone.
 * Rows point at their node, so a million rows cost a few hundred thousand nodes and a join per household row.
 */
class Unions {
  private parent: Int32Array;
  private count = 0;
  constructor(capacity: number) {
    this.parent = new Int32Array(Math.max(16, capacity));
  }
  /** A new node of its own. */
  add(): number {
    if (this.count === this.parent.length) {
      const bigger = new Int32Array(this.parent.length * 2);
      bigger.set(this.parent);
      this.parent = bigger;
    }
    this.parent[this.count] = this.count;
    return this.count++;
  }
  get size(): number {
    return this.count;
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
function resolveMasks(phones: readonly Phone[], codes: Float64Array): { target: Int32Array; ambiguous: Map<number, string[]> } {
  const target = new Int32Array(phones.length);
  for (let id = 0; id < phones.length; id++) target[id] = id;
  const ambiguous = new Map<number, string[]>();
  // Masks by shape (prefix length, suffix length, total length); full phones are matched to them shape by shape,
  // by the number their visible digits make, read off their digit codes, so a register without masks pays nothing.
  const shapes = new Map<string, number[]>();
  phones.forEach((p, id) => {
    if (codes[id] === codes[id] || p.kind !== 'masked') return; // full phones have a code: no need to read them
    const shape = `${p.prefix.length}/${p.suffix.length}/${p.length}`;
    const list = shapes.get(shape);
    if (list) list.push(id); else shapes.set(shape, [id]);
  });
  for (const ids of shapes.values()) {
    const { prefix: { length: pl }, suffix: { length: sl }, length } = phones[ids[0]] as Masked;
    // Full phones have at most 15 digits (see normalisePhone), so a longer mask matches none; shorter ones have at
    // most 15 visible digits, which make an exact number.
    if (length > 15) continue;
    // Visible digits as one number (read off digit codes in base 11, see unitsValue) → full phone ids.
    const wanted = new Map<number, number[]>();
    const visible = (code: number, length: number): number => unitsValue(code, 0, pl) * 11 ** sl + unitsValue(code, length - sl, length);
    const maskKey = (m: Masked): number => visible(digitCode(m.prefix + m.suffix), pl + sl);
    for (const id of ids) wanted.set(maskKey(phones[id] as Masked), []);
    for (let id = 0; id < codes.length; id++) {
      const code = codes[id];
      if (code === code && hasLength(code, length)) wanted.get(visible(code, length))?.push(id);
    }
    for (const id of ids) {
      const candidates = wanted.get(maskKey(phones[id] as Masked))!;
      if (candidates.length === 1) target[id] = candidates[0];
      else if (candidates.length > 1) ambiguous.set(id, candidates.map((c) => phoneText(phones[c])).sort());
    }
  }
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
  const { target, ambiguous } = resolveMasks(register.phones, register.phoneCodes);
  // A flag per phone id: checked for every row, where a map lookup would cost more than the rare ambiguity.
  const isAmbiguous = new Uint8Array(register.phones.length);
  for (const id of ambiguous.keys()) isAmbiguous[id] = 1;
  // Nodes 0..phones-1 are the phones (a masked phone that stands for a full one uses that one's node).
  const unions = new Unions(register.phones.length * 1.25);
  for (let p = 0; p < register.phones.length; p++) unions.add();
  const nodeOfHousehold = new Int32Array(useHousehold ? texts.length : 0).fill(-1);
  // Rows without a phone group by name within their file: key = file index × texts + name id.
  const fileOfTable = tables.map((t) => files.indexOf(t.file));
  const nodeOfName = new Map<number, number>();
  const nodeOfRow = new Int32Array(size).fill(-1);
  const ambiguities: MaskAmbiguity[] = [];
  const { event, phone, household, customer, table } = cols;
  const leave = EVENT_CODE.leave, penalty = EVENT_CODE.penalty;
  for (let i = 0; i < size; i++) {
    // Leave rows, and penalty rows that name no customer, are about no customer group.
    if (event[i] === leave || (event[i] === penalty && phone[i] < 0 && customer[i] === 0)) continue;
    const id = phone[i];
    let node: number;
    if (id >= 0) {
      node = target[id];
      if (isAmbiguous[id] === 1) ambiguities.push({ row: i, mask: phoneText(register.phones[id]), candidates: ambiguous.get(id)! });
    } else {
      const key = fileOfTable[table[i]] * texts.length + customer[i];
      node = nodeOfName.get(key) ?? -1;
      if (node < 0) nodeOfName.set(key, (node = unions.add()));
    }
    nodeOfRow[i] = node;
    const h = household[i];
    if (useHousehold && h > 0) {
      if (nodeOfHousehold[h] < 0) nodeOfHousehold[h] = unions.add();
      unions.join(nodeOfHousehold[h], node);
    }
  }
  const order = dateOrder(cols.date);
  const collected = collectGroups(register, unions, nodeOfRow, target, order);
  const { groups, groupOfRow, groupHousehold } = collected;
  const lookup = new GroupLookup(register, groups, groupOfRow, () => phoneRows(register.phones.length, target, nodeOfRow, phone), groupHousehold);
  return {
    groups, order, posInGroup: collected.posInGroup, groupOfRow, arrivalOfRow: collected.arrivalOfRow,
    groupOfArrival: collected.groupOfArrival, arrivalOfGroup: collected.arrivalOfGroup, ambiguities, find: (text) => lookup.find(text),
  };
}

/** Per phone id, a row holding that phone when the phone stands for itself (else -1): what lookups by phone need. */
function phoneRows(phones: number, target: Int32Array, nodeOfRow: Int32Array, phone: Int32Array): Int32Array {
  const rowOf = new Int32Array(phones).fill(-1);
  for (let i = 0; i < nodeOfRow.length; i++) {
    const p = phone[i];
    if (p >= 0 && nodeOfRow[i] >= 0 && rowOf[target[p]] < 0) rowOf[target[p]] = i;
  }
  return rowOf;
}

/** Groups in Customer Key order with their rows, and each row's group and place in it. */
interface Collected {
  groups: GroupRecord[];
  groupOfRow: Int32Array;
  arrivalOfRow: Int32Array;
  groupOfArrival: Int32Array;
  arrivalOfGroup: Int32Array;
  posInGroup: Int32Array;
  /** Text id of each group's household (0 for none). */
  groupHousehold: Int32Array;
}

function collectGroups(register: Register, unions: Unions, nodeOfRow: Int32Array, target: Int32Array, order: Int32Array): Collected {
  const { size, cols, texts, phones, phoneCodes } = register;
  const { phone, customer, household } = cols;
  // Groups are first numbered by their first row (date order), then renumbered in Customer Key order. Rows are laid
  // out group after group in one buffer: counting first, then filling, so no group needs an array of its own.
  const groupOfRoot = new Int32Array(unions.size).fill(-1);
  const arrivalOfRow = new Int32Array(size).fill(-1);
  const counts = new Int32Array(unions.size); // rows per group: there are at most as many groups as roots
  let n = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    if (nodeOfRow[i] < 0) continue;
    const root = unions.root(nodeOfRow[i]);
    let id = groupOfRoot[root];
    if (id < 0) id = groupOfRoot[root] = n++;
    arrivalOfRow[i] = id;
    counts[id]++;
  }
  const start = new Int32Array(n + 1);
  for (let id = 0; id < n; id++) start[id + 1] = start[id] + counts[id];
  const fill = start.slice(0, n);
  const rowsOfGroups = new Int32Array(start[n]);
  const posInGroup = new Int32Array(size).fill(-1);
  // What the per-group pass below reads of each row is copied next to the row's place in its group: rows are read
  // here in date order (close to file order), and the per-group pass then reads its slots in sequence.
  const nameAt = new Int32Array(rowsOfGroups.length);
  const phoneAt = new Int32Array(rowsOfGroups.length);
  const householdAt = new Int32Array(rowsOfGroups.length);
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    const id = arrivalOfRow[i];
    if (id < 0) continue;
    const slot = fill[id]++;
    posInGroup[i] = slot - start[id];
    rowsOfGroups[slot] = i;
    nameAt[slot] = customer[i];
    phoneAt[slot] = phone[i] >= 0 ? target[phone[i]] : -1;
    householdAt[slot] = household[i];
  }

  // Names, phones, household and key of each group, from its rows in date order.
  const nameSeenIn = new Int32Array(texts.length).fill(-1);
  const phoneSeenIn = new Int32Array(phones.length).fill(-1);
  const multiFile = register.files.length > 1;
  const made: GroupRecord[] = new Array(n);
  const keys: string[] = new Array(n);
  const keyCodes = new Float64Array(n);
  const householdOf = new Int32Array(n);
  for (let id = 0; id < n; id++) {
    // Most groups have one name and one phone: the lists are the texts themselves, joined only when there are more.
    let names = '';
    let groupPhones = '';
    let firstPhone = '';
    let minCode = NaN;
    let minPhone = -1;
    let h = 0;
    for (let k = start[id]; k < start[id + 1]; k++) {
      const c = nameAt[k];
      if (c > 0 && nameSeenIn[c] !== id) {
        nameSeenIn[c] = id;
        names = names ? `${names}、${texts[c]}` : texts[c];
      }
      const p = phoneAt[k];
      if (p >= 0) {
        if (phoneSeenIn[p] !== id) {
          phoneSeenIn[p] = id;
          const text = phoneText(phones[p]);
          if (groupPhones) groupPhones = `${groupPhones}、${text}`; else groupPhones = firstPhone = text;
          // Digit codes order like the texts, so the smallest full phone is found without reading texts.
          const code = phoneCodes[p];
          if (code === code && !(code >= minCode)) {
            minCode = code;
            minPhone = p;
          }
        }
      }
      if (h === 0) h = householdAt[k];
    }
    const first = rowsOfGroups[start[id]];
    const firstName = texts[customer[first]];
    const key = minPhone >= 0 ? phoneText(phones[minPhone]) : (texts[h] || firstPhone ||
      (multiFile ? `${firstName}@${register.tables[cols.table[first]].file}` : firstName));
    keys[id] = key;
    keyCodes[id] = minCode;
    made[id] = new GroupRecord(id, key, names, groupPhones, texts[h], rowsOfGroups, start[id], start[id + 1]);
    householdOf[id] = h;
  }

  // Renumber in Customer Key order (equal keys in arrival order).
  const byKey = keyOrder(keys, keyCodes);
  const groups: GroupRecord[] = [];
  const groupOfArrival = new Int32Array(n);
  const arrivalOfGroup = new Int32Array(n);
  const groupHousehold = new Int32Array(n);
  for (let id = 0; id < n; id++) {
    const arrival = byKey[id];
    const g = made[arrival];
    g.id = id;
    groups.push(g);
    groupOfArrival[arrival] = id;
    arrivalOfGroup[id] = arrival;
    groupHousehold[id] = householdOf[arrival];
  }
  const groupOfRow = new Int32Array(size).fill(-1);
  for (let i = 0; i < size; i++) if (arrivalOfRow[i] >= 0) groupOfRow[i] = groupOfArrival[arrivalOfRow[i]];
  return { groups, groupOfRow, arrivalOfRow, groupOfArrival, arrivalOfGroup, posInGroup, groupHousehold };
}
