/**
 * The worksheet tokenizer on bytes: a small sheet mixing the common cell shape with everything that leaves it
 * (prefixed names, inline rich text, formulas, references, CDATA, comments, quotes holding `>`, cells and rows
 * without references, self-closing tags, a closing tag with a space, a tag and a value of kilobytes) is read the same whole, split in two at every
 * byte position, and one byte at a time, so no tag, value or multi-byte character is lost at a chunk boundary.
 */
import assert from 'node:assert/strict';
import type { Cell } from '../../engine/core/types';
import { readSheetRows } from '../../engine/io/xlsx-sheet';
import type { CellContext } from '../../engine/io/xlsx-values';

const SHEET = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1" spans="1:4"><c r="A1" t="s"><v>1</v></c><c r="B1" s="1"><v>45659</v></c><c r="C1" t="str"><v>段桂&amp;娜</v></c><c r="D1"><v>-1.5E3</v></c></row>
<row r='2'><c r='B2' t='inlineStr'><is><r><t>富</t></r><r><t xml:space="preserve"> 文本</t></r><rPh><t>ふ</t></rPh></is></c><c t="str"><f>A1&amp;"x"</f><v>a&#13;b</v></c><c r="E2"/><c r="F2" t="b"><v>1</v></c></row>
<!-- a comment holding <row r="3"><c><v>9</v></c></row> -->
<x:row r="4"><x:c r="A4" t="s"><x:v>0</x:v></x:c><x:c r="B4"><x:v><![CDATA[12]]></x:v></x:c></x:row>
<row><c r="A5" s="1"><v>45660.5</v></c><c r="B5" t="s"><v>007</v></c ></row>
<row r="6"/>
<row r="7"><c r="A7" a=">"><v>0</v></c><c r="B7" t="str"><v>123</v></c><c r="C7" t="e"><v>#N/A</v></c><c r="D7"><v>客户</v></c></row>
<row r="8" note="${'>'.repeat(1500)}"><c r="A8" t="str"><v>${'长'.repeat(1200)}</v></c></row>
</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>`;

const CTX: CellContext = { strings: ['甲', '乙'], dateStyles: [false, true], date1904: false };

const EXPECTED: [number, Cell[], string?][] = [
  [1, ['乙', new Date('2025-01-02T00:00:00Z'), '段桂&娜', -1500]],
  [2, [null, '富 文本', 'a\rb', null, null, true]],
  [4, ['甲', 12]],
  [5, [new Date('2025-01-03T12:00:00Z'), '007'], 'input.bad-shared-string'],
  [6, []],
  [7, [0, '123', '#N/A', '客户']], // a cell without a type whose text is no number stays text
  [8, ['长'.repeat(1200)]], // a tag and a value longer than what a chunk's head completes
];

/** The rows and merged ranges read from `chunks`. */
async function read(chunks: Buffer[]): Promise<{ rows: [number, Cell[], string?][]; merged: string[] }> {
  const rows: [number, Cell[], string?][] = [];
  async function* parts(): AsyncGenerator<Buffer> {
    for (const chunk of chunks) yield chunk;
  }
  const merged = await readSheetRows(parts(), CTX, (cells, row, problem) => {
    rows.push(problem ? [row, cells, problem.id] : [row, cells]);
  });
  return { rows, merged };
}

describe('worksheet tokenizer on bytes', () => {
  const bytes = Buffer.from(SHEET, 'utf8');

  it('reads every kind of cell of a sheet given whole', async () => {
    const { rows, merged } = await read([bytes]);
    assert.deepEqual(rows, EXPECTED);
    assert.deepEqual(merged, ['A1:B1']);
  });

  it('reads the same when the part is split in two at any byte, or arrives one byte at a time', async () => {
    const whole = await read([bytes]);
    for (let at = 0; at <= bytes.length; at++) {
      assert.deepEqual(await read([bytes.subarray(0, at), bytes.subarray(at)]), whole, `split at byte ${at}`);
    }
    const single = [...bytes].map((b) => Buffer.from([b]));
    assert.deepEqual(await read(single), whole);
  });

  it('hands over the row a part breaks off in, wherever it breaks inside that row', async () => {
    const start = bytes.indexOf('<row r="7">');
    const end = bytes.indexOf('</row>', start);
    for (let at = start + 1; at < end; at++) {
      const { rows } = await read([bytes.subarray(0, at)]);
      const last = rows[rows.length - 1];
      assert.equal(last[0], 7, `cut at byte ${at}`);
      assert.equal(last[2], 'input.row-cut-off', `cut at byte ${at}`);
      assert.deepEqual(rows.slice(0, -1).map((r) => r[0]), [1, 2, 4, 5, 6]);
    }
  });
});
