// Small helpers for the XML of .xlsx parts: attributes of a tag, entity decoding and escaping, text of <t> runs.

const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The attributes of a start tag's attribute text (`r="A1" s="2"`), values decoded. */
export function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  ATTRIBUTE.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = ATTRIBUTE.exec(text))) out[match[1]] = decodeXml(match[2] ?? match[3]);
  return out;
}

const ENTITY = /&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));|_x([0-9a-f]{4})_/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML character data as text: entities and the `_xHHHH_` escapes SpreadsheetML uses for control characters. */
export function decodeXml(text: string): string {
  if (text.indexOf('&') < 0 && text.indexOf('_x') < 0) return text;
  return text.replace(ENTITY, (all, hex: string, dec: string, name: string, escaped: string) => {
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    if (dec) return String.fromCodePoint(parseInt(dec, 10));
    if (name) return NAMED[name.toLowerCase()] ?? all;
    return String.fromCharCode(parseInt(escaped, 16));
  });
}

/**
 * Text for XML character data or an attribute value. Control characters XML 1.0 cannot hold (all but tab and newlines) are
 * written as SpreadsheetML's `_xHHHH_` escapes, and a literal `_xHHHH_` in the text is kept literal by escaping its "_".
 */
export function escapeXml(text: string): string {
  return (
    text
      .replace(/_(x[0-9a-f]{4}_)/gi, '_x005F_$1')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters XML 1.0 forbids, escaped on purpose.
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}

const RUN_TEXT = /<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g;

/** The text of a string item (<si> or <is>): its <t> runs joined, phonetic guides (<rPh>) left out. */
export function runText(xml: string): string {
  const body = xml.indexOf('<rPh') >= 0 ? xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '') : xml;
  let text = '';
  RUN_TEXT.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = RUN_TEXT.exec(body))) text += match[1] ?? '';
  return decodeXml(text);
}
