/**
 * JSON for exchange rates and rate tables: rates as decimal strings, dates as
 * ISO dates or period strings, currencies as codes; validated on the way in.
 *
 * @module
 */
import { checkKeys, describe, fail } from "../errors.js";
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
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` when `exchangeRate` is not an ExchangeRate
 *   (a hand-made one with an invalid field: the message names it), or nests derived rates
 *   deeper than the 32 levels {@link rateFromJSON} reads; `INVALID_PERIOD` for a hand-made
 *   rate with an invalid date
 * @example
 * {@includeCode ../../test/fx/examples.test.ts#json}
 * @category JSON
 * @since 0.1.0
 */
export function rateToJSON(exchangeRate: ExchangeRate): ExchangeRateJSON {
  const r = readRate(exchangeRate, "rateToJSON: the rate");
  return toJSON(r, "rateToJSON: the rate", 0);
}

/** The JSON form of `r` at `depth` in a chain; a chain that nests deeper than {@link rateFromJSON} reads (or loops) is refused. */
function toJSON(r: ExchangeRate, where: string, depth: number): ExchangeRateJSON {
  if (r.chain.length > 0 && depth >= MAX_CHAIN_DEPTH) {
    fail(
      "INVALID_INPUT",
      `${where} nests derived rates deeper than ${MAX_CHAIN_DEPTH} levels, which rateFromJSON refuses`,
      { where },
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
function readOptions(options: unknown, where: string): readonly Currency[] {
  if (typeof options !== "object" || options === null)
    return fail("INVALID_INPUT", `${where}: options must be an object, got ${describe(options)}`, { where });
  checkKeys(where, "options", options, ["currencies"]);
  const list = (options as FromJSONOptions).currencies ?? [];
  if (!Array.isArray(list))
    return fail("INVALID_INPUT", `${where}: currencies must be an array of Currency, got ${describe(list)}`, { where });
  const customs = Array.from(list as readonly unknown[], (c, i) => resolveCurrency(c, `${where}: currencies[${i}]`));
  customs.forEach((c, i) => {
    const earlier = customs.findIndex((d) => d.code === c.code);
    // JSON names a currency by its code only: two currencies of one code could not be told apart.
    if (earlier < i && !sameCurrency(c, customs[earlier] as Currency)) {
      fail(
        "INVALID_INPUT",
        `${where}: currencies[${i}] and currencies[${earlier}] are two currencies with the code ${c.code}; JSON names a currency by its code only, so it could not tell them apart`,
        {
          where,
          value: c.code,
        },
      );
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
 *   (`details.issues`); `INVALID_INPUT` for invalid options (including two custom
 *   currencies of the same code and different minor units, which JSON cannot tell apart)
 * @example
 * {@includeCode ../../test/fx/examples.test.ts#json}
 * @category JSON
 * @since 0.1.0
 */
export function rateFromJSON(json: unknown, options: FromJSONOptions = {}): ExchangeRate {
  const customs = readOptions(options, "rateFromJSON");
  const issues: Issue[] = [];
  const r = readRateJSON(json, "", customs, issues);
  if (r === undefined) return invalid("rateFromJSON", issues);
  return r;
}

/**
 * The JSON form of a rate table: its pivot currency code and its rates (see {@link rateToJSON}).
 *
 * @param rateTable - the table
 * @returns a frozen {@link RateTableJSON}
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` when `rateTable` is not a RateTable (a
 *   hand-made one with an invalid rate or pivot: the message names it), or one of its rates
 *   nests derived rates deeper than the 32 levels {@link tableFromJSON} reads; `INVALID_PERIOD`
 *   for a hand-made rate with an invalid date
 * @example
 * {@includeCode ../../test/fx/examples.test.ts#tableJSON}
 * @category JSON
 * @since 0.1.0
 */
export function tableToJSON(rateTable: RateTable): RateTableJSON {
  const t = checkTable(rateTable, "tableToJSON: the table");
  return Object.freeze({
    pivot: t.pivot.code,
    rates: Object.freeze(t.rates.map((r, i) => toJSON(r, `tableToJSON: rates[${i}]`, 0))),
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
 *   duplicate each other or the options are invalid (as {@link rateFromJSON})
 * @example
 * {@includeCode ../../test/fx/examples.test.ts#tableJSON}
 * @category JSON
 * @since 0.1.0
 */
export function tableFromJSON(json: unknown, options: FromJSONOptions = {}): RateTable {
  const customs = readOptions(options, "tableFromJSON");
  const issues: Issue[] = [];
  const o = readObject(json, "", issues);
  if (o === undefined) return invalid("tableFromJSON", issues);
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
  if (issues.length > 0 || pivot === undefined) return invalid("tableFromJSON", issues);
  return table(rates, { pivot });
}
