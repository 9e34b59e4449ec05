/**
 * JSON for exchange rates and rate tables: rates as decimal strings, dates as
 * ISO dates or period strings, currencies as codes; validated on the way in.
 *
 * @module
 */
import { refuseAt } from "../decimal.js";
import { describe, readOptions as readOpts, refuse } from "../errors.js";
import { resolveCurrency, sameCurrency } from "../money/currency.js";
import type { Currency } from "../money/types.js";
import { formatOn } from "./dates.js";
import { readRate } from "./rate.js";
import { checkTable, table } from "./table.js";
import {
  MAX_CHAIN_DEPTH,
  invalid,
  join,
  readCode,
  readObject,
  readRateJSON,
  unknownKeys,
  type Issue,
} from "./json-read.js";
import type { ExchangeRate, ExchangeRateJSON, FromJSONOptions, RateTable, RateTableJSON } from "./types.js";

/**
 * The JSON form of a rate: currencies as codes, the rate as a plain decimal
 * string (never a float), the date as an ISO date or a period string, and the
 * chain of a derived rate, recursively. {@link rateFromJSON} reads it back to an equal rate.
 *
 * @param exchangeRate - the rate
 * @returns a frozen {@link ExchangeRateJSON}, ready for `JSON.stringify`
 * @throws {@link accordo!AccordoError} `INVALID_TYPE` when `exchangeRate` is not an object;
 *   `INVALID_VALUE` for a hand-made rate with a broken field (`details.path` names it); `INVALID_PERIOD`
 *   for a hand-made rate with an invalid date; `OUT_OF_RANGE` when it nests derived rates deeper than
 *   the 32 levels {@link rateFromJSON} reads
 * @example
 * {@includeCode ../../test/fx/examples.test.ts#json}
 * @category JSON
 * @since 0.1.0
 */
export function rateToJSON(exchangeRate: ExchangeRate): ExchangeRateJSON {
  const r = readRate(exchangeRate, "fx.rateToJSON: exchangeRate");
  return toJSON(r, "fx.rateToJSON: exchangeRate", 0);
}

/** The JSON form of `r` at `depth` in a chain; a chain that nests deeper than {@link rateFromJSON} reads (or loops) is refused. */
function toJSON(r: ExchangeRate, where: string, depth: number): ExchangeRateJSON {
  if (r.chain.length > 0 && depth >= MAX_CHAIN_DEPTH) {
    refuseAt(
      "OUT_OF_RANGE",
      where,
      `a rate whose chain nests derived rates at most ${MAX_CHAIN_DEPTH} levels deep (as rateFromJSON reads)`,
      r,
    );
  }
  return Object.freeze({
    base: r.base.code,
    quote: r.quote.code,
    rate: r.rate.toString(),
    on: formatOn(r.on),
    source: r.source,
    kind: r.kind,
    derivation: r.derivation,
    chain: Object.freeze(r.chain.map((leg) => toJSON(leg, where, depth + 1))),
  });
}
function readOptions(options: FromJSONOptions, fn: string): readonly Currency[] {
  const list = readOpts(fn, "options", options, ["currencies"]).currencies ?? [];
  if (!Array.isArray(list)) return refuseAt("INVALID_TYPE", `${fn}: options.currencies`, "an array of Currency", list);
  const customs = Array.from(list as readonly unknown[], (c, i) =>
    resolveCurrency(c, `${fn}: options.currencies[${i}]`),
  );
  customs.forEach((c, i) => {
    const earlier = customs.findIndex((d) => d.code === c.code);
    // JSON names a currency by its code only: two currencies of one code could not be told apart.
    if (earlier < i && !sameCurrency(c, customs[earlier] as Currency)) {
      refuse("INVALID_INPUT", {
        function: fn,
        path: `options.currencies[${i}]`,
        expected: `a currency of another code than options.currencies[${earlier}], ${c.code}`,
        received: c.code,
        hint: "JSON names a currency by its code only, so it could not tell them apart.",
      });
    }
  });
  return customs;
}

