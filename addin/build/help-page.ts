/**
 * The bundled help page (help.html): one section per CRM.* function, in English and Chinese, written from the
 * same metadata Excel shows, so every function's helpUrl (help.html#owner, ...) lands on its own section.
 */
import { OWNERSHIP_PRESETS } from '../../engine/core/policy/presets';
import type { FunctionMetadata, Metadata } from './functions-metadata';

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One line per ownership preset: its name, older names and the regulation's Chinese title. */
function presetItems(): string {
  return Object.values(OWNERSHIP_PRESETS).map((p) => `<li><code>${escape(p.name)}</code>${p.aliases.map((a) => ` / <code>${escape(a)}</code>`).join('')}`
    + ` — <span lang="zh-CN">${escape(p.title)}</span></li>`).join('\n      ');
}

/** `CRM.OWNER(customer, register, [as_of], [policy])`. */
function signature(f: FunctionMetadata): string {
  return `CRM.${f.name}(${f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ')})`;
}

function section(en: FunctionMetadata, zh: FunctionMetadata): string {
  const rows = en.parameters.map((p, i) => `<tr><td><code>${escape(p.name)}</code></td><td><code>${escape(zh.parameters[i].name)}</code></td>`
    + `<td>${escape(p.description ?? '')}</td><td lang="zh-CN">${escape(zh.parameters[i].description ?? '')}</td></tr>`).join('\n        ');
  return `
    <section id="${en.id.toLowerCase()}">
      <h2><code>=${escape(signature(en))}</code></h2>
      <p class="zh-name" lang="zh-CN">中文 Excel：<code>=${escape(signature(zh))}</code></p>
      <p>${escape(en.description ?? '')}</p>
      <p lang="zh-CN">${escape(zh.description ?? '')}</p>
      <table>
        <tr><th>parameter</th><th>参数</th><th>meaning</th><th>说明</th></tr>
        ${rows}
      </table>
    </section>`;
}

/** help.html for the functions in `en` and their Chinese metadata `zh` (same order). */
export function helpPage(en: Metadata, zh: Metadata): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>CRM Rules — functions / 函数说明</title>
  <link rel="stylesheet" href="taskpane.css">
</head>
<body>
  <main class="help">
    <h1>CRM Rules / 客户规则</h1>
    <p>For a register of thousands of rows put <code>=CRM.REGISTER(Register!$A$1:$M$10001)</code> in one cell (say P1)
      and pass that cell to the per-row formulas: <code>=CRM.OWNER(C2, $P$1)</code>. Excel then hands the register over
      once per recalculation instead of once per formula; an edit of the register gives a new handle and recalculates
      the formulas that use it.</p>
    <p lang="zh-CN">登记表有成千上万行时，在一个单元格（例如 P1）写 <code>=CRM.登记表(Register!$A$1:$M$10001)</code>，每行的公式引用这个单元格：
      <code>=CRM.归属人(C2, $P$1)</code>。Excel 每次重算只传一次登记表；登记表一改，句柄随之改变，引用它的公式自动重算。</p>
    <p><code>policy</code> / 规则: a preset name, its older name or its Chinese title, a Rules range, or left out: then
      the workbook's Rules/规则 sheet, else realestate. 预设方案可用名称、旧名称或中文名称：</p>
    <ul class="presets">
      ${presetItems()}
    </ul>
    ${en.functions.map((f, i) => section(f, zh.functions[i])).join('\n')}
  </main>
</body>
</html>
`;
}
