/**
 * Rate tables: a list of dated rates with a pivot currency, and lookup by
 * pair and date with a stated policy (direct, inverse, or cross through the pivot).
 *
 * @module
 */
import { describe, fail, readOptions } from "../errors.js";
import { resolveCurrency, sameCurrency } from "../money/currency.js";
import type { Currency } from "../money/types.js";
import { dayNumberOf } from "../period/calendar.js";
import type { IsoDate, Period } from "../period/types.js";
import { formatOn, readWhen, span } from "./dates.js";
import { readRate, cross, identity, invert, rate, readKind, readSource } from "./rate.js";
import { frozenValue, valuePrototype } from "../value.js";
import { currencyJSON } from "../money/money.js";
import type {
  DatePolicy,
  ExchangeRate,
  ExchangeRateInput,
  LookupOptions,
  RateKind,
  RateTable,
  TableOptions,
} from "./types.js";

/**
 * What every RateTable the library makes inherits: `JSON.stringify` writes what `fx.tableToJSON`
 * returns (`{ pivot, rates }`), `String()` gives `"2 rates, pivot USD"`.
 */
const TABLE = valuePrototype<RateTable>(
  "RateTable",
  (t) => ({ pivot: currencyJSON(t.pivot), rates: t.rates }),
  (t) => `${t.rates.length} ${t.rates.length === 1 ? "rate" : "rates"}, pivot ${t.pivot.code}`,
);

const POLICIES: readonly DatePolicy[] = Object.freeze(["exact", "onOrBefore", "nearest"] as const);

/** One orientation of a stored rate, with its days. */
interface Entry {
  readonly rate: ExchangeRate;
  /** Position of the rate in the table. */
  readonly index: number;
  /** True when the stored rate is the other way round and must be inverted. */
  readonly inverse: boolean;
  /** First and last day number, or undefined for an undated rate. */
  readonly days: readonly [number, number] | undefined;
}

/** Entries by "BASE>QUOTE", built once per table. */
const indexes = new WeakMap<RateTable, ReadonlyMap<string, readonly Entry[]>>();

function pairKey(from: Currency, to: Currency): string {
  return `${from.code}>${to.code}`;
}

function buildIndex(t: RateTable): ReadonlyMap<string, readonly Entry[]> {
  const map = new Map<string, Entry[]>();
  const push = (key: string, entry: Entry): void => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [entry]);
    else list.push(entry);
  };
  // Array.from reads a hole of a hand-made table as undefined (refused), where forEach would skip it.
  Array.from(t.rates as readonly unknown[]).forEach((stored, index) => {
    // checkTable has checked every rate; a hand-made one may be rebuilt (a decimal of another constructor)
    const r = readRate(stored, "lookup: the table");
    const days = span(r.on);
    push(pairKey(r.base, r.quote), { rate: r, index, inverse: false, days });
    push(pairKey(r.quote, r.base), { rate: r, index, inverse: true, days });
  });
  return map;
}

function indexOf(t: RateTable): ReadonlyMap<string, readonly Entry[]> {
  let index = indexes.get(t);
  if (index === undefined) {
    index = buildIndex(t);
    indexes.set(t, index);
  }
  return index;
}

function isRateLike(value: unknown): value is ExchangeRate {
  return typeof value === "object" && value !== null && "derivation" in value && "chain" in value;
}

/**
 * Builds a rate table from a list of rates (made by {@link rate}, or given as
 * the input {@link rate} takes). Lookups find a rate in either direction and,
 * failing that, a cross rate through the pivot currency, USD unless `pivot` says otherwise.
 *
 * Two rates of the same pair, date, source and kind are refused: the table
 * could not tell which to use.
 *
 * @param rates - the rates to store, in order of preference when two match a lookup equally well
 * @param options - `pivot`: the currency for cross rates (a code or a Currency; default `"USD"`;
 *   a table always has one, so `null` is refused)
 * @returns a frozen {@link RateTable}
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` when `rates` is not an array, a rate
 *   is invalid (a hand-made one: the message names the field), two rates duplicate each
 *   other, or `pivot` is null or not a currency; `UNKNOWN_CURRENCY` for an unknown
 *   code; `INVALID_PERIOD` for an invalid date
 * @example
 * {@includeCode ../../test/fx/examples.test.ts#table}
 * @category Rate tables
 * @since 0.1.0
 */
