/**
 * Lookups in a rate table by pair and date with a stated policy (direct, inverse, or cross
 * through the pivot), and the answers kept per table.
 *
 * @module
 */
import { refuseAt } from "../decimal.js";
import { readOptions, refuse } from "../errors.js";
import { resolveCurrency, sameCurrency } from "../money/currency.js";
import type { Currency } from "../money/types.js";
import { dayNumberOf } from "../period/calendar.js";
import { formatOn, readWhen } from "./dates.js";
import { find, type Query } from "./find.js";
import { cross, identity, readKind, readSource } from "./rate.js";
import { checkTable } from "./table.js";
import type { DatePolicy, ExchangeRate, LookupOptions, RateTable } from "./types.js";

const POLICIES: readonly DatePolicy[] = /* @__PURE__ */ Object.freeze(["exact", "onOrBefore", "nearest"] as const);

/** Reads the lookup options of `fn` (`"fx.lookup"`, `"fx.convert"`), an own-keys copy, once. */
function readQuery(options: LookupOptions, fn: string): Query {
  const at = (key: string): string => `${fn}: options.${key}`;
  const on = options.on === undefined ? undefined : readWhen(options.on, at("on"));
  const policy = options.policy ?? "exact";
  if (!(POLICIES as readonly unknown[]).includes(policy)) {
    const expected = `one of ${POLICIES.map((p) => `"${p}"`).join(", ")}`;
    refuseAt(typeof policy === "string" ? "INVALID_INPUT" : "INVALID_TYPE", at("policy"), expected, policy);
  }
  let withinDays = 0;
  const w = options.withinDays;
  if (policy === "nearest") {
    if (w === undefined) {
      refuse("INVALID_INPUT", {
        function: fn,
        path: "options.withinDays",
        expected: "a whole number of days >= 0 with the nearest policy",
        received: w,
        hint: 'Say how far from the date a rate may be, e.g. { policy: "nearest", withinDays: 3 }.',
      });
    }
    if (typeof w !== "number") refuseAt("INVALID_TYPE", at("withinDays"), "a whole number of days >= 0", w);
    if (!Number.isSafeInteger(w) || w < 0) refuseAt("OUT_OF_RANGE", at("withinDays"), "a whole number of days >= 0", w);
    withinDays = w;
  } else if (w !== undefined) {
    refuse("INVALID_INPUT", {
      function: fn,
      path: "options.withinDays",
      expected: `left out with the ${policy} policy (it applies only to the nearest policy)`,
      received: w,
    });
  }
  if (on === undefined && options.policy !== undefined) {
    refuse("INVALID_INPUT", {
      function: fn,
      path: "options.on",
      expected: `a date with the ${policy} policy`,
      received: undefined,
      hint: "Without a date the most recent rate is used, and no policy applies.",
    });
  }
  if (on !== undefined && typeof on !== "string" && policy !== "exact") {
    refuse("INVALID_PERIOD", {
      function: fn,
      path: "options.on",
      expected: `an ISO date with the ${policy} policy (a period is matched exactly)`,
      received: options.on,
    });
  }
  const kind = options.kind === undefined ? undefined : readKind(options.kind, at("kind"));
  const source = options.source === undefined ? undefined : (readSource(options.source, at("source")) ?? undefined);
  const day = typeof on === "string" ? dayNumberOf(on, at("on")) : undefined;
  // checked even when no cross rate is needed, so that a null pivot is always refused
  const pivot = options.pivot === undefined ? undefined : resolveCurrency(options.pivot, at("pivot"));
  return { on, day, policy, withinDays, kind, source, pivot };
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
 *   policy when nothing matches; `UNKNOWN_CURRENCY` for an unknown code; `UNKNOWN_OPTION` for another
 *   option; `INVALID_TYPE` when an option has the wrong type (a `pivot` that is null, checked even when no
 *   cross rate is needed) or `rateTable` is not an object; `INVALID_INPUT` for an unknown policy,
 *   `nearest` without `withinDays`, `withinDays` with another policy, or a policy without `on`;
 *   `OUT_OF_RANGE` for a `withinDays` that is not a whole number >= 0; `INVALID_PERIOD` for an invalid
 *   `on`, or a period with another policy than `exact`; `INVALID_VALUE` for a table not made by
 *   {@link table} (a hand-made one with a broken rate or pivot: `details.path` names it);
 *   `OUT_OF_RANGE` for an inverse or cross rate beyond the range of decimals (magnitudes from 1e-999 to below 1e1000)
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
  return lookupIn(rateTable, base, quote, readOptions("fx.lookup", "options", options, LOOKUP_KEYS));
}

