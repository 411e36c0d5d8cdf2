/**
 * Deal-case tables (成交分成表): the split of a deal as data. A table is compiled once per evaluation — each
 * condition cell into a test on one number, each share set into whole-number weights — and a deal's facts are
 * numbers in a small array (see deal-facts.ts), so choosing the case of a deal is a few comparisons.
 *
 * Without `deal_cases` in the policy, the split keys of SPEC §4 compile into the default table: company customer,
 * employee introduction, household members received by different salespeople, assist on a protected customer,
 * else the closer alone, each row keeping the reason text it always had.
 */
import { ConditionSyntaxError, parseCondition } from '../grade/conditions';
import type { DealCaseInput, OwnershipPolicy } from '../policy/schema';
import { PolicyError } from '../policy/validate';
import type { SplitRole } from '../types';
import { parseYesNo } from '../values';
import { wholeWeights } from './allocation';
import { DEAL_FACTS, DEAL_FACT_NAMES, roleOfLabel, type AfterDeal, type CaseRole, type DealFact } from './case-names';

/** Index of each fact in a deal's fact array. */
export const FACT_INDEX = Object.fromEntries(DEAL_FACT_NAMES.map((f, i) => [f, i])) as Record<DealFact, number>;

/** The five cases of SPEC §4, whose rows keep their own reason text; `table` marks a row of a written table. */
export type CaseKind = 'company' | 'introducer' | 'household' | 'assist' | 'alone' | 'table';

/** One party of a case row: a role resolved per deal, or a party named in the row. */
export interface CaseParty {
  role: CaseRole | null;
  /** The party's name when `role` is null. */
  name: string;
  /** The Role cell of its Splits line. */
  label: SplitRole;
}

/** One test of a row: fact index and the test on its value. */
interface FactTest {
  fact: number;
  test: (value: number) => boolean;
}

/** A compiled case row. */
export interface CaseRow {
  /** 1-based row number in the table (a Rules sheet's own row number when read from one). */
  row: number;
  kind: CaseKind;
  tests: readonly FactTest[];
  /** The conditions as written, for reasons and the printed table. */
  when: Readonly<Partial<Record<DealFact, string>>>;
  parties: readonly CaseParty[];
  credit: readonly number[];
  commission: readonly number[];
  creditWeights: readonly bigint[];
  commissionWeights: readonly bigint[];
  after: AfterDeal;
  note: string;
}

/** A compiled deal-case table. */
export interface CaseTable {
  rows: readonly CaseRow[];
  /** Whether it was written in the policy (false: compiled from the SPEC §4 keys). */
  written: boolean;
  /** Facts any row tests, and roles any row pays: what per-deal work is needed. */
  facts: ReadonlySet<DealFact>;
  roles: ReadonlySet<CaseRole>;
  /** Whether a row changes ownership after the deal (then the walk chooses cases as it meets deals). */
  changesOwnership: boolean;
}

/** The test of one condition cell on a fact, or null for "any". Throws PolicyError naming the row and fact. */
function factTest(fact: DealFact, raw: string | number | boolean, where: string): FactTest | null {
  const info: { kind: string; values?: readonly string[] } = DEAL_FACTS[fact];
  const text = typeof raw === 'boolean' ? (raw ? 'yes' : 'no') : String(raw).trim();
  const fail = (allowed: string): never => {
    throw new PolicyError(`${where}: fact ${fact} (${DEAL_FACTS[fact].zh}): value "${text}" is not allowed; expected ${allowed}`, 'deal_cases', raw);
  };
  let condition;
  try {
    condition = parseCondition(text);
  } catch (e) {
    if (!(e instanceof ConditionSyntaxError)) throw e;
    return fail(info.kind === 'days' ? 'a test on days such as >30, <=30, [0..30] or -' : info.kind === 'yes/no' ? 'yes, no or -' : `one or more of ${info.values!.join(', ')}, or -`);
  }
  if (condition === null) return null;
  const f = FACT_INDEX[fact];
  if (info.kind === 'days') {
    if (condition.alternatives.some((a) => a.kind !== 'range')) fail('a test on days such as >30, <=30, [0..30] or -');
    return { fact: f, test: (v) => v === v && condition.testNumber(v) };
  }
  if (info.kind === 'yes/no') {
    const yes = typeof raw === 'boolean' ? raw : parseYesNo(text);
    if (yes === null || text === '') fail('yes, no or -');
    const want = yes ? 1 : 0;
    return { fact: f, test: (v) => v === want };
  }
  let mask = 0;
  for (const a of condition.alternatives) {
    const k = a.kind === 'text' ? info.values!.indexOf(a.value.toLowerCase()) : -1;
    if (k < 0) fail(`one or more of ${info.values!.join(', ')} (in quotes, separated by commas), or -`);
    mask |= 1 << k;
  }
  return { fact: f, test: (v) => ((mask >> v) & 1) === 1 };
}

/** Party labels of the Role column for each role code. */
const ROLE_LABEL: Record<CaseRole, SplitRole> = {
  owner: 'owner', closer: 'closer', first_receiver: 'first receiver', designated: 'designated',
  referrer_owner: "referrer's owner", introducer: 'introducer', pool: 'pool', department: 'department',
};