export function table(rates: readonly (ExchangeRate | ExchangeRateInput)[], options: TableOptions = {}): RateTable {
  if (!Array.isArray(rates))
    fail("INVALID_INPUT", `table: rates must be an array, got ${describe(rates)}`, { where: "table" });
  if (typeof options !== "object" || options === null)
    fail("INVALID_INPUT", `table: options must be an object, got ${describe(options)}`, { where: "table" });
  const o = readOptions("table", "options", options, ["pivot"]);
  // null is refused: a table always has a pivot (`RateTable.pivot` is a Currency)
  const pivot = resolveCurrency(o.pivot === undefined ? "USD" : o.pivot, "table: pivot");
  const list = Array.from(rates as readonly unknown[]).map((r, i) =>
    isRateLike(r) ? readRate(r, `table: rates[${i}]`) : rate(withWhere(r, i)),
  );
  const seen = new Map<string, number>();
  list.forEach((r, i) => {
    const key = JSON.stringify([
      r.base.code,
      r.base.minorUnits,
      r.quote.code,
      r.quote.minorUnits,
      formatOn(r.on),
      r.source,
      r.kind,
    ]);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      fail(
        "INVALID_INPUT",
        `table: rates[${i}] duplicates rates[${earlier}] (${r.base.code}/${r.quote.code} on ${formatOn(r.on) ?? "no date"}, same source and kind)`,
        {
          where: `table: rates[${i}]`,
        },
      );
    }
    seen.set(key, i);
  });
  const made: RateTable = frozenValue(TABLE, { rates: Object.freeze(list), pivot });
  tables.add(made);
  return made;
}

/** The tables made here (the private brand): frozen, with a frozen list of rates fx made. */
const tables = new WeakSet();

/**
 * Makes a table of rates its caller has checked as it made them, without checking them again:
 * every rate made by `makeRate` from valid parts, and no two of the same pair, date, source and
 * kind (the readers of rate files check that as they read, naming the line). `rates` is frozen
 * and kept, not copied. {@link table} checks all of this itself, at a cost that dominates
 * loading a large file. @internal
 */
export function trustedTable(rates: ExchangeRate[], pivot: Currency): RateTable {
  const made: RateTable = frozenValue(TABLE, { rates: Object.freeze(rates), pivot });
  tables.add(made);
  return made;
}

function withWhere(input: unknown, i: number): ExchangeRateInput {
  if (typeof input !== "object" || input === null) {
    return fail(
      "INVALID_INPUT",
      `table: rates[${i}] must be an ExchangeRate or { base, quote, rate, on?, source?, kind? }, got ${describe(input)}`,
      {
        where: `table: rates[${i}]`,
      },
    );
  }
  return input as ExchangeRateInput;
}

/**
 * Checks that a value is a table made by {@link table}, or a frozen one shaped like it: a frozen
 * list of rates (lookups index a table once, so its rates must not change), each a valid rate,
 * and a pivot currency; names what is not. @internal
 */
export function checkTable(value: unknown, where: string): RateTable {
  if (tables.has(value as object)) return value as RateTable;
  if (typeof value !== "object" || value === null || !Object.isFrozen(value)) return notTable(value, where);
  // Anything fx did not make is read once and rebuilt: a getter cannot answer one thing to the check and another later.
  const { rates, pivot } = value as { readonly rates?: unknown; readonly pivot?: unknown };
  if (!Array.isArray(rates) || !Object.isFrozen(rates) || typeof pivot !== "object") return notTable(value, where);
  const c = resolveCurrency(pivot, `${where}.pivot`);
  if (c !== pivot)
    fail("INVALID_INPUT", `${where}.pivot must be a currency from money.currency or money.defineCurrency`, {
      where: `${where}.pivot`,
    });
  // Array.from reads a hole as undefined (refused), where forEach would skip it.
  const list = Array.from(rates as readonly unknown[], (r, i) => readRate(r, `${where}.rates[${i}]`));
  const made: RateTable = frozenValue(TABLE, { rates: Object.freeze(list), pivot: c });
  tables.add(made);
  return made;
}

function notTable(value: unknown, where: string): never {
  return fail(
    "INVALID_INPUT",
    `${where} must be a RateTable made by fx.table (or read by fx.tableFromJSON), got ${describe(value)}`,
    { where },
  );
}

/** Whether a value looks like a rate table (rather than a rate). @internal */
export function isTableLike(value: unknown): boolean {
  return typeof value === "object" && value !== null && "rates" in value && "pivot" in value;
}

