/**
 * Deterministic synthetic registers for benchmarks and tests: N event rows over G customer groups, with the mix a
 * sales office produces in a year (visits, follow-ups, calls, deposits, deals with amounts and commissions,
 * households, a few transfers, complaints and leavers). The same options always give the same rows, and the
 * writers stream so that a million rows fit in modest memory.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import ExcelJS from 'exceljs';
import { dateOfDay, dayFromParts, formatDay } from '../engine/core/dates';
import type { Cell } from '../engine/core/types';
import { csvField } from '../engine/io/csv-writer';

/** What to generate. */
export interface SyntheticOptions {
  /** Number of data rows (the header is extra). */
  rows: number;
  /** Number of customer groups the rows are spread over. */
  groups: number;
  /** PRNG seed; the same seed gives the same register. */
  seed: number;
}

/** Chinese headers of the synthetic register, one per SPEC §2 field. */
export const SYNTHETIC_HEADER = [
  '日期', '客户', '电话', '家庭', '销售员', '团队', '类型', '指定接待', '介绍人', '陪同', '金额', '佣金', '转给',
] as const;

const COL = Object.fromEntries(SYNTHETIC_HEADER.map((h, i) => [h, i])) as Record<(typeof SYNTHETIC_HEADER)[number], number>;

/** mulberry32: a small, fast, well-mixed 32-bit PRNG; enough for test data and fully reproducible. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕鹏辉建国文斌宇浩凯欣怡晨阳博雪琳婷倩颖子轩梓涵雨萱一诺';
const PHONE_PREFIXES = ['138', '139', '136', '137', '135', '186', '158', '159', '188', '150'];
const TEAMS = ['一组', '二组', '三组', '四组'];
const SALES_FORCE = 24;

/** A deterministic Chinese name for a number (two or three characters); names may repeat, phones do not. */
function nameOf(n: number): string {
  const rest = Math.floor(n / SURNAMES.length);
  const second = Math.floor(rest / GIVEN.length);
  return SURNAMES[n % SURNAMES.length] + GIVEN[rest % GIVEN.length] + (second === 0 ? '' : GIVEN[second % GIVEN.length]);
}

/**
 * A distinct 11-digit mobile number for a number below 10^8: multiplying by a unit modulo 10^8 (odd, not a
 * multiple of 5) is a bijection, so numbers never collide yet look scattered.
 */
function phoneOf(n: number): string {
  const body = (n * 48_271 + 12_345_679) % 100_000_000;
  return PHONE_PREFIXES[n % PHONE_PREFIXES.length] + String(body).padStart(8, '0');
}

/** What the generator remembers about one customer group. */
interface GroupState {
  /** Salesperson index of the first visit, or -1 before it. */
  rep: number;
  household: boolean;
}

/**
 * The data rows of a synthetic register, one at a time (header not included). Dates run through 2025 in order,
 * with a day or two of jitter as real registers have; each group is active for about two months of it.
 */
export function* syntheticRows({ rows, groups, seed }: SyntheticOptions): Generator<Cell[]> {
  if (!(rows >= 0 && groups >= 1)) throw new RangeError(`syntheticRows: need rows >= 0 and groups >= 1, got ${rows}, ${groups}`);
  if (groups * 2 >= 100_000_000) throw new RangeError('syntheticRows: at most 49,999,999 groups');
  const random = prng(seed);
  const int = (n: number): number => Math.floor(random() * n);
  const start = dayFromParts(2025, 1, 1)!;
  const window = Math.max(1, Math.floor(groups / 6)); // ~2 months of a year
  const state: GroupState[] = [];
  // Salesperson names by slot; a leaver's slot is taken by a new hire with a fresh name.
  const staff = Array.from({ length: SALES_FORCE }, (_, i) => nameOf(2_000 + i * 331));
  let hires = 0;
  for (let i = 0; i < rows; i++) {
    const day = start + Math.min(364, Math.floor((i * 365) / Math.max(1, rows)) + int(3));
    const centre = Math.floor((i * groups) / Math.max(1, rows));
    // Reflect at the ends rather than clamp, so the first and last groups are no busier than the rest.
    const raw = centre + int(2 * window + 1) - window;
    const g = Math.min(groups - 1, Math.max(0, raw < 0 ? -raw : raw >= groups ? 2 * (groups - 1) - raw : raw));
    const st = (state[g] ??= { rep: -1, household: random() < 0.1 });
    const row: Cell[] = new Array(SYNTHETIC_HEADER.length).fill(null);
    row[COL['日期']] = dateOfDay(day);
    // A household has two members (夫妻) with their own phones; either may come in.
    const spouse = st.household && random() < 0.4;
    const member = spouse ? groups + g : g;
    row[COL['客户']] = nameOf(member);
    // Now and then a register shows the phone masked (中间隐去四位), never on the first visit that opens the group.
    const phone = phoneOf(member);
    row[COL['电话']] = st.rep >= 0 && random() < 0.002 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : phone;
    if (st.household) row[COL['家庭']] = `H${String(g).padStart(6, '0')}`;

    const roll = random();
    let rep: number;
    if (st.rep < 0) {
      // A group's story starts with a visit.
      rep = int(SALES_FORCE);
      st.rep = rep;
      row[COL['类型']] = '来访';
      if (random() < 0.03) row[COL['指定接待']] = staff[(rep + 1 + int(SALES_FORCE - 1)) % SALES_FORCE];
      else if (g > 0 && random() < 0.03) {
        row[COL['介绍人']] = nameOf(int(g));
        row[COL['陪同']] = random() < 0.7 ? '是' : '否';
      }
    } else if (roll < 0.0005) {
      // A salesperson leaves; a new hire takes the slot.
      rep = int(SALES_FORCE);
      row[COL['类型']] = '离职';
      row[COL['客户']] = null;
      row[COL['电话']] = null;
      row[COL['家庭']] = null;
      row[COL['销售员']] = staff[rep];
      row[COL['团队']] = TEAMS[rep % TEAMS.length];
      staff[rep] = nameOf(50_000 + hires++ * 97);
      yield row;
      continue;
    } else {
      const own = random() < 0.85;
      rep = own ? st.rep : int(SALES_FORCE);
      if (roll < 0.27) row[COL['类型']] = '来访';
      else if (roll < 0.52) row[COL['类型']] = '跟进';
      else if (roll < 0.67) row[COL['类型']] = '来电';
      else if (roll < 0.75) row[COL['类型']] = '定金';
      else if (roll < 0.83) {
        row[COL['类型']] = '成交';
        const amountCents = 30_000_000 + int(470_000_000); // 300,000.00 .. 5,000,000.00
        row[COL['金额']] = amountCents / 100;
        row[COL['佣金']] = Math.round(amountCents / 100) / 100; // 1% to the cent
      } else if (roll < 0.84) {
        row[COL['类型']] = '转移';
        const to = (st.rep + 1 + int(SALES_FORCE - 1)) % SALES_FORCE;
        row[COL['转给']] = staff[to];
        st.rep = to;
        rep = int(SALES_FORCE);
      } else if (roll < 0.845) {
        row[COL['类型']] = '投诉';
        const to = (st.rep + 1 + int(SALES_FORCE - 1)) % SALES_FORCE;
        if (random() < 0.7) row[COL['转给']] = staff[to];
        st.rep = to;
      } else row[COL['类型']] = '复访';
    }
    row[COL['销售员']] = staff[rep];
    row[COL['团队']] = TEAMS[rep % TEAMS.length];
    yield row;
  }
}

