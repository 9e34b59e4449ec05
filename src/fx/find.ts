/**
 * The search of a rate table: its rates indexed by pair and arranged by day, and the best
 * stored rate (or its inverse) for a pair under a checked query.
 *
 * @module
 * @internal
 */
import { sameCurrency } from "../money/currency.js";
import type { Currency } from "../money/types.js";
import type { IsoDate, Period } from "../period/types.js";
import { span } from "./dates.js";
import { invert, readRate } from "./rate.js";
import type { DatePolicy, ExchangeRate, RateKind, RateTable } from "./types.js";

/** One orientation of a stored rate. */
interface Stored {
  readonly rate: ExchangeRate;
  /** Position of the rate in the table. */
  readonly index: number;
  /** True when the stored rate is the other way round and must be inverted. */
  readonly inverse: boolean;
}

/** One orientation of a stored rate, with its days (worked out when its pair is first asked for). */
interface Entry extends Stored {
  /** First and last day number, or undefined for an undated rate. */
  readonly days: readonly [number, number] | undefined;
}

/**
 * Stored rates by "BASE>QUOTE", built once per table. Their days are read only when a lookup
 * first asks for their pair (bucketFor): a table of 265,000 rates is indexed without reading
 * 265,000 dates, and a lookup of one pair reads the dates of that pair alone.
 */
const indexes = new WeakMap<RateTable, ReadonlyMap<string, readonly Stored[]>>();

function pairKey(from: Currency, to: Currency): string {
  return `${from.code}>${to.code}`;
}

function buildIndex(t: RateTable): ReadonlyMap<string, readonly Stored[]> {
  const map = new Map<string, Stored[]>();
  const push = (key: string, entry: Stored): void => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [entry]);
    else list.push(entry);
  };
  // Array.from reads a hole of a hand-made table as undefined (refused), where forEach would skip it.
  Array.from(t.rates as readonly unknown[]).forEach((stored, index) => {
    // checkTable has checked every rate; a hand-made one may be rebuilt (a decimal of another constructor)
    const r = readRate(stored, "lookup: the table");
    push(pairKey(r.base, r.quote), { rate: r, index, inverse: false });
    push(pairKey(r.quote, r.base), { rate: r, index, inverse: true });
  });
  return map;
}

function indexOf(t: RateTable): ReadonlyMap<string, readonly Stored[]> {
  let index = indexes.get(t);
  if (index === undefined) {
    index = buildIndex(t);
    indexes.set(t, index);
  }
  return index;
}

/** A checked lookup query. @internal */
export interface Query {
  /** The date or period asked for, or undefined for "the most recent". */
  readonly on: IsoDate | Period | undefined;
  readonly day: number | undefined;
  readonly policy: DatePolicy;
  readonly withinDays: number;
  readonly kind: RateKind | undefined;
  readonly source: string | undefined;
  /** The pivot asked for, or undefined for the table's. */
  readonly pivot: Currency | undefined;
}

/** How well an entry answers a dated query: lower is better; undefined when it does not match. */
function score(entry: Entry, q: Query): readonly [number, number, number] | undefined {
  const days = entry.days;
  if (days === undefined || q.day === undefined) return undefined;
  const [first, last] = days;
  let distance: number;
  let future = 0;
  if (first <= q.day && q.day <= last) distance = 0;
  else if (last < q.day) distance = q.day - last;
  else {
    distance = first - q.day;
    future = 1;
  }
  if (q.policy === "exact" && distance !== 0) return undefined;
  if (q.policy === "onOrBefore" && future === 1) return undefined;
  if (q.policy === "nearest" && distance > q.withinDays) return undefined;
  return [distance, future, last - first];
}

function better(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x < y;
  }
  return false;
}

/**
 * The entries of one pair that pass a query's filters, arranged for lookups by day: the dated
 * ones by the length of their span (last day − first day: 0 for a daily rate, 27 to 30 for a
 * month), each group sorted by first day, so that the entries holding on a day, or the nearest
 * before or after it, are found by binary search; the undated ones apart.
 */
interface Bucket {
  readonly groups: readonly { readonly length: number; readonly entries: readonly Entry[] }[];
  readonly undated: readonly Entry[];
}

/** Buckets by table, by the two currencies (objects) and by filters (`""` for none), built on the first lookup that needs them. */
const buckets = new WeakMap<RateTable, Map<Currency, Map<Currency, Map<string, Bucket>>>>();

