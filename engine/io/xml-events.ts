/**
 * Helpers over the XML tokenizer for the small parts of a package (workbook, relationships, styles): whole-text
 * parsing and the attributes whose prefix varies from writer to writer.
 */
import { XmlScanner } from './xml-scanner';

/** The local part of a qualified name (`r:id` → `id`). */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/**
 * The value of the attribute whose local name is `local` and that carries a prefix (`r:id`, `ns1:id`): the
 * relationship id of a sheet or part, whatever prefix the writer bound to the relationships namespace.
 */
export function prefixedAttribute(attributes: Readonly<Record<string, string>>, local: string): string | undefined {
  for (const [name, value] of Object.entries(attributes)) {
    if (name.includes(':') && !name.startsWith('xmlns:') && localName(name) === local) return value;
  }
  return undefined;
}

/** Handlers of a small part: attributes come as a plain record. */
export interface RecordHandlers {
  open(local: string, attributes: Readonly<Record<string, string>>): void;
  close?(local: string): void;
  text?(text: string): void;
}

/** Parse a whole (small) part's text. Throws on a part cut off inside an element. */
export function parseXml(text: string, handlers: RecordHandlers): void {
  const scanner = new XmlScanner({ ...handlers, open: (local, attributes) => handlers.open(local, attributes.all()) });
  scanner.write(text);
  scanner.end();
}
