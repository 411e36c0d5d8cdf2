/**
 * The words of result cells in the result's language. Results carry their reasons, decisions and problems both as
 * English text and as structured messages; a Chinese result renders the messages (and falls back to the English
 * text for a result that carries none), and shows status, role and kind codes as their terms.
 */
import { renderReason, term, type Lang, type Reason } from '../core/messages';

/** A reason, decision or problem in `lang`: its messages rendered, or its English text. */
export function wordsOf(english: string, messages: Reason | undefined, lang: Lang): string {
  return lang === 'en' || !messages ? english : renderReason(messages, lang);
}

/** A code cell (status, conflict kind, policy value) in `lang`: its term, or the code when it is none. */
export function termOf(code: string, lang: Lang): string {
  return lang === 'en' ? code : term(code, lang);
}

/** A split role in `lang`. The role `pool` is the company pool (公佣), not the public pool of ownership statuses. */
export function roleOf(role: string, lang: Lang): string {
  return lang === 'en' ? role : term(role === 'pool' ? 'company pool' : role, lang);
}
