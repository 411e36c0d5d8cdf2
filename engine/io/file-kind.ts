/**
 * What a file really is, judged by its first bytes rather than its name: a renamed .xls or a password-protected
 * workbook must give a clear message instead of a zip-library stack trace.
 */
import { open } from 'node:fs/promises';
import { InputError } from './input-error';

/** Kinds of input the readers accept. */
export type FileKind = 'xlsx' | 'csv';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
// OLE2 compound file: an encrypted OOXML workbook (Excel's "password to open") or a legacy .xls.
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/**
 * The kind of an input file from its extension, checked against its content. Throws InputError for empty files,
 * encrypted or legacy workbooks, and .xlsx files that are not zip packages.
 */
export async function fileKind(path: string, name: string): Promise<FileKind> {
  const handle = await open(path, 'r').catch((e: NodeJS.ErrnoException) => {
    throw new InputError(name, e.code === 'ENOENT' ? 'file not found' : `cannot open: ${e.message}`);
  });
  const head = new Uint8Array(8);
  let size: number;
  try {
    size = (await handle.stat()).size;
    await handle.read(head, 0, 8, 0);
  } finally {
    await handle.close();
  }
  if (size === 0) throw new InputError(name, 'the file is empty');
  if (startsWith(head, CFB)) {
    throw new InputError(name, 'password-protected workbook or old .xls format; remove the password or save it as .xlsx');
  }
  const lower = name.toLowerCase();
  if (lower.endsWith('.xlsx') || lower.endsWith('.xlsm')) {
    if (!startsWith(head, ZIP)) throw new InputError(name, 'not a valid .xlsx workbook (the file is damaged or is not an Excel file)');
    return 'xlsx';
  }
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) {
    if (startsWith(head, ZIP)) throw new InputError(name, 'this is a workbook, not a CSV file; rename it to .xlsx');
    return 'csv';
  }
  throw new InputError(name, 'unsupported file type; expected .xlsx or .csv');
}
