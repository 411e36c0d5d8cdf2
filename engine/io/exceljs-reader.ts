/**
 * exceljs's streaming WorkbookReader, with its XML chunk decoding fixed. exceljs (4.4) decodes every zip chunk to
 * text on its own, so a Chinese character whose UTF-8 bytes straddle two chunks turns into "��" (seen on real
 * registers: 跟进 read as 跟��). The fix swaps in the same SAX loop with a streaming TextDecoder, which carries an
 * incomplete character over to the next chunk. exceljs binds its SAX helper when its reader modules load, so
 * those two modules are loaded afresh here, after the fixed helper is put in their place.
 */
import Module from 'node:module';
import { PassThrough } from 'node:stream';
import { SaxesParser } from 'saxes';
import type ExcelJS from 'exceljs';

type SaxEvent = { eventType: 'opentag' | 'text' | 'closetag'; value: unknown };

/** exceljs's parse-sax, decoding with one streaming decoder per part. */
async function* parseSax(iterable: AsyncIterable<Buffer | string> & { pipe?: unknown }): AsyncGenerator<SaxEvent[]> {
  const source = iterable[Symbol.asyncIterator] ? iterable : (iterable as unknown as NodeJS.ReadableStream).pipe(new PassThrough());
  const parser = new SaxesParser();
  const decoder = new TextDecoder('utf-8');
  let error: Error | null = null;
  let events: SaxEvent[] = [];
  parser.on('error', (e) => { error = e; });
  parser.on('opentag', (value) => events.push({ eventType: 'opentag', value }));
  parser.on('text', (value) => events.push({ eventType: 'text', value }));
  parser.on('closetag', (value) => events.push({ eventType: 'closetag', value }));
  for await (const chunk of source as AsyncIterable<Buffer | string>) {
    parser.write(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
    if (error) throw error;
    yield events;
    events = [];
  }
  const rest = decoder.decode();
  if (rest) parser.write(rest);
  if (error) throw error;
  if (events.length > 0) yield events;
}

function loadFixedReader(): typeof ExcelJS.stream.xlsx.WorkbookReader {
  const saxPath = require.resolve('exceljs/lib/utils/parse-sax');
  const readers = ['exceljs/lib/stream/xlsx/workbook-reader', 'exceljs/lib/stream/xlsx/worksheet-reader'].map((m) => require.resolve(m));
  const fixed = new Module(saxPath);
  fixed.filename = saxPath;
  fixed.loaded = true;
  fixed.exports = parseSax;
  const saved = [saxPath, ...readers].map((p) => require.cache[p]);
  require.cache[saxPath] = fixed;
  for (const p of readers) delete require.cache[p];
  try {
    return require(readers[0]) as typeof ExcelJS.stream.xlsx.WorkbookReader;
  } finally {
    // Everyone else keeps exceljs as published; only this reader class uses the fixed helper.
    [saxPath, ...readers].forEach((p, i) => {
      if (saved[i]) require.cache[p] = saved[i]; else delete require.cache[p];
    });
  }
}

/** The streaming WorkbookReader class with UTF-8 decoding across chunk boundaries. */
export const WorkbookReader = loadFixedReader();
