/**
 * The facts of one deal that a deal-case table tests (case-names.ts), worked out once per deal. Facts that rest on
 * the group's history before the deal (its first reception, an introducer, a designation, household receivers)
 * read the group's rows up to the deal, and only when the table tests them or pays a role they name.
 */
import type { Grouping } from '../grouping';
import type { DealRecord } from '../owner/walk';
import type { OwnershipPolicy } from '../policy/schema';
import type { Register } from '../types';
import { EVENT_CODE } from '../types';
import { parseYesNo } from '../values';
import { DEAL_FACTS, DEAL_FACT_NAMES } from './case-names';
import { FACT_INDEX, type CaseTable } from './case-table';

const F = FACT_INDEX;
const choice = (fact: 'owner_status' | 'designated' | 'referral' | 'introduced' | 'company' | 'contract_names', value: string): number =>
  (DEAL_FACTS[fact].values as readonly string[]).indexOf(value);
const REGISTERED = choice('company', 'registered');
const NEW = choice('company', 'new');

/** What a deal's parties and reason need besides the facts. People are text ids (0: none); rows -1 for none. */
export interface DealContext {
  facts: Float64Array;
  /** The team that made it a company customer, or 0. */
  companyTeam: number;
  /** First row naming an employee introducer, or -1. */
  introRow: number;
  firstReceiver: number;
  designated: number;
  referrerOwner: number;
}

/** A context with no facts found yet, over `facts` (all 0). */
function emptyContext(facts: Float64Array): DealContext {
  return { facts, companyTeam: 0, introRow: -1, firstReceiver: 0, designated: 0, referrerOwner: 0 };
}

/** What fact-finding needs, made once per evaluation. */
export class DealFactFinder {
  private readonly introducers: Set<number>;
  private readonly companyTeams: Set<number>;
  private readonly claims: Uint8Array;
  /** The owner of the group a referrer names on the day of the deal, or 0; the walk sets it when it chooses cases. */
  ownerOfReferrer: (referrer: number) => number = () => 0;
  /** Whether the group's rows must be read (a history fact is tested or a history role is paid). */
  readonly needsHistory: boolean;
  /** Whether they must be read for households only (the household fact is the only history fact tested). */
  private readonly householdsOnly: boolean;
  /** Whether the table tests the facts read from the deal row's own cells (each costs a text read per deal). */
  private readonly testsAbsent: boolean;
  private readonly testsRecognised: boolean;
  private readonly testsContract: boolean;

  constructor(
    private readonly register: Register,
    private readonly grouping: Grouping,
    private readonly policy: OwnershipPolicy,
    table: CaseTable,
    claims: Uint8Array,
  ) {
    const ids = (names: readonly string[]): Set<number> => new Set(names.map((n) => register.textId(n)).filter((id) => id > 0));
    this.introducers = ids(policy.introducers);
    this.companyTeams = ids(policy.company_teams);
    this.claims = claims;
    const history = ['days_since_first', 'same_day_as_assist', 'designated', 'referral', 'introduced'] as const;
    const other = history.some((f) => table.facts.has(f))
      || ['first_receiver', 'designated', 'referrer_owner', 'introducer'].some((r) => table.roles.has(r as never))
      || table.rows.some((r) => r.after === 'designated');
    const households = table.facts.has('household_receivers') && policy.household_grouping;
    this.needsHistory = other || households;
    this.householdsOnly = !other && households;
    this.testsAbsent = table.facts.has('owner_absent');
    this.testsRecognised = table.facts.has('recognised');
    this.testsContract = table.facts.has('contract_names');
  }

  /** One context reused deal after deal when nothing keeps it (see find). */
  private readonly scratch: DealContext = emptyContext(new Float64Array(DEAL_FACT_NAMES.length));