/** Compile one written row (`n` is its row number, `where` names it for messages). */
function compileRow(input: DealCaseInput, n: number, where: string): CaseRow {
  const tests: FactTest[] = [];
  const when: Partial<Record<DealFact, string>> = {};
  for (const fact of DEAL_FACT_NAMES) {
    const raw = input.when[fact];
    if (raw === undefined) continue;
    const t = factTest(fact, raw, where);
    if (t) {
      tests.push(t);
      when[fact] = typeof raw === 'boolean' ? (raw ? 'yes' : 'no') : String(raw).trim();
    }
  }
  const commission = input.commission ?? input.credit;
  // Parties in the order the commission lists them (ties in rounding go to the earlier), then credit-only ones.
  const names = [...new Set([...Object.keys(commission), ...Object.keys(input.credit)])];
  const parties = names.map((name): CaseParty => {
    const role = roleOfLabel(name);
    return { role, name: role ? '' : name.trim(), label: role ? ROLE_LABEL[role] : 'party' };
  });
  const credit = names.map((p) => input.credit[p] ?? 0);
  const paid = names.map((p) => commission[p] ?? 0);
  return {
    row: n, kind: 'table', tests, when, parties, credit, commission: paid,
    creditWeights: wholeWeights(credit), commissionWeights: wholeWeights(paid), after: input.after, note: input.note,
  };
}

/** A row of the default table. */
function defaultRow(
  n: number, kind: CaseKind, when: Partial<Record<DealFact, string>>, parties: readonly CaseParty[], credit: number[], commission: number[],
): CaseRow {
  const tests = (Object.keys(when) as DealFact[]).map((f) => factTest(f, when[f]!, `default deal case ${n}`)!);
  return {
    row: n, kind, tests, when, parties, credit, commission, creditWeights: wholeWeights(credit),
    commissionWeights: wholeWeights(commission), after: 'keep', note: '',
  };
}

const party = (role: CaseRole, label: SplitRole = ROLE_LABEL[role]): CaseParty => ({ role, name: '', label });

/** The SPEC §4 keys as a table: the five fixed cases in their order. */
function defaultRows(policy: OwnershipPolicy): CaseRow[] {
  const { company_pool_commission: pool, introducer_commission: intro, household_split: home, assist_credit: ac, assist_commission: am } = policy;
  const homePaid = policy.household_commission ?? home;
  const held = '"protected","locked"';
  return [
    defaultRow(1, 'company', { company: policy.company_requires_new ? 'new' : '"new","registered"' },
      [party('pool'), party('closer')], [0, 100], [pool.pool, pool.closer]),
    defaultRow(2, 'introducer', { introduced: policy.introduction_before_registration ? 'before_registration' : '"before_registration","after_registration"' },
      [party('introducer'), party('closer')], [0, 100], [intro.introducer, intro.closer]),
    defaultRow(3, 'household', { closer_is_owner: 'no', owner_status: held, household_receivers: 'yes' },
      [party('owner', 'first receiver'), party('closer', 'second receiver')], [home.first, home.second], [homePaid.first, homePaid.second]),
    defaultRow(4, 'assist', { closer_is_owner: 'no', owner_status: held },
      [party('owner'), party('closer')], [ac.owner, ac.closer], [am.owner, am.closer]),
    defaultRow(5, 'alone', {}, [party('closer')], [100], [100]),
  ];
}

/**
 * The policy's deal-case table: `deal_cases` when written (rows numbered by their `row`, a Rules sheet's own row
 * number, else their place), else the default table of the SPEC §4 keys. Throws PolicyError naming the row for a bad condition.
 */
export function compileCaseTable(policy: OwnershipPolicy): CaseTable {
  const written = policy.deal_cases !== null;
  const rows = written
    ? policy.deal_cases!.map((r, k) => compileRow(r, r.row ?? k + 1, `key deal_cases row ${r.row ?? k + 1}`))
    : defaultRows(policy);
  const facts = new Set<DealFact>();
  const roles = new Set<CaseRole>();
  for (const r of rows) {
    for (const f of Object.keys(r.when) as DealFact[]) facts.add(f);
    for (const p of r.parties) if (p.role) roles.add(p.role);
  }
  // The default household row only matters when households are grouped; its fact is then needed.
  if (!written && !policy.household_grouping) facts.delete('household_receivers');
  if (!written && policy.introducers.length === 0) facts.delete('introduced');
  return { rows, written, facts, roles, changesOwnership: rows.some((r) => r.after !== 'keep') };
}

/** The first row whose tests all hold for `facts` (hit policy FIRST), or null when none does (a gap). */
export function chooseRow(table: CaseTable, facts: Float64Array): CaseRow | null {
  const { rows } = table;
  for (let r = 0; r < rows.length; r++) {
    const tests = rows[r].tests;
    let k = 0;
    while (k < tests.length && tests[k].test(facts[tests[k].fact])) k++;
    if (k === tests.length) return rows[r];
  }
  return null;
}
