/**
 * The Conflicts sheet (撞单, SPEC §3 rule 12): each dispute with both sides and the rule that decided. Plain
 * assists are reasons, not conflicts.
 */
import { formatDay } from '../dates';
import { render } from '../messages/catalogue';
import type { Message } from '../messages/message';
import type { ConflictKind, ConflictResult } from '../types';

interface Entry extends ConflictResult {
  day: number;
  seq: number;
}

/** Collects conflicts during the walk and hands them out sorted by date, then row. */
export class ConflictLog {
  private readonly entries: Entry[] = [];

  /** Record one conflict. `seq` is the deciding row's register position (for ordering). */
  add(kind: ConflictKind, customerKey: string, day: number, seq: number, rows: string[], salespeople: string[], decision: Message): void {
    this.entries.push({
      customerKey, date: formatDay(day), rows: rows.join(', '), salespeople: [...new Set(salespeople)].join(', '),
      kind, decision: render(decision, 'en'), decisionMessages: [decision], day, seq,
    });
  }

  /** Conflicts by date, then row. */
  results(): ConflictResult[] {
    return [...this.entries]
      .sort((a, b) => a.day - b.day || a.seq - b.seq)
      .map(({ customerKey, date, rows, salespeople, kind, decision, decisionMessages }) => ({ customerKey, date, rows, salespeople, kind, decision, decisionMessages }));
  }
}
