/**
 * Rate tables: a list of dated rates with a pivot currency; building one, and checking one
 * the library did not make. Lookups are in lookup.ts, the search of a table in find.ts.
 *
 * @module
 */
import { refuseAt } from "../decimal.js";
import { readOptions, refuse } from "../errors.js";
import { resolveCurrency } from "../money/currency.js";
import type { Currency } from "../money/types.js";
import { formatOn } from "./dates.js";
import { readRate, readRateInput } from "./rate.js";
import { frozenValue, valuePrototype } from "../value.js";
import { currencyJSON } from "../money/money.js";
import type { ExchangeRate, ExchangeRateInput, RateTable, TableOptions } from "./types.js";

/**
 * What every RateTable the library makes inherits: `JSON.stringify` writes what `fx.tableToJSON`
 * returns (`{ pivot, rates }`), `String()` gives `"2 rates, pivot USD"`.
 */
const TABLE = /* @__PURE__ */ valuePrototype<RateTable>(
  "RateTable",
  (t) => ({ pivot: currencyJSON(t.pivot), rates: t.rates }),
  (t) => `${t.rates.length} ${t.rates.length === 1 ? "rate" : "rates"}, pivot ${t.pivot.code}`,
);

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
 * @throws {@link accordo!AccordoError} `INVALID_TYPE` when `rates` is not an array, a rate is not an
 *   object, or `pivot` is null or not a currency; `UNKNOWN_OPTION` for another option, or a key a rate
 *   input does not have; `INVALID_INPUT` when two rates duplicate each other (`details.duplicates` is the
 *   index of the first); `INVALID_VALUE` for a hand-made rate with a broken field; `UNKNOWN_CURRENCY`
 *   for an unknown code; `INVALID_NUMBER`, `OUT_OF_RANGE`, `INVALID_PERIOD` as {@link rate}
 * @example
 * {@includeCode ../../test/fx/examples.test.ts#table}
 * @category Rate tables
 * @since 0.1.0
 */
export function table(rates: readonly (ExchangeRate | ExchangeRateInput)[], options: TableOptions = {}): RateTable {
  if (!Array.isArray(rates)) refuseAt("INVALID_TYPE", "fx.table: rates", "an array of rates", rates);
  const o = readOptions("fx.table", "options", options, ["pivot"]);
  // null is refused: a table always has a pivot (`RateTable.pivot` is a Currency)
  const pivot = resolveCurrency(o.pivot === undefined ? "USD" : o.pivot, "fx.table: options.pivot");
  // Array.from reads a hole as undefined (refused), where map would skip it.
  const list = Array.from(rates as readonly unknown[], (r, i) =>
    isRateLike(r) ? readRate(r, `fx.table: rates[${i}]`) : readRateInput(r, `fx.table: rates[${i}]`),
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
      refuse("INVALID_INPUT", {
        function: "fx.table",
        path: `rates[${i}]`,
        expected: `different from rates[${earlier}] in its pair, date, source or kind`,
        received: `${r.base.code}/${r.quote.code} ${r.rate.toString()}`,
        hint:
          `Both are ${r.base.code}/${r.quote.code} on ${formatOn(r.on) ?? "no date"} of the same source and kind: ` +
          "a lookup could not tell which to use.",
        duplicates: earlier,
      });
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

/**
 * Checks that a value is a table made by {@link table}, or a frozen one shaped like it: a frozen
 * list of rates (lookups index a table once, so its rates must not change), each a valid rate,
 * and a pivot currency; names what is not. @internal
 */
export function checkTable(value: unknown, where: string): RateTable {
  if (tables.has(value as object)) return value as RateTable;
  if (typeof value !== "object" || value === null) return refuseAt("INVALID_TYPE", where, TABLE_TEXT, value);
  if (!Object.isFrozen(value)) return refuseAt("INVALID_VALUE", where, TABLE_TEXT, value);
  // Anything fx did not make is read once and rebuilt: a getter cannot answer one thing to the check and another later.
  const { rates, pivot } = value as { readonly rates?: unknown; readonly pivot?: unknown };
  if (!Array.isArray(rates) || !Object.isFrozen(rates))
    return refuseAt("INVALID_VALUE", `${where}.rates`, "a frozen array of rates", rates);
  if (typeof pivot !== "object" || pivot === null)
    return refuseAt("INVALID_VALUE", `${where}.pivot`, "a Currency", pivot);
  const c = resolveCurrency(pivot, `${where}.pivot`);
  if (c !== pivot)
    refuseAt("INVALID_VALUE", `${where}.pivot`, "a currency from money.currency or money.defineCurrency", pivot);
  // Array.from reads a hole as undefined (refused), where forEach would skip it.
  const list = Array.from(rates as readonly unknown[], (r, i) => readRate(r, `${where}.rates[${i}]`));
  const made: RateTable = frozenValue(TABLE, { rates: Object.freeze(list), pivot: c });
  tables.add(made);
  return made;
}

const TABLE_TEXT = "a RateTable made by fx.table (or read by fx.tableFromJSON)";

/** Whether a value looks like a rate table (rather than a rate). @internal */
export function isTableLike(value: unknown): boolean {
  return typeof value === "object" && value !== null && "rates" in value && "pivot" in value;
}
