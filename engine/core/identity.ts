/**
 * Identity text: the form in which names of people, customers, households and teams are compared. Registers are
 * typed, pasted and exported by many hands: a zero-width space from a chat window, a no-break space from a web
 * page, full-width letters from a Chinese input method (`ＬＩ　Ｎａ`) make "李娜" and "李娜\u200b" look like two
 * salespeople. Compared in this form they are one; results still show the text as first written.
 */

/** Characters that show nothing (zero-width spaces and joiners, direction marks, soft hyphen, BOM) and NBSP. */
const INVISIBLE = /[\u00A0\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u206A-\u206F\uFEFF]/g;
/** Texts that are already in identity form: printable ASCII without spaces, and CJK ideographs. */
const PLAIN = /^[\x21-\x7E\u3400-\u4DBF\u4E00-\u9FFF]*$/;

/**
 * The identity form of a text: invisible characters and no-break spaces removed, NFKC (full-width letters,
 * digits and spaces to their plain forms, compatibility ideographs to the usual ones), runs of white space as one
 * space, trimmed.
 */
export function identityKey(text: string): string {
  if (PLAIN.test(text)) return text;
  return text.replace(INVISIBLE, '').normalize('NFKC').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}