  /**
   * The facts and context of `deal` (its row is `deal.row`). With `keep` false the answer is only good until the
   * next call (the split reads it at once); a case chosen during the walk keeps its own.
   */
  find(deal: DealRecord, keep = true): DealContext {
    const { cols, texts } = this.register;
    const i = deal.row;
    const context = keep ? emptyContext(new Float64Array(DEAL_FACT_NAMES.length)) : Object.assign(this.scratch, emptyContext(this.scratch.facts.fill(0)));
    const { facts } = context;
    const group = this.grouping.groups[deal.group];
    facts[F.owner_status] = deal.status;
    facts[F.closer_is_owner] = deal.recordedOwner !== 0 && deal.recordedOwner === deal.closer ? 1 : 0;
    facts[F.days_since_claim] = deal.recordedOwner !== 0 ? cols.date[i] - deal.ownerSince : NaN;
    // Company customer (公司客户): the deal row's team or the group's first team; registered when the group was
    // first registered under another team (by a salesperson).
    const firstTeam = cols.team[group.first];
    const dealTeam = cols.team[i];
    let companyTeam = 0;
    if (this.companyTeams.size > 0) {
      if (this.companyTeams.has(dealTeam)) companyTeam = dealTeam;
      else if (this.companyTeams.has(firstTeam)) companyTeam = firstTeam;
      if (companyTeam) facts[F.company] = this.companyTeams.has(firstTeam) ? NEW : REGISTERED;
    }
    // Facts from the deal row's own columns, when the table tests them and the register has them (id 0 is a blank
    // cell); an untested fact never decides a row.
    if (this.testsAbsent && cols.absent[i]) facts[F.owner_absent] = yes(texts[cols.absent[i]]);
    if (this.testsRecognised && cols.recognised[i]) facts[F.recognised] = parseYesNo(texts[cols.recognised[i]]) === true ? 1 : 0;
    if (this.testsContract && cols.contract_names[i]) facts[F.contract_names] = contractNames(texts[cols.contract_names[i]], texts[deal.recordedOwner], texts[deal.closer]);
    context.companyTeam = companyTeam;
    // Only a household's rows can tell household receivers apart: other groups are not read for that fact alone.
    if (this.needsHistory && (!this.householdsOnly || group.household !== '')) this.readHistory(deal, context);
    else facts[F.days_since_first] = NaN;
    return context;
  }

  /** History facts: the group's rows in date order up to and including the deal row. */
  private readHistory(deal: DealRecord, c: DealContext): void {
    const { cols } = this.register;
    const { facts } = c;
    const i = deal.row;
    const group = this.grouping.groups[deal.group];
    const rows = group.rows;
    const end = this.grouping.posInGroup[i];
    const household = this.policy.household_grouping && group.household !== '';
    const receivers = household ? new Map<number, number>() : null;
    let firstDay = NaN, closerDay = NaN, designatedRow = -1, referralRow = -1;
    for (let n = 0; n <= end; n++) {
      const r = rows[n];
      const e = cols.event[r];
      if (c.introRow < 0 && this.introducers.size > 0 && this.introducers.has(cols.referrer[r])) c.introRow = r;
      if (this.claims[e]) {
        if (firstDay !== firstDay) { firstDay = cols.date[r]; c.firstReceiver = cols.salesperson[r]; }
        if (receivers) {
          const member = cols.phone[r] >= 0 ? cols.phone[r] : -1 - cols.customer[r];
          if (!receivers.has(member)) receivers.set(member, cols.salesperson[r]);
        }
      }
      if (closerDay !== closerDay && cols.salesperson[r] === deal.closer && e !== EVENT_CODE.penalty) closerDay = cols.date[r];
      if (designatedRow < 0 && cols.designated[r]) designatedRow = r;
      if (referralRow < 0 && cols.referrer[r] && !this.introducers.has(cols.referrer[r])) referralRow = r;
    }
    const day = cols.date[i];
    facts[F.days_since_first] = day - (firstDay === firstDay ? firstDay : cols.date[group.first]);
    facts[F.same_day_as_assist] = closerDay === day ? 1 : 0;
    if (c.introRow >= 0) facts[F.introduced] = choice('introduced', c.introRow === rows[0] ? 'before_registration' : 'after_registration');
    if (receivers) {
      const set = new Set(receivers.values());
      facts[F.household_receivers] = set.size >= 2 && set.has(deal.owner) && set.has(deal.closer) ? 1 : 0;
    }
    if (designatedRow >= 0) {
      c.designated = cols.designated[designatedRow];
      const pos = this.grouping.posInGroup[designatedRow];
      const previous = pos > 0 ? rows[pos - 1] : -1;
      facts[F.designated] = choice('designated', pos === 0 ? 'first_visit'
        : cols.date[previous] === cols.date[designatedRow] && cols.salesperson[previous] !== cols.designated[designatedRow] ? 'mid_reception' : 'later_visit');
    }
    if (referralRow >= 0) {
      c.referrerOwner = this.ownerOfReferrer(cols.referrer[referralRow]);
      facts[F.referral] = choice('referral', cols.accompanied[referralRow] ? 'accompanied' : cols.event[referralRow] === EVENT_CODE.call ? 'phoned' : 'named');
    }
  }
}

/** 1 when an absent cell says the owner was away (休息, 外出, 是), else 0. */
function yes(text: string): number {
  if (!text) return 0;
  return parseYesNo(text) === false ? 0 : 1;
}

/** Whose names a contract cell carries: none, owner, closer, both or other. */
function contractNames(text: string, owner: string, closer: string): number {
  if (!text) return choice('contract_names', 'none');
  const names = text.split(/[、,，;；/\s]+/).filter(Boolean);
  const hasOwner = owner !== '' && names.includes(owner), hasCloser = names.includes(closer);
  return choice('contract_names', hasOwner && hasCloser && owner !== closer ? 'both' : hasOwner ? 'owner' : hasCloser ? 'closer' : 'other');
}
