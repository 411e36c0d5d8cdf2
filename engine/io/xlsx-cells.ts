/**
 * exceljs cell values reduced to the core's Cell type: formulas give their cached result (the batch runner does
 * not recalculate), rich text gives its plain text, error values give their code (#N/A), so that a bad cell shows
 * up in Exceptions with what the user sees in Excel.
 */
import type { Cell } from '../core/types';

/** The core Cell of one exceljs cell value. */
export function cellOfValue(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('formula' in v || 'sharedFormula' in v) {
      // The streaming reader drops a cached error result (#N/A, #REF!), as it has none for a never-calculated
      // formula; show the formula itself so the Exceptions row says what the cell holds instead of "missing".
      const hasResult = v.result !== undefined && !(typeof v.result === 'number' && Number.isNaN(v.result));
      return hasResult ? cellOfValue(v.result) : `=${String(v.formula ?? '')}`;
    }
    if ('error' in v) return String(v.error);
    if (Array.isArray(v.richText)) return (v.richText as { text?: string }[]).map((r) => r.text ?? '').join('');
    if ('text' in v) return cellOfValue(v.text);
  }
  return String(value);
}
