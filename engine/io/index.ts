/**
 * The batch runner's I/O: reading registers (.xlsx streamed by the register reader, .csv in UTF-8, UTF-16 or
 * GB18030) and writing the result workbook and its CSV export. Node-only; the engine core stays free of I/O.
 */
export { InputError } from './input-error';
export { readInputs, type Inputs, type InputFileInfo, type ReadOptions, type TableInput } from './read-inputs';
export { readNamedTables, type NamedTables } from './named-tables';
export { resultSheets, type RunResult } from './result-book';
export { writeResultWorkbook, type WriteOptions } from './xlsx-writer';
export { writeCsvSheets } from './csv-writer';
export type { GradeRow } from './result-tables';
export type { Lang, ResultSheet } from './result-model';