function bucketFor(t: RateTable, from: Currency, to: Currency, q: Query): Bucket {
  const key = q.kind === undefined && q.source === undefined ? "" : JSON.stringify([q.kind ?? null, q.source ?? null]);
  let byFrom = buckets.get(t);
  if (byFrom === undefined) buckets.set(t, (byFrom = new Map<Currency, Map<Currency, Map<string, Bucket>>>()));
  let byTo = byFrom.get(from);
  if (byTo === undefined) byFrom.set(from, (byTo = new Map<Currency, Map<string, Bucket>>()));
  let byKey = byTo.get(to);
  if (byKey === undefined) byTo.set(to, (byKey = new Map<string, Bucket>()));
  let bucket = byKey.get(key);
  if (bucket === undefined) {
    // The index is by code; a custom currency with the same code but other minor units is another currency.
    const entries = (indexOf(t).get(pairKey(from, to)) ?? [])
      .filter(
        (e) =>
          sameCurrency(e.inverse ? e.rate.quote : e.rate.base, from) &&
          sameCurrency(e.inverse ? e.rate.base : e.rate.quote, to) &&
          (q.kind === undefined || e.rate.kind === q.kind) &&
          (q.source === undefined || e.rate.source === q.source),
      )
      .map((e): Entry => ({ ...e, days: span(e.rate.on) }));
    const byLength = new Map<number, Entry[]>();
    const undated: Entry[] = [];
    for (const e of entries) {
      if (e.days === undefined) {
        undated.push(e);
        continue;
      }
      const length = e.days[1] - e.days[0];
      const list = byLength.get(length);
      if (list === undefined) byLength.set(length, [e]);
      else list.push(e);
    }
    // A stable sort: entries of the same first day stay in table order.
    const groups = [...byLength].map(([length, list]) => ({
      length,
      entries: list.sort((a, b) => firstDay(a) - firstDay(b)),
    }));
    bucket = { groups, undated };
    byKey.set(key, bucket);
  }
  return bucket;
}

/** The inverse of an entry's rate, by entry (an entry belongs to one table). */
const inverses = new WeakMap<Entry, ExchangeRate>();

function firstDay(e: Entry): number {
  return (e.days as readonly [number, number])[0];
}

/** The position of the first entry whose first day is at least `day` (entries.length if none). */
function lowerBound(entries: readonly Entry[], day: number): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (firstDay(entries[mid] as Entry) < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The entries from position `i` on (or back from it, `step` -1) that share its first day. */
function run(entries: readonly Entry[], i: number, step: 1 | -1, visit: (e: Entry) => void): void {
  const at = entries[i];
  if (at === undefined) return;
  const day = firstDay(at);
  for (let k = i; k >= 0 && k < entries.length && firstDay(entries[k] as Entry) === day; k += step)
    visit(entries[k] as Entry);
}

/**
 * The best entry for a pair, or undefined. The candidates come from binary searches in the
 * pair's bucket; among them the ranking is the one {@link lookup} documents. In a group of spans
 * of one length, the entries holding on a day are those whose first day is at most `length`
 * days before it; the nearest entry before (after) it is the last (first) one outside: no entry
 * a search skips can rank above the ones it visits.
 */
export function find(t: RateTable, from: Currency, to: Currency, q: Query): ExchangeRate | undefined {
  const bucket = bucketFor(t, from, to, q);
  let best: Entry | undefined;
  let bestScore: readonly number[] | undefined;
  const consider = (e: Entry, s: readonly number[]): void => {
    const full = [...s, e.inverse ? 1 : 0, e.index];
    if (bestScore === undefined || better(full, bestScore)) {
      best = e;
      bestScore = full;
    }
  };
  const scored = (e: Entry): void => {
    const s = score(e, q);
    if (s !== undefined) consider(e, s);
  };
  if (q.on === undefined) {
    // The most recent rate: latest last day first (undated last), then direct, then table order.
    for (const { entries } of bucket.groups) {
      run(entries, entries.length - 1, -1, (e) => {
        const [first, last] = e.days as readonly [number, number];
        consider(e, [-last, -first]);
      });
    }
    for (const e of bucket.undated) consider(e, [Number.POSITIVE_INFINITY, 0]);
  } else if (typeof q.on !== "string") {
    // a period matches a rate on the same days, however either is written (2024-Q1, 2024-01/2024-03)
    const [first, last] = span(q.on) as readonly [number, number];
    const group = bucket.groups.find((g) => g.length === last - first);
    if (group !== undefined) run(group.entries, lowerBound(group.entries, first), 1, (e) => consider(e, []));
  } else {
    const day = q.day as number;
    for (const { length, entries } of bucket.groups) {
      // those holding on the day: first day from day − length to day
      const from = lowerBound(entries, day - length);
      for (let k = from; k < entries.length && firstDay(entries[k] as Entry) <= day; k++) scored(entries[k] as Entry);
      if (q.policy === "exact") continue;
      // the nearest that ended before the day, and (nearest policy) the nearest that starts after it
      run(entries, from - 1, -1, scored);
      if (q.policy === "nearest") run(entries, lowerBound(entries, day + 1), 1, scored);
    }
  }
  if (best === undefined) {
    // Undated rates hold at any date: the last resort (without a date they were considered above).
    for (const e of bucket.undated) consider(e, []);
  }
  if (best === undefined) return undefined;
  const chosen: Entry = best;
  if (!chosen.inverse) return chosen.rate;
  // The inverse of a stored rate is made once per table (conversions through it then reuse its split).
  let inverse = inverses.get(chosen);
  if (inverse === undefined) inverses.set(chosen, (inverse = invert(chosen.rate)));
  return inverse;
}
