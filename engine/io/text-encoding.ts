/**
 * Text encodings of CSV exports: UTF-8 (with or without BOM) and GB18030/GBK, which is what Chinese Excel writes
 * when it saves "CSV (逗号分隔)". GB18030 is a superset of GBK and GB2312, so one decoder reads all three.
 */

/** Encodings a CSV may be decoded with. */
export type TextEncodingName = 'utf-8' | 'gb18030';

/**
 * Guess the encoding from the first bytes of a file. Valid UTF-8 is taken as UTF-8 (Chinese GBK text is almost
 * never valid UTF-8); anything else is GB18030. A sample cut in the middle of a character is fine: the decoder
 * runs in streaming mode and holds back an incomplete tail instead of failing on it.
 */
export function detectEncoding(sample: Uint8Array): TextEncodingName {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

/** A streaming decoder for the encoding; the UTF-8 BOM is dropped. */
export function textDecoder(encoding: TextEncodingName): TextDecoder {
  return new TextDecoder(encoding, { ignoreBOM: false });
}
