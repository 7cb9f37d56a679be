// The parse kit every reader shares: a value read, or the Vietnamese reason it could not be, built with ok and fail.

/** What a parser returns: the value read, or a message saying why not. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** A value read. */
export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });

/** A value refused, with its message. */
export const fail = (message: string): Parsed<never> => ({ ok: false, message });
