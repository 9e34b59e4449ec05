/**
 * Rate tables: a list of dated rates with a pivot currency; building one, and checking one
 * the library did not make. Lookups are in lookup.ts, the search of a table in find.ts.
 *
 * @module
 */
import { describe, fail, readOptions } from "../errors.js";
import { resolveCurrency } from "../money/currency.js";
import type { Currency } from "../money/types.js";
import { formatOn } from "./dates.js";
import { readRate, rate } from "./rate.js";
import { frozenValue, valuePrototype } from "../value.js";
import { currencyJSON } from "../money/money.js";
import type { ExchangeRate, ExchangeRateInput, RateTable, TableOptions } from "./types.js";

/**
 * What every RateTable the library makes inherits: `JSON.stringify` writes what `fx.tableToJSON`
 * returns (`{ pivot, rates }`), `String()` gives `"2 rates, pivot USD"`.
 */
const TABLE = valuePrototype<RateTable>(
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
        `table: rates[${i}] duplicates rates[${earlier}] (${r.base.code}/${r.quote.code} on ${
          formatOn(r.on) ?? "no date"
        }, same source and kind)`,
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
      `table: rates[${i}] must be an ExchangeRate or { base, quote, rate, on?, source?, kind? }, got ${describe(
        input,
      )}`,
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
