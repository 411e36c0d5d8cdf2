/**
 * Lint for ownership policies: settings that are valid one by one but do nothing, or quietly cut each other short.
 * Authors copy presets and change one key; these are the combinations that then surprise them.
 */
import { lintCaseTable } from '../split/case-lint';
import { compileCaseTable } from '../split/case-table';
import type { OwnershipPolicy } from './schema';

/** One finding: the key it is about and what to look at. */
export interface PolicyLintIssue {
  key: keyof OwnershipPolicy;
  message: string;
}

/** Findings for a validated policy; empty when nothing looks off. */
export function lintOwnershipPolicy(policy: OwnershipPolicy): PolicyLintIssue[] {
  const issues: PolicyLintIssue[] = [];
  const add = (key: keyof OwnershipPolicy, message: string): void => { issues.push({ key, message }); };
  if (policy.report_visit_days !== null && !policy.claim_events.includes('report')) {
    add('report_visit_days', `report_visit_days ${policy.report_visit_days} has no effect: report is not in claim_events (${policy.claim_events.join(', ')})`);
  }
  if (policy.renew_on_contact && policy.renew_events.length === 0) {
    add('renew_events', 'renew_on_contact is on but renew_events is empty: nothing renews protection');
  }
  if (policy.max_protection_days !== null && policy.protection_days !== null && policy.max_protection_days < policy.protection_days) {
    add('max_protection_days', `max_protection_days ${policy.max_protection_days} is shorter than protection_days ${policy.protection_days}: every claim is cut to ${policy.max_protection_days} days`);
  }
  if (policy.deal_expire_days !== null && policy.protection_days !== null && policy.deal_expire_days < policy.protection_days) {
    add('deal_expire_days', `deal_expire_days ${policy.deal_expire_days} is shorter than protection_days ${policy.protection_days}: customers without a deposit are released after ${policy.deal_expire_days} days`);
  }
  if (policy.claim_by === 'team' && policy.honor_designation) {
    add('honor_designation', 'claims are by team, but a designation names a salesperson: the designated name becomes the owning team');
  }
  if (policy.claim_by === 'team' && policy.max_owned !== null) {
    add('max_owned', `claims are by team: max_owned ${policy.max_owned} caps each team, not each salesperson`);
  }
  const defaults = { introducer: 30, closer: 70 };
  if (policy.introducers.length === 0 && JSON.stringify(policy.introducer_commission) !== JSON.stringify(defaults)) {
    add('introducer_commission', 'introducer_commission is set but introducers is empty: no deal will use it');
  }
  if (policy.company_teams.length === 0 && (policy.company_pool_commission.pool !== 30 || policy.company_pool_commission.closer !== 70)) {
    add('company_pool_commission', 'company_pool_commission is set but company_teams is empty: no deal will use it');
  }
  const reports = policy.claim_events.includes('report');
  if (policy.protection_from === 'first_visit' && !reports) {
    add('protection_from', 'protection_from first_visit only moves protection of report claims, but report is not in claim_events');
  }
  if (policy.report_cutoff !== null && !reports) add('report_cutoff', `report_cutoff ${policy.report_cutoff} has no effect: report is not in claim_events`);
  if (policy.opening_date !== null && !reports) add('opening_date', `opening_date ${policy.opening_date} has no effect: report is not in claim_events`);
  if (policy.introduction_before_registration && policy.introducers.length === 0) {
    add('introduction_before_registration', 'introduction_before_registration is on but introducers is empty: no deal is an employee introduction');
  }
  if (policy.company_requires_new && policy.company_teams.length === 0) {
    add('company_requires_new', 'company_requires_new is on but company_teams is empty: no deal is a company customer');
  }
  if (policy.household_commission !== null && !policy.household_grouping) {
    add('household_commission', 'household_commission is set but household_grouping is off: no deal is a household deal');
  }
  if (policy.deal_cases !== null) {
    for (const issue of lintCaseTable(compileCaseTable(policy))) add('deal_cases', `${issue.kind}: ${issue.message}`);
    for (const key of ['assist_credit', 'assist_commission', 'household_split', 'household_commission'] as const) {
      if (JSON.stringify(policy[key]) !== JSON.stringify(DEFAULTS[key])) add(key, `${key} is set but deal_cases decides every split: it has no effect`);
    }
  }
  return issues;
}

/** Split keys' defaults, to tell a key set by the author from one left alone. */
const DEFAULTS = {
  assist_credit: { owner: 0, closer: 100 }, assist_commission: { owner: 0, closer: 100 }, household_split: { first: 50, second: 50 },
  household_commission: null,
} as const;