/**
 * Reads a rate from its JSON form ({@link rateToJSON}), validating every
 * field: known currency codes as written (`"USD"`, not `"usd"`), or custom
 * currencies passed in `currencies`; a positive decimal string for the rate
 * (never a float); an ISO date or period string without surrounding spaces, or
 * null; a known kind and derivation; no other field; and a chain that really
 * derives the rate (an inverse is 1 ÷ its origin, a cross the product of two legs
 * that share exactly one currency), with the date, source and kind that
 * {@link invert} and {@link cross} give it (an identity rate: kind `fixed`, source null).
 * An inverse of an inverse or of an identity rate is refused: {@link invert} never
 * makes one. It reads what `ExchangeRateSchema` reads, with every field present and
 * currencies as codes.
 *
 * @param json - the parsed JSON value
 * @param options - `currencies`: custom currencies the codes may name
 * @returns a frozen {@link ExchangeRate}, equal to the one written
 * @throws {@link accordo!AccordoError} `INVALID_SCHEMA` listing every issue with its path
 *   (`details.issues`); `INVALID_TYPE` for options or `currencies` of the wrong type; `UNKNOWN_OPTION`
 *   for another option; `INVALID_INPUT` for two custom currencies of the same code and different
 *   minor units (JSON cannot tell them apart)
 * @example
 * {@includeCode ../../test/fx/examples.test.ts#json}
 * @category JSON
 * @since 0.1.0
 */
export function rateFromJSON(json: unknown, options: FromJSONOptions = {}): ExchangeRate {
  const customs = readOptions(options, "fx.rateFromJSON");
  const issues: Issue[] = [];
  const r = readRateJSON(json, "", customs, issues);
  if (r === undefined) return invalid("fx.rateFromJSON", json, issues);
  return r;
}

/**
 * The JSON form of a rate table: its pivot currency code and its rates (see {@link rateToJSON}).
 *
 * @param rateTable - the table
 * @returns a frozen {@link RateTableJSON}
 * @throws {@link accordo!AccordoError} `INVALID_TYPE` when `rateTable` is not an object;
 *   `INVALID_VALUE` for a hand-made table with a broken rate or pivot (`details.path` names it);
 *   `OUT_OF_RANGE` when one of its rates nests derived rates deeper than the 32 levels
 *   {@link tableFromJSON} reads; `INVALID_PERIOD` for a hand-made rate with an invalid date
 * @example
 * {@includeCode ../../test/fx/examples.test.ts#tableJSON}
 * @category JSON
 * @since 0.1.0
 */
export function tableToJSON(rateTable: RateTable): RateTableJSON {
  const t = checkTable(rateTable, "fx.tableToJSON: rateTable");
  return Object.freeze({
    pivot: t.pivot.code,
    rates: Object.freeze(t.rates.map((r, i) => toJSON(r, `fx.tableToJSON: rateTable.rates[${i}]`, 0))),
  });
}

/**
 * Reads a rate table from its JSON form ({@link tableToJSON}), validating the
 * pivot and every rate as {@link rateFromJSON} does (no field but `pivot` and
 * `rates`), then building the table as {@link table} does (duplicates refused).
 *
 * @param json - the parsed JSON value
 * @param options - `currencies`: custom currencies the codes may name
 * @returns a frozen {@link RateTable}
 * @throws {@link accordo!AccordoError} `INVALID_SCHEMA` listing every issue with its path
 *   (`rates[3].rate`, ...) in `details.issues`; `INVALID_INPUT` when two rates
 *   duplicate each other (as {@link table}); the options' codes as {@link rateFromJSON}
 * @example
 * {@includeCode ../../test/fx/examples.test.ts#tableJSON}
 * @category JSON
 * @since 0.1.0
 */
export function tableFromJSON(json: unknown, options: FromJSONOptions = {}): RateTable {
  const customs = readOptions(options, "fx.tableFromJSON");
  const issues: Issue[] = [];
  const o = readObject(json, "", issues);
  if (o === undefined) return invalid("fx.tableFromJSON", json, issues);
  unknownKeys(o, ["pivot", "rates"], "", issues);
  const pivot = readCode(o["pivot"], "pivot", customs, issues);
  const rawRates = o["rates"];
  const rates: ExchangeRate[] = [];
  if (!Array.isArray(rawRates)) issues.push({ path: "rates", message: `must be an array, got ${describe(rawRates)}` });
  else {
    Array.from(rawRates as readonly unknown[]).forEach((r, i) => {
      const rate = readRateJSON(r, join("rates", i), customs, issues);
      if (rate !== undefined) rates.push(rate);
    });
  }
  if (issues.length > 0 || pivot === undefined) return invalid("fx.tableFromJSON", json, issues);
  return table(rates, { pivot });
}
