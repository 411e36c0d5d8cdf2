/**
 * Finding the customer group a text names (SPEC §2): a Customer Key, a phone (full or masked, written any way), a
 * household or a customer name, in that precedence; among groups of equal standing the first in Customer Key order
 * wins. Used for referrers (老带新) and for the add-in's lookups of one customer.
 *
 * Everything is looked up by id: the register already knows the id of every text and phone it holds, so a
 * lookup costs a few map reads instead of an index of every name, phone and key of every group.
 */
import { phoneKey } from './phone';
import type { CustomerGroup } from './grouping';
import type { Register } from './types';

/** Group lookups over one grouping of a register. */
export class GroupLookup {
  /** First group (in key order) per customer-name text id; built on first use. */
  private groupOfName: Int32Array | null = null;
  /** A row per phone id (see the constructor); built on first use. */
  private firstOfPhone: Int32Array | null = null;
  /** First group (in key order) per household text id; built on first use. */
  private groupOfHousehold: Map<number, number> | null = null;

  /**
   * `phoneRows` gives, per phone id, a row holding that phone when the phone stands for itself (a masked phone
   * that resolved to a full one has none), made on the first lookup by phone; `groupHousehold` is each group's
   * household text id.
   */
  constructor(
    private readonly register: Register,
    private readonly groups: readonly CustomerGroup[],
    private readonly groupOfRow: Int32Array,
    private readonly phoneRows: () => Int32Array,
    private readonly groupHousehold: Int32Array,
  ) {}

  /** The group `text` names (as written, else as a normalised phone), or -1. */
  find(text: string): number {
    const t = text.trim();
    if (!t) return -1;
    const found = this.findForm(t);
    if (found >= 0) return found;
    const digits = phoneKey(t);
    return digits ? this.findForm(digits) : -1;
  }

  private findForm(form: string): number {
    const byKeyOrPhone = minFound(this.byKey(form), this.byPhone(form));
    if (byKeyOrPhone >= 0) return byKeyOrPhone;
    const id = this.register.textId(form);
    if (id <= 0) return -1;
    const household = this.households().get(id) ?? -1;
    return household >= 0 ? household : this.names()[id];
  }

  /** First group whose Customer Key is `form` (binary search: groups are in key order). */
  private byKey(form: string): number {
    let lo = 0, hi = this.groups.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.groups[mid].key < form) lo = mid + 1; else hi = mid;
    }
    return lo < this.groups.length && this.groups[lo].key === form ? lo : -1;
  }

  /** The group listing phone `form` (a phone belongs to one group). */
  private byPhone(form: string): number {
    const p = this.register.phoneId(form);
    const row = p >= 0 ? (this.firstOfPhone ??= this.phoneRows())[p] : -1;
    return row >= 0 ? this.groupOfRow[row] : -1;
  }

  private households(): Map<number, number> {
    if (!this.groupOfHousehold) {
      this.groupOfHousehold = new Map();
      this.groupHousehold.forEach((h, g) => {
        if (h > 0 && !this.groupOfHousehold!.has(h)) this.groupOfHousehold!.set(h, g);
      });
    }
    return this.groupOfHousehold;
  }

  private names(): Int32Array {
    if (!this.groupOfName) {
      const { size, cols, texts } = this.register;
      const first = new Int32Array(texts.length).fill(-1);
      for (let i = 0; i < size; i++) {
        const c = cols.customer[i];
        const g = this.groupOfRow[i];
        if (c > 0 && g >= 0 && (first[c] < 0 || g < first[c])) first[c] = g;
      }
      this.groupOfName = first;
    }
    return this.groupOfName;
  }
}

/** The smaller of two group ids, ignoring -1 (not found). */
function minFound(a: number, b: number): number {
  if (a < 0) return b;
  return b < 0 ? a : Math.min(a, b);
}
