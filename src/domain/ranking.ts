// Ranking helpers: competition ranks (1, 2, 2, 4), largest-remainder percentages and a natural sort for cluster names.

/**
 * Competition ranks of the values, highest first: equal values share a rank and the next rank skips (1, 2, 2, 4).
 * A null value has no rank (null) and does not push others down.
 */
export function competitionRanks(values: readonly (number | null)[]): (number | null)[] {
  const descending = values.filter((v): v is number => v !== null).sort((a, b) => b - a);
  const rankOf = new Map<number, number>();
  descending.forEach((value, i) => {
    if (!rankOf.has(value)) rankOf.set(value, i + 1);
  });
  return values.map((value) => (value === null ? null : (rankOf.get(value) ?? null)));
}

/**
 * Percentages with one decimal by the largest-remainder method: each key gets the floor of its share in tenths, and the
 * tenths left over go to the largest remainders (ties by `order`), so the result sums to exactly 100 when the total > 0.
 * Works in whole tenths to keep float error out. All zeros when the total is 0.
 */
export function largestRemainderPercents<K extends string>(counts: Record<K, number>, order: readonly K[]): Record<K, number> {
  const total = order.reduce((sum, key) => sum + counts[key], 0);
  const tenths = {} as Record<K, number>;
  if (total <= 0) {
    for (const key of order) tenths[key] = 0;
    return tenths;
  }
  const remainders: { key: K; index: number; remainder: number }[] = [];
  let given = 0;
  order.forEach((key, index) => {
    const scaled = counts[key] * 1000;
    const floor = Math.floor(scaled / total);
    tenths[key] = floor;
    given += floor;
    remainders.push({ key, index, remainder: scaled - floor * total });
  });
  remainders.sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (let i = 0; i < 1000 - given; i += 1) tenths[remainders[i % remainders.length].key] += 1;
  const percents = {} as Record<K, number>;
  for (const key of order) percents[key] = tenths[key] / 10;
  return percents;
}

/** Splits a text into runs of digits and non-digits, so "Cụm 10" compares as ["Cụm ", 10]. */
function chunks(text: string): (string | number)[] {
  return (text.match(/\d+|\D+/g) ?? []).map((part) => (/^\d/.test(part) ? Number(part) : part));
}

/**
 * Natural order of two labels: digit runs compare as numbers ("Cụm 2" before "Cụm 10"), text by code points.
 * Does not depend on Intl, whose behaviour in Apps Script is not checked.
 */
export function naturalCompare(a: string, b: string): number {
  const left = chunks(a);
  const right = chunks(b);
  for (let i = 0; i < Math.min(left.length, right.length); i += 1) {
    const x = left[i];
    const y = right[i];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    if (typeof x === 'number') return -1;
    if (typeof y === 'number') return 1;
    return x < y ? -1 : 1;
  }
  if (left.length !== right.length) return left.length - right.length;
  return a < b ? -1 : a > b ? 1 : 0;
}
