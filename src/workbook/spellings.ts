// The first spelling of each name or code as read across sheets, shown everywhere, with one warning per other spelling naming where it is.
import { clip, hasInvisible, likelyDuplicateKey, tidyText } from '../domain/text';
import type { Warning } from '../domain/types';

interface Seen {
  text: string;
  sheet: string;
  cell: string;
}

interface First extends Seen {
  /** The spelling shown everywhere: the text tidied once (tidyText). */
  shown: string;
}

interface Variant extends Seen {
  first: First;
  more: number;
}

/** True when the text carries a Vietnamese diacritic or đ. */
function hasDiacritics(text: string): boolean {
  return /[\u0300-\u036fđĐ]/.test(text.normalize('NFD'));
}

/** Why two spellings with one key look different to the officer, when they may look the same on screen. */
function howItDiffers(variant: string, first: string): string {
  if (variant.normalize('NFC') === first.normalize('NFC')) return ' (giống hệt khi nhìn nhưng khác cách gõ dấu: dựng sẵn và tổ hợp)';
  if (hasInvisible(variant)) return ' (có ký tự ẩn)';
  return '';
}

/**
 * The spellings of one kind of name (clusters, unit codes, funds…) under one key function. The first spelling registered is the
 * one shown; every other spelling of the same key gets one warning at its first cell, saying it was counted as the first.
 */
export class Spellings {
  private readonly firsts = new Map<string, First>();
  private readonly variants = new Map<string, Variant>();

  /** `what` names the kind in messages ("Cụm", "Mã đơn vị"); `key` is its key function from domain/text. */
  constructor(
    private readonly what: string,
    private readonly key: (text: string) => string,
  ) {}

  /**
   * The spelling shown for this text, registering it as the first when its key is new (Đơn vị, or a sheet's first row). The
   * first spelling is shown tidied (tidyText: precomposed, no invisible characters, single spaces), its letters as typed.
   */
  spell(text: string, sheet: string, cell: string): string {
    const key = this.key(text);
    if (key === '') return text;
    const first = this.firsts.get(key);
    if (first === undefined) {
      const shown = tidyText(text);
      this.firsts.set(key, { text, sheet, cell, shown });
      return shown;
    }
    this.note(first, text, sheet, cell);
    return first.shown;
  }

  /** The spelling shown for this text when its key was registered, else undefined (nothing is registered). */
  lookup(text: string, sheet: string, cell: string): string | undefined {
    const first = this.firsts.get(this.key(text));
    if (first === undefined) return undefined;
    this.note(first, text, sheet, cell);
    return first.shown;
  }

  private note(first: First, text: string, sheet: string, cell: string): void {
    if (text === first.text) return;
    const id = `${sheet}\u0000${text}`;
    const seen = this.variants.get(id);
    if (seen) seen.more += 1;
    else this.variants.set(id, { text, sheet, cell, first, more: 0 });
  }

  /** One warning per other spelling (per sheet), at its first cell. */
  warnings(): Warning[] {
    return [...this.variants.values()].map(({ text, sheet, cell, first, more }) => ({
      sheet,
      cell,
      message:
        `${this.what} "${clip(text)}" được viết khác "${clip(first.text)}" (trang ${first.sheet}, ô ${first.cell})${howItDiffers(text, first.text)}; ` +
        `được tính là một và hiển thị "${clip(first.shown)}"${more > 0 ? `; cách viết này còn ở ${more} ô khác của trang` : ''}.`,
    }));
  }

  /**
   * Registered spellings that differ only by diacritics ("CĐ01" and "CD01"): two keys, counted apart, but likely one typed
   * twice. One warning at the later of each pair, ending with `note`. With `onlyWithoutDiacritics` (names), a pair is reported
   * only when one side has no diacritic at all ("Cum 1" beside "Cụm 1": typed without a Vietnamese keyboard), so two real
   * names such as "Cụm Tân Hòa" and "Cụm Tân Hóa" are not.
   */
  likelyDuplicates(note: string, onlyWithoutDiacritics = false): Warning[] {
    const byLooseKey = new Map<string, Seen>();
    const warnings: Warning[] = [];
    for (const seen of this.firsts.values()) {
      const loose = likelyDuplicateKey(seen.text);
      const earlier = byLooseKey.get(loose);
      if (earlier === undefined) {
        byLooseKey.set(loose, seen);
        continue;
      }
      if (onlyWithoutDiacritics && hasDiacritics(seen.text) && hasDiacritics(earlier.text)) continue;
      warnings.push({
        sheet: seen.sheet,
        cell: seen.cell,
        message: `${this.what} "${clip(seen.text)}" chỉ khác "${clip(earlier.text)}" (ô ${earlier.cell}) ở dấu; ${note}`,
      });
    }
    return warnings;
  }
}
