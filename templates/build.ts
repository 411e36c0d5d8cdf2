/**
 * Builds the shipped templates: `npm run templates` writes them into templates/, or `tsx templates/build.ts DIR`
 * into another folder. The output depends only on this code, so a rebuild reproduces the committed workbooks.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { buildGradingTemplate } from './grading-template';
import { buildRegisterTemplate } from './register-template';

/** The template files, by file name. */
export const TEMPLATE_FILES: Record<string, () => ExcelJS.Workbook> = {
  'register-template.xlsx': buildRegisterTemplate,
  'customer-grading-template.xlsx': buildGradingTemplate,
};

/** Write every template into `dir`; returns the paths written. */
export async function buildTemplates(dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const [name, build] of Object.entries(TEMPLATE_FILES)) {
    const path = join(dir, name);
    await build().xlsx.writeFile(path);
    written.push(path);
  }
  return written;
}

if (require.main === module) {
  buildTemplates(process.argv[2] ?? __dirname).then(
    (paths) => { for (const p of paths) console.log(`wrote ${p}`); },
    (err: unknown) => { console.error(err); process.exitCode = 1; },
  );
}
