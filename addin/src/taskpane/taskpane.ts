/**
 * The task pane: rules, register template, rule checks, row explanations and the grade dashboard. It runs in
 * the same runtime as the CRM.* functions, so it reuses their evaluation cache. Outside Excel it still renders
 * and says where it has to be opened.
 */
import { DEFAULT_PRESET, ownershipPreset } from '../../../engine/core/policy/presets';
import { cellText } from '../../../engine/core/values';
import { isError } from '../functions/errors';
import { hasExcel } from '../functions/host';
import { readWorkbookRules, rulesChanged } from '../functions/workbook-rules';
import { activeEvaluation } from './active-evaluation';
import { buildDashboard } from './build-dashboard';
import { insertRegisterSheet, writeRulesSheet } from './excel-actions';
import { explainRow } from './explain';
import { gradePresetChoices } from './grades';
import { langOf, words, type Lang, type Words } from './i18n';
import { lintRulesSheet } from './lint';
import { presetChoices, registerHeader, rulesSheetRows } from './templates';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

/** Fill every element carrying data-i18n="key" with the word for that key. */
function translate(w: Words): void {
  for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-i18n]'))) {
    const key = el.dataset.i18n as keyof Words;
    if (w[key]) el.textContent = w[key];
  }
  document.documentElement.lang = w === words('zh') ? 'zh-CN' : 'en';
}

/** Show a result (or an error) under the pane's actions. */
function show(lines: string[], kind: 'ok' | 'error' = 'ok'): void {
  const out = $<HTMLDivElement>('output');
  out.className = `output ${kind}`;
  out.replaceChildren(...lines.map((line) => Object.assign(document.createElement('p'), { textContent: line })));
}

/** Run a pane action, reporting its failure in the pane instead of the console. */
function action(button: string, body: () => Promise<string[]>): void {
  $<HTMLButtonElement>(button).addEventListener('click', () => {
    body().then((lines) => show(lines), (e: Error) => show([e.message], 'error'));
  });
}

/** Add one option per choice to a select (the name shown, the description as its tooltip). */
function addOptions(select: HTMLSelectElement, choices: readonly { name: string; label?: string; description: string }[]): void {
  for (const p of choices) {
    const option = document.createElement('option');
    option.value = p.name;
    option.textContent = p.label ?? p.name;
    option.title = p.description;
    select.append(option);
  }
}

function fillPresets(w: Words): void {
  const select = $<HTMLSelectElement>('preset');
  addOptions(select, presetChoices());
  select.value = ownershipPreset(DEFAULT_PRESET).name;
  const describe = (): void => {
    $('preset-description').textContent = ownershipPreset(select.value).description;
  };
  select.addEventListener('change', describe);
  describe();
  // Grade presets: the first option grades nobody, so a workbook is graded only when someone asks for it.
  const grades = $<HTMLSelectElement>('grade-preset');
  addOptions(grades, [{ name: '', description: '' }, ...gradePresetChoices()]);
  grades.options[0].textContent = w.noGradePreset;
}

async function checkRules(w: Words): Promise<string[]> {
  const rules = await readWorkbookRules();
  if (!rules) return [w.noRulesSheet];
  const problems = lintRulesSheet(rules.table, rules.firstRow, rules.sheet);
  return problems.length === 0 ? [w.noProblems] : problems.map((p) => `${p.where}: ${p.message}`);
}

async function explainSelection(w: Words, lang: Lang): Promise<string[]> {
  const ev = await activeEvaluation();
  if (isError(ev)) return [ev.message];
  const e = explainRow(ev.range.register, ev.result, ev.active.selectedRow, lang);
  if (!e) return [w.notRegisterRow];
  if (e.problems.length > 0) return e.problems;
  const lines = [`${e.customerKey}: ${w.owner} ${e.owner || w.pool} (${w.status} ${e.status})`, `${w.reason}: ${e.reason}`];
  for (const s of e.split) lines.push(`${w.split}: ${s.party} (${s.role}) ${w.credit} ${s.credit}, ${w.commission} ${s.commission}`);
  return lines;
}

function start(displayLanguage: string | null | undefined, inExcel: boolean): void {
  const w = words(langOf(displayLanguage));
  translate(w);
  fillPresets(w);
  $('outside').hidden = inExcel;
  for (const b of Array.from(document.querySelectorAll<HTMLButtonElement>('button'))) b.disabled = !inExcel;
  action('insert-rules', async () => {
    const name = await writeRulesSheet(rulesSheetRows($<HTMLSelectElement>('preset').value, langOf(displayLanguage)));
    await rulesChanged();
    return [`${w.done} ${name}`];
  });
  action('insert-register', async () => [`${w.done} ${await insertRegisterSheet(registerHeader(langOf(displayLanguage)), w)}`]);
  action('check-rules', () => checkRules(w));
  action('explain-row', () => explainSelection(w, langOf(displayLanguage)));
  action('build-dashboard', () => buildDashboard(w, $<HTMLSelectElement>('grade-preset').value));
}

/** Office.onReady never resolves when office.js is missing; a plain page then starts on its own. */
function boot(): void {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') {
    start(navigator.language, false);
    return;
  }
  Office.onReady((info) => {
    const inExcel = info.host === Office.HostType.Excel && hasExcel();
    start(inExcel ? Office.context.displayLanguage : navigator.language, inExcel);
  }).catch((e: unknown) => {
    start(navigator.language, false);
    show([cellText(String(e))], 'error');
  });
}

// The pane needs its page; the same script loaded without one (the functions alone) only registers the functions.
if (typeof document !== 'undefined') boot();