/** The keys of {@link LookupOptions}: a misspelt one (`date` for `on`) is refused, never ignored. @internal */
export const LOOKUP_KEYS = ["on", "policy", "withinDays", "pivot", "kind", "source"] as const;

/**
 * {@link lookup} with options already checked (own keys only, none unknown), for the public
 * function `fn` (`"fx.convert"` looks up with the money's currency and its `to`). @internal
 */
export function lookupIn(
  rateTable: RateTable,
  base: string | Currency,
  quote: string | Currency,
  options: LookupOptions,
  fn = "fx.lookup",
): ExchangeRate {
  const t = checkTable(rateTable, `${fn}: ${fn === "fx.lookup" ? "rateTable" : "rateOrTable"}`);
  const from = resolveCurrency(base, `${fn}: base`);
  const to = resolveCurrency(quote, `${fn}: quote`);
  return lookupResolved(t, from, to, options, fn);
}

/**
 * {@link lookupIn} once the table is checked (by {@link checkTable}) and the currencies resolved
 * (by resolveCurrency): `fx.convert` has done both. @internal
 */
export function lookupResolved(
  t: RateTable,
  from: Currency,
  to: Currency,
  options: LookupOptions,
  fn: string,
): ExchangeRate {
  const on = remembered(from, to, options);
  if (on === NOT_REMEMBERED) return search(t, from, to, options, fn);
  let kept = answers.get(t);
  if (kept === undefined)
    answers.set(t, (kept = { count: 0, limit: Math.max(MAX_ANSWERS, 2 * t.rates.length), byFrom: new Map() }));
  let byTo = kept.byFrom.get(from);
  if (byTo === undefined) kept.byFrom.set(from, (byTo = new Map<Currency, Map<string | undefined, ExchangeRate>>()));
  let byOn = byTo.get(to);
  if (byOn === undefined) byTo.set(to, (byOn = new Map<string | undefined, ExchangeRate>()));
  const cached = byOn.get(on);
  if (cached !== undefined) return cached;
  const found = search(t, from, to, options, fn);
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
function search(t: RateTable, from: Currency, to: Currency, options: LookupOptions, fn: string): ExchangeRate {
  const q = readQuery(options, fn);
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
      : `${
          q.policy === "exact" ? "on" : q.policy === "onOrBefore" ? "on or before" : `within ${q.withinDays} days of`
        } ${formatOn(q.on) ?? ""}`;
  const filters = [
    q.kind === undefined ? "" : ` of kind ${q.kind}`,
    q.source === undefined ? "" : ` from ${q.source}`,
  ].join("");
  const what = `${from.code}/${to.code} rate${filters} ${when}, direct, inverse or through ${pivot.code}`;
  const count = t.rates.length;
  return refuse("RATE_NOT_FOUND", {
    function: fn,
    path: fn === "fx.lookup" ? "rateTable" : "rateOrTable",
    expected: `a table with a ${what}`,
    received: t,
    receivedAs:
      count === 0
        ? "an empty table"
        : count === 1
          ? "a table of 1 rate, which does not answer"
          : `a table of ${count} rates, none of which answers`,
    base: from.code,
    quote: to.code,
    on: q.on === undefined ? null : formatOn(q.on),
    policy: q.policy,
    pivot: pivot.code,
  });
}