/** A whole synthetic register as a table: the Chinese header row first, then `rows` data rows. */
export function syntheticTable(options: SyntheticOptions): Cell[][] {
  return [[...SYNTHETIC_HEADER], ...syntheticRows(options)];
}

/** The CSV text of a generated cell: dates as ISO text, as a register export shows them. */
function csvText(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return formatDay(Math.round(value.getTime() / 86_400_000));
  return String(value);
}

/** Options of the register writers. */
export interface SyntheticFileOptions extends SyntheticOptions {
  format: 'xlsx' | 'csv';
}

/**
 * Write a synthetic register to `path` as .xlsx (one sheet 登记表, dates as date cells) or .csv (UTF-8 with BOM,
 * as Excel saves "CSV UTF-8"). Both stream: rows are generated, written and forgotten, so memory stays flat.
 */
export async function writeSyntheticRegister(path: string, options: SyntheticFileOptions): Promise<void> {
  if (options.format === 'csv') return writeCsv(path, options);
  return writeXlsx(path, options);
}

async function writeCsv(path: string, options: SyntheticOptions): Promise<void> {
  const out = createWriteStream(path);
  const write = async (line: string): Promise<void> => {
    if (!out.write(line)) await once(out, 'drain');
  };
  await write(`\ufeff${SYNTHETIC_HEADER.join(',')}\r\n`);
  let chunk = '';
  for (const row of syntheticRows(options)) {
    chunk += `${row.map((c) => csvField(csvText(c))).join(',')}\r\n`;
    if (chunk.length > 65_536) {
      await write(chunk);
      chunk = '';
    }
  }
  if (chunk) await write(chunk);
  out.end();
  await once(out, 'finish');
}

async function writeXlsx(path: string, options: SyntheticOptions): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: true });
  const sheet = workbook.addWorksheet('登记表');
  sheet.columns = SYNTHETIC_HEADER.map((header, i) => ({
    header,
    width: i === COL['日期'] || i === COL['电话'] ? 14 : 10,
    style: i === COL['日期'] ? { numFmt: 'yyyy-mm-dd' } : i === COL['金额'] || i === COL['佣金'] ? { numFmt: '#,##0.00' } : {},
  }));
  let n = 0;
  for (const row of syntheticRows(options)) {
    sheet.addRow(row).commit();
    if (++n % 2_000 === 0) await zipDrained(sheet);
  }
  sheet.commit();
  await workbook.commit();
}

/**
 * Wait until the zip entry behind a streamed worksheet has taken what was written. exceljs's streaming writer
 * ignores back-pressure: rows pile up in the entry's buffer while deflate catches up, and a million rows would
 * then sit in memory. The entry stream is internal to exceljs, so when it is not where expected this only yields.
 */
async function zipDrained(sheet: object): Promise<void> {
  const sink = (sheet as unknown as { stream?: { pipes?: NodeJS.WritableStream[] } }).stream?.pipes?.[0] as
    | (NodeJS.WritableStream & { _writableState?: { needDrain?: boolean } })
    | undefined;
  if (sink?._writableState?.needDrain) await once(sink, 'drain');
  else await new Promise<void>((resolve) => setImmediate(resolve));
}