/** A checked lookup query. */
interface Query {
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

function readQuery(options: LookupOptions, where: string): Query {
  if (typeof options !== "object" || options === null)
    fail("INVALID_INPUT", `${where}: options must be an object, got ${describe(options)}`, { where });
  const on = options.on === undefined ? undefined : readWhen(options.on, `${where}: on`);
  const policy = options.policy ?? "exact";
  if (!(POLICIES as readonly unknown[]).includes(policy)) {
    fail("INVALID_INPUT", `${where}: policy must be one of ${POLICIES.join(", ")}, got ${describe(policy)}`, { where });
  }
  let withinDays = 0;
  if (policy === "nearest") {
    const w = options.withinDays;
    if (typeof w !== "number" || !Number.isSafeInteger(w) || w < 0) {
      fail(
        "INVALID_INPUT",
        `${where}: the nearest policy needs withinDays, a whole number of days >= 0, got ${describe(w)}`,
        { where },
      );
    }
    withinDays = w;
  } else if (options.withinDays !== undefined) {
    fail("INVALID_INPUT", `${where}: withinDays applies only to the nearest policy (policy is ${policy})`, { where });
  }
  if (on === undefined && options.policy !== undefined) {
    fail("INVALID_INPUT", `${where}: policy ${policy} needs a date (on); without one the most recent rate is used`, {
      where,
    });
  }
  if (on !== undefined && typeof on !== "string" && policy !== "exact") {
    fail("INVALID_INPUT", `${where}: a period is matched exactly; policy ${policy} needs an ISO date`, { where });
  }
  const kind = options.kind === undefined ? undefined : readKind(options.kind, `${where}: kind`);
  const source =
    options.source === undefined ? undefined : (readSource(options.source, `${where}: source`) ?? undefined);
  const day = typeof on === "string" ? dayNumberOf(on, `${where}: on`) : undefined;
  // checked even when no cross rate is needed, so that a null pivot is always refused
  const pivot = options.pivot === undefined ? undefined : resolveCurrency(options.pivot, `${where}: pivot`);
  return { on, day, policy, withinDays, kind, source, pivot };
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
    const entries = (indexOf(t).get(pairKey(from, to)) ?? []).filter(
      (e) =>
        sameCurrency(e.inverse ? e.rate.quote : e.rate.base, from) &&
        sameCurrency(e.inverse ? e.rate.base : e.rate.quote, to) &&
        (q.kind === undefined || e.rate.kind === q.kind) &&
        (q.source === undefined || e.rate.source === q.source),
    );
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
function find(t: RateTable, from: Currency, to: Currency, q: Query): ExchangeRate | undefined {
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

/**
 * Looks up the rate from `base` to `quote` in a table. It tries, in order:
 * the identity rate when the currencies are the same; a stored rate of the
 * pair, in either direction (a reversed one is inverted); a cross rate through
 * the pivot currency, each leg found the same way. Among the rates that match
 * the date, the closest in time wins, then the one covering fewer days (a
 * daily rate over a monthly average), then one stored in the asked direction,
 * then the first in the table. Rates without a date hold at any date and are
 * used only when no dated rate matches. A period matches the rates that hold
 * on the same days, however either is written: `2024-Q1` finds a rate stored
 * on `2024-01/2024-03`, `2024` one on `2024-S1/2024-S2`.
 *
 * A currency to itself is always the identity rate (1, kind `fixed`, no source,
 * holding on the `on` asked), found without the table: the `kind` and `source`
 * filters do not apply to it, since converting an amount into its own currency
 * needs no published rate (the options are still checked).
 *
 * The answer tells which stored rates it used: the stored rate itself, an
 * inverse whose `chain` holds it, or a cross whose `chain` holds both legs
 * ({@link origins} lists them).
 *
 * @param rateTable - the table, from {@link table}
 * @param base - the currency to convert from (a code or a Currency)
 * @param quote - the currency to convert to
 * @param options - `on` (an ISO date, or a Period matched by its days; omitted: the
 *   most recent rate), `policy` (`"exact"` by default, `"onOrBefore"`, `"nearest"`
 *   with `withinDays`), `pivot` (overrides the table's), `kind` and `source` filters
 * @returns a frozen rate from `base` to `quote`
 * @throws {@link accordo!AccordoError} `RATE_NOT_FOUND` naming the pair, the date and the
 *   policy when nothing matches; `UNKNOWN_CURRENCY` for an unknown code;
 *   `INVALID_INPUT` for invalid options (an unknown policy, `nearest` without
 *   `withinDays`, a policy without `on`, a period with another policy than `exact`,
 *   a `pivot` that is null or not a currency, checked even when no cross rate is needed),
 *   for a table not made by {@link table} (a hand-made one with an invalid rate or pivot: the
 *   message names it) and for an inverse or cross rate beyond the range of decimals (10^±9e15);
 *   `INVALID_PERIOD` for an invalid `on`, or a hand-made table's rate with an invalid date
 * @example
 * {@includeCode ../../test/fx/examples.test.ts#lookup}
 * @category Rate tables
 * @since 0.1.0
 */
export function lookup(
  rateTable: RateTable,
  base: string | Currency,
  quote: string | Currency,
  options?: LookupOptions,
): ExchangeRate {
  if (options !== undefined && (typeof options !== "object" || options === null)) {
    fail("INVALID_INPUT", `lookup: options must be an object, got ${describe(options)}`, { where: "lookup" });
  }
  return lookupIn(rateTable, base, quote, readOptions("lookup", "options", options, LOOKUP_KEYS));
}

/** The keys of {@link LookupOptions}: a misspelt one (`date` for `on`) is refused, never ignored. @internal */
export const LOOKUP_KEYS = ["on", "policy", "withinDays", "pivot", "kind", "source"] as const;

/** {@link lookup} with options already checked (own keys only, none unknown). @internal */
export function lookupIn(
  rateTable: RateTable,
  base: string | Currency,
  quote: string | Currency,
  options: LookupOptions,
): ExchangeRate {
  const t = checkTable(rateTable, "lookup: the table");
  const from = resolveCurrency(base, "lookup: base");
  const to = resolveCurrency(quote, "lookup: quote");
  const on = remembered(from, to, options);
  if (on === NOT_REMEMBERED) return search(t, from, to, options);
  let kept = answers.get(t);
  if (kept === undefined)
    answers.set(t, (kept = { count: 0, limit: Math.max(MAX_ANSWERS, 2 * t.rates.length), byFrom: new Map() }));
  let byTo = kept.byFrom.get(from);
  if (byTo === undefined) kept.byFrom.set(from, (byTo = new Map<Currency, Map<string | undefined, ExchangeRate>>()));
  let byOn = byTo.get(to);
  if (byOn === undefined) byTo.set(to, (byOn = new Map<string | undefined, ExchangeRate>()));
  const cached = byOn.get(on);
  if (cached !== undefined) return cached;
  const found = search(t, from, to, options);
  // At most as many answers as twice the table's rates (at least MAX_ANSWERS), then forgotten all at once.
  if (kept.count >= kept.limit) {
    kept.byFrom.clear();
    kept.count = 0;
    kept.byFrom.set(from, (byTo = new Map<Currency, Map<string | undefined, ExchangeRate>>()));
    byTo.set(to, (byOn = new Map<string | undefined, ExchangeRate>()));
  }
  byOn.set(on, found);
  kept.count++;
  return found;
}

/**
 * Answers already given, by table and query: a table and its rates are frozen,
 * so the same query always finds the same rate. Only the common queries are
 * kept: ISO currencies, and no option but `on` given as a string. Each table
 * keeps at most twice as many answers as it has rates, and at least {@link MAX_ANSWERS}:
 * enough for a rate of every pair on every day it holds rates for, looked up either way round.
 */
const answers = new WeakMap<
  RateTable,
  {
    count: number;
    readonly limit: number;
    readonly byFrom: Map<Currency, Map<Currency, Map<string | undefined, ExchangeRate>>>;
  }
>();
const MAX_ANSWERS = 512;
const NOT_REMEMBERED = Symbol("not remembered");

/** The `on` of a query whose answer is kept (undefined: no `on`), or NOT_REMEMBERED. */
function remembered(from: Currency, to: Currency, options: LookupOptions): string | undefined | typeof NOT_REMEMBERED {
  if (from.custom || to.custom || typeof options !== "object" || options === null) return NOT_REMEMBERED;
  const { on } = options;
  if (on !== undefined && typeof on !== "string") return NOT_REMEMBERED;
  if (options.policy !== undefined || options.withinDays !== undefined || options.pivot !== undefined)
    return NOT_REMEMBERED;
  if (options.kind !== undefined || options.source !== undefined) return NOT_REMEMBERED;
  // No `on` (the key undefined) and an empty `on` (an invalid date, refused: never kept) are apart.
  return on;
}

/** {@link lookup} once its arguments are resolved. */
function search(t: RateTable, from: Currency, to: Currency, options: LookupOptions): ExchangeRate {
  const q = readQuery(options, "lookup");
  if (sameCurrency(from, to)) return identity(from, q.on ?? null);
  const direct = find(t, from, to, q);
  if (direct !== undefined) return direct;
  const pivot = q.pivot ?? t.pivot;
  if (!sameCurrency(pivot, from) && !sameCurrency(pivot, to)) {
    const first = find(t, from, pivot, q);
    const second = first === undefined ? undefined : find(t, pivot, to, q);
    if (first !== undefined && second !== undefined) return cross(first, second, { allowDifferentDates: true });
  }
  const when =
    q.on === undefined
      ? "at any date"
      : `${q.policy === "exact" ? "on" : q.policy === "onOrBefore" ? "on or before" : `within ${q.withinDays} days of`} ${formatOn(q.on) ?? ""}`;
  const filters = [
    q.kind === undefined ? "" : ` of kind ${q.kind}`,
    q.source === undefined ? "" : ` from ${q.source}`,
  ].join("");
  return fail(
    "RATE_NOT_FOUND",
    `lookup: no ${from.code}/${to.code} rate${filters} ${when}, direct, inverse or through ${pivot.code}`,
    {
      where: "lookup",
      base: from.code,
      quote: to.code,
      on: q.on === undefined ? null : formatOn(q.on),
      policy: q.policy,
      pivot: pivot.code,
    },
  );
}
