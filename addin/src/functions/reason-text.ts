/**
 * Reasons in Excel's display language: rendered from a result's structured messages (the engine's catalogue,
 * English or Chinese) when the engine gave them, else its English text.
 */
import { renderReason, type Lang, type Reason } from '../../../engine/core/messages';

/** A result's reason in `lang`. */
export function reasonText(r: { reason: string; reasonMessages?: Reason }, lang: Lang): string {
  return r.reasonMessages ? renderReason(r.reasonMessages, lang) : r.reason;
}
