/**
 * Rich text as Excel shows it: the text of every run (`<r><t>`) joined, without phonetic guides (`<rPh>`, the
 * furigana/pinyin Excel stores beside East Asian text but does not show in the cell). Used for the shared strings
 * table and for inline strings (`<is>`), which have the same shape.
 */
import { unescapeOoxml } from './xlsx-values';
import { XmlScanner } from './xml-scanner';

/**
 * Collects the text of one string item at a time: call `open`/`close`/`text` with the events inside it and
 * `take()` at its end.
 */
export class RichTextCollector {
  private parts: string[] = [];
  private inText = false;
  private phonetic = 0;

  /** An element opened inside the item. */
  open(local: string): void {
    if (local === 'rPh') this.phonetic++;
    else if (local === 't' && this.phonetic === 0) this.inText = true;
  }

  /** An element closed inside the item. */
  close(local: string): void {
    if (local === 'rPh') this.phonetic--;
    else if (local === 't') this.inText = false;
  }

  /** Text inside the item. */
  text(text: string): void {
    if (this.inText) this.parts.push(text);
  }

  /** The item's text, and a fresh start for the next item. */
  take(): string {
    const text = this.parts.length === 1 ? this.parts[0] : this.parts.join('');
    this.parts = [];
    this.inText = false;
    this.phonetic = 0;
    return unescapeOoxml(text);
  }
}

/** The shared strings table of a workbook, streamed from its part. */
export async function readSharedStrings(part: AsyncIterable<Buffer> | null): Promise<string[]> {
  const strings: string[] = [];
  if (!part) return strings;
  const rich = new RichTextCollector();
  let inItem = false;
  const parser = new XmlScanner({
    open(local) {
      if (local === 'si') inItem = true;
      else if (inItem) rich.open(local);
    },
    close(local) {
      if (local === 'si') {
        strings.push(rich.take());
        inItem = false;
      } else if (inItem) rich.close(local);
    },
    text(text) {
      if (inItem) rich.text(text);
    },
  });
  for await (const chunk of part) parser.write(chunk);
  parser.end();
  return strings;
}
