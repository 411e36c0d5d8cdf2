/**
 * Spills of CRM.OWNERS and CRM.SPLITS: the batch runner's Owners and Splits sheets (SPEC §8), header row
 * included, built from the very same sheet model so a spill and the result workbook cannot differ. Dates stay
 * ISO text (readable without a number format, equal to the batch runner's text); money, percents and plain row
 * numbers become numbers Excel can sum and sort. Headers and reasons follow Excel's display language.
 */
import { label, type Block, type ColumnKind, type Lang } from '../../../engine/io/result-model';
import { ownersSheet, splitsSheet } from '../../../engine/io/result-tables';
import type { OwnerResult, SplitResult } from '../../../engine/core/types';

/** A spill cell. */
export type SpillValue = string | number;

function cellValue(text: string, kind: ColumnKind): SpillValue {
  if (text === '') return '';
  if (kind === 'money' || kind === 'number') return Number(text);
  if (kind === 'ref' && /^\d+$/.test(text)) return Number(text); // `file:row` stays text
  return text;
}

/** A sheet block as a spill: header row in `lang`, then its rows. */
function spillOf(block: Block, lang: Lang): SpillValue[][] {
  const kinds = block.columns.map((c) => c.kind);
  const rows: SpillValue[][] = [block.columns.map((c) => label(c, lang))];
  for (const row of block.rows) rows.push(row.map((text, i) => cellValue(text, kinds[i])));
  return rows;
}

/** The Owners spill. */
export function ownersSpill(owners: readonly OwnerResult[], lang: Lang = 'en'): SpillValue[][] {
  return spillOf(ownersSheet(owners, lang).blocks[0], lang);
}

/** The Splits spill. */
export function splitsSpill(splits: readonly SplitResult[], lang: Lang = 'en'): SpillValue[][] {
  return spillOf(splitsSheet(splits, lang).blocks[0], lang);
}
