// An .xlsx file as the zip of parts it is (jszip): its sheets as workbook.xml lists them, parts read as text, and a copy with parts changed.
import path from 'node:path';
import zlib from 'node:zlib';
import JSZip from 'jszip';
import { attributes } from './runtime/xlsx-xml';

/** One sheet as the workbook part lists it. `part` is the worksheet's part name ("xl/worksheets/sheet1.xml"), null for a chartsheet. */
export interface PackageSheet {
  name: string;
  sheetId: number;
  relationshipId: string;
  part: string | null;
  hidden: boolean;
}

/** A relationship of a part: id, type (last segment of its URI) and resolved target part name. */
export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** The folder of a part, and the rels part that belongs to it. */
export function relsPartOf(part: string): string {
  return path.posix.join(path.posix.dirname(part), '_rels', `${path.posix.basename(part)}.rels`);
}

/** Relationships from a .rels part's XML, targets resolved against the folder of the part they belong to. */
export function parseRelationships(xml: string | undefined, ownerPart: string): Relationship[] {
  if (!xml) return [];
  const base = path.posix.dirname(ownerPart);
  return (xml.match(/<Relationship\b[^>]*>/g) ?? []).map((tag) => {
    const a = attributes(tag.slice(13));
    const external = a.TargetMode === 'External';
    const target = external ? a.Target : a.Target.startsWith('/') ? a.Target.slice(1) : path.posix.normalize(path.posix.join(base, a.Target));
    return { id: a.Id, type: (a.Type ?? '').split('/').pop() ?? '', target, external };
  });
}

/** Thrown when the bytes are not an .xlsx package; the caller words the message for the officer. */
export class NotXlsxPackage extends Error {}

/** Where each entry's data lies in the zip, from its central directory; null for a zip this reader does not know (ZIP64). */
interface Entry {
  method: number;
  start: number;
  size: number;
}

function zipEntries(buffer: Buffer): Map<string, Entry> | null {
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || end + 22 > buffer.length) return null;
  const count = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  if (count === 0xffff || at === 0xffffffff) return null;
  const entries = new Map<string, Entry>();
  for (let i = 0; i < count; i++) {
    if (at + 46 > buffer.length || buffer.readUInt32LE(at) !== 0x02014b50) return null;
    const method = buffer.readUInt16LE(at + 10);
    const size = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const local = buffer.readUInt32LE(at + 42);
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
    if (size === 0xffffffff || local + 30 > buffer.length || buffer.readUInt32LE(local) !== 0x04034b50) return null;
    const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    entries.set(name, { method, start, size });
    at += 46 + nameLength + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
  }
  return entries;
}

export class XlsxPackage {
  /** Parts whose text is read with Node's zlib straight from the file's bytes (faster and leaner than jszip's inflate). */
  private entries: Map<string, Entry> | null = null;
  private bytes: Buffer | null = null;

  private constructor(
    private readonly zip: JSZip,
    readonly workbookPart: string,
    readonly sheets: PackageSheet[],
    readonly date1904: boolean,
  ) {}

  static async open(buffer: Buffer): Promise<XlsxPackage> {
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(buffer);
    } catch (error) {
      throw new NotXlsxPackage((error as Error).message);
    }
    const rootRels = parseRelationships(await textOf(zip, '_rels/.rels'), '');
    const workbookPart = rootRels.find((r) => r.type === 'officeDocument')?.target ?? 'xl/workbook.xml';
    const workbookXml = await textOf(zip, workbookPart);
    if (!workbookXml) throw new NotXlsxPackage(`thiếu phần ${workbookPart}`);
    const rels = parseRelationships(await textOf(zip, relsPartOf(workbookPart)), workbookPart);
    const sheetsXml = /<sheets\b[^>]*>([\s\S]*?)<\/sheets>/.exec(workbookXml)?.[1] ?? '';
    const sheets = (sheetsXml.match(/<sheet\b[^>]*>/g) ?? []).map((tag) => {
      const a = attributes(tag.slice(6));
      const relationshipId = a['r:id'] ?? Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1] ?? '';
      const rel = rels.find((r) => r.id === relationshipId);
      return {
        name: a.name ?? '',
        sheetId: Number(a.sheetId ?? 0),
        relationshipId,
        part: rel && rel.type === 'worksheet' ? rel.target : null,
        hidden: a.state === 'hidden' || a.state === 'veryHidden',
      };
    });
    const date1904 = /<workbookPr\b[^>]*\bdate1904\s*=\s*["'](1|true)["']/.test(workbookXml);
    const pkg = new XlsxPackage(zip, workbookPart, sheets, date1904);
    pkg.entries = zipEntries(buffer);
    pkg.bytes = buffer;
    return pkg;
  }

  /** Every part name, folders left out. */
  partNames(): string[] {
    return Object.values(this.zip.files)
      .filter((f) => !f.dir)
      .map((f) => f.name);
  }

  has(part: string): boolean {
    return this.zip.file(part) !== null;
  }

  async text(part: string): Promise<string | undefined> {
    const raw = await this.content(part);
    return raw?.toString('utf8', raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf ? 3 : 0);
  }

  /** The part's bytes, uncompressed. */
  async content(part: string): Promise<Buffer | undefined> {
    const entry = this.entries?.get(part);
    if (!entry || !this.bytes || (entry.method !== 0 && entry.method !== 8)) return this.zip.file(part)?.async('nodebuffer');
    const data = this.bytes.subarray(entry.start, entry.start + entry.size);
    return entry.method === 8 ? zlib.inflateRawSync(data) : data;
  }

  async relationshipsOf(part: string): Promise<Relationship[]> {
    return parseRelationships(await this.text(relsPartOf(part)), part);
  }

  /**
   * The package's bytes with these parts written (a string or bytes) or removed (null); every other part keeps its bytes,
   * its compressed data included (jszip reuses what it did not decompress for a change), its date and its place in the zip.
   * The changes stay in this package.
   */
  async bytesWith(changes: Map<string, string | Buffer | null>): Promise<Buffer> {
    this.entries = null;
    for (const [part, content] of changes) {
      if (content === null) this.zip.remove(part);
      else this.zip.file(part, content);
    }
    return this.zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  }
}

async function textOf(zip: JSZip, part: string): Promise<string | undefined> {
  const file = zip.file(part);
  return file ? file.async('string') : undefined;
}
