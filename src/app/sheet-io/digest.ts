// SHA-256 through Apps Script's Utilities.computeDigest, as the hex text the domain's digests use.
import type { DigestOf } from '../../domain/integrity';

/** Utilities.computeDigest returns Java's signed bytes (−128…127): each is masked to 0…255 before it becomes two hex digits. */
export const sha256Hex: DigestOf = (text) =>
  Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, text, Utilities.Charset.UTF_8)
    .map((b) => (b & 0xff).toString(16).padStart(2, '0'))
    .join('');
