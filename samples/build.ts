/**
 * Builds the sample files from the data modules next to them: `npx tsx samples/build.ts` writes them into each
 * sample's folder, or `npx tsx samples/build.ts DIR` into DIR/<sample>/. Cell values are the same on every run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { csvField } from '../engine/io/csv-writer';
import { dayFromParts, serialFromDay } from '../engine/core/dates';
import { REGISTER_COLUMNS } from '../templates/register-columns';
import { writeRegisterFormulas } from '../templates/register-formulas';
import { writeRegisterSheet } from '../templates/register-sheet';
import { shippedWorkbook } from '../templates/workbook-style';
import { AGENCY_HEADER, AGENCY_ROWS } from './agency/register';
import { ANNUAL_SALES_CUSTOMERS, ANNUAL_SALES_METRICS } from './annual-sales/customers';
import { CUSTOMERS_SHEET, writeCustomersSheet, type CustomerRecord } from './customers-sheet';
import { REALESTATE_REGISTER } from './realestate/register';
import { SECURITIES_CUSTOMERS, SECURITIES_METRICS } from './securities/customers';
import { JOINT_AGENCY_ROWS } from './joint-agency/register';
import { PARK_ROWS } from './park/register';
import { regulationTable, type RegulationRow } from './regulation-register';
import { TONNAGE_CUSTOMERS, TONNAGE_METRICS } from './tonnage/customers';
import { VANKE_ROWS } from './vanke/register';

/** The sample files: folder, file name and how to write it. */
export const SAMPLE_FILES = {
  realestate: 'sales-office-2026Q1.xlsx',
  agency: 'channel-reports-2026-03.csv',
  securities: 'securities-customers-2026-03.xlsx',
  'annual-sales': 'dealers-annual-sales-2025.xlsx',
  tonnage: 'polyolefin-tonnage-2026-03.xlsx',
  vanke: 'vanke-sales-office-2026-03.csv',
  park: 'park-reports-2026.csv',
  'joint-agency': 'joint-agency-2026Q1.csv',
} as const;

/** A sample's name (its folder). */
export type SampleName = keyof typeof SAMPLE_FILES;

/**
 * The sales office's register with the CRM formulas a sales admin keeps beside it: one CRM.REGISTER handle and
 * OWNER, STATUS and EXPLAIN per row through it, answers cached (preset realestate, as of 2026-03-31).
 */
async function writeRealestate(path: string): Promise<void> {
  const workbook = shippedWorkbook();
  const sheet = workbook.addWorksheet('登记表 Register');
  writeRegisterSheet(sheet, REALESTATE_REGISTER);
  const lastRow = REALESTATE_REGISTER.length + 1;
  writeRegisterFormulas(sheet, REALESTATE_REGISTER.length, {
    ref: `$A$1:$${sheet.getColumn(REGISTER_COLUMNS.length).letter}$${lastRow}`, lastRow,
    columns: ['owner', 'status', 'explain'], handleColumn: REGISTER_COLUMNS.length + 6,
    policy: { formula: '"realestate"', value: 'realestate' },
    asOf: { formula: 'DATE(2026,3,31)', serial: serialFromDay(dayFromParts(2026, 3, 31)!) },
  });
  await workbook.xlsx.writeFile(path);
}

/** GBK with CRLF line ends and no BOM: what Excel saves as "CSV (逗号分隔)" on a Chinese Windows. */
async function writeAgency(path: string): Promise<void> {
  const lines = [AGENCY_HEADER, ...AGENCY_ROWS].map((row) => row.map(csvField).join(','));
  writeFileSync(path, iconv.encode(`${lines.join('\r\n')}\r\n`, 'gbk'));
}

/** UTF-8 with a BOM and CRLF line ends: a CSV that Excel opens with the Chinese intact. */
function regulationWriter(rows: readonly RegulationRow[]) {
  return async (path: string): Promise<void> => {
    const lines = regulationTable(rows).map((row) => row.map(csvField).join(','));
    writeFileSync(path, `\ufeff${lines.join('\r\n')}\r\n`, 'utf8');
  };
}

function customersWriter(metrics: Parameters<typeof writeCustomersSheet>[1], customers: readonly CustomerRecord[]) {
  return async (path: string): Promise<void> => {
    const workbook = shippedWorkbook();
    writeCustomersSheet(workbook.addWorksheet(CUSTOMERS_SHEET), metrics, customers);
    await workbook.xlsx.writeFile(path);
  };
}

const WRITERS: Record<SampleName, (path: string) => Promise<void>> = {
  realestate: writeRealestate,
  agency: writeAgency,
  securities: customersWriter(SECURITIES_METRICS, SECURITIES_CUSTOMERS),
  'annual-sales': customersWriter(ANNUAL_SALES_METRICS, ANNUAL_SALES_CUSTOMERS),
  tonnage: customersWriter(TONNAGE_METRICS, TONNAGE_CUSTOMERS),
  vanke: regulationWriter(VANKE_ROWS),
  park: regulationWriter(PARK_ROWS),
  'joint-agency': regulationWriter(JOINT_AGENCY_ROWS),
};

/** Write every sample into `root/<sample>/`; returns the paths by sample. */
export async function buildSamples(root: string): Promise<Record<SampleName, string>> {
  const paths = {} as Record<SampleName, string>;
  for (const name of Object.keys(SAMPLE_FILES) as SampleName[]) {
    mkdirSync(join(root, name), { recursive: true });
    paths[name] = join(root, name, SAMPLE_FILES[name]);
    await WRITERS[name](paths[name]);
  }
  return paths;
}

if (require.main === module) {
  buildSamples(process.argv[2] ?? __dirname).then(
    (paths) => { for (const p of Object.values(paths)) console.log(`wrote ${p}`); },
    (err: unknown) => { console.error(err); process.exitCode = 1; },
  );
}
