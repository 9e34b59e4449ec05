/**
 * Lookups in a rate table by pair and date with a stated policy (direct, inverse, or cross
 * through the pivot), and the answers kept per table.
 *
 * @module
 */
import { describe, fail, readOptions } from "../errors.js";
import { resolveCurrency, sameCurrency } from "../money/currency.js";
import type { Currency } from "../money/types.js";
import { dayNumberOf } from "../period/calendar.js";
import { formatOn, readWhen } from "./dates.js";
import { find, type Query } from "./find.js";
import { cross, identity, readKind, readSource } from "./rate.js";
import { checkTable } from "./table.js";
import type { DatePolicy, ExchangeRate, LookupOptions, RateTable } from "./types.js";

const POLICIES: readonly DatePolicy[] = Object.freeze(["exact", "onOrBefore", "nearest"] as const);

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
  const source = options.source === undefined ? undefined : readSource(options.source, `${where}: source`) ?? undefined;
  const day = typeof on === "string" ? dayNumberOf(on, `${where}: on`) : undefined;
  // checked even when no cross rate is needed, so that a null pivot is always refused
  const pivot = options.pivot === undefined ? undefined : resolveCurrency(options.pivot, `${where}: pivot`);
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
      : `${
          q.policy === "exact" ? "on" : q.policy === "onOrBefore" ? "on or before" : `within ${q.withinDays} days of`
        } ${formatOn(q.on) ?? ""}`;
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
