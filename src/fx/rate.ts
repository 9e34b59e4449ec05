/**
 * Exchange rates: construction with validation, inverse and cross rates.
 *
 * @module
 */
import { D, ONE, RANGE_TEXT, frozen, refuseAt, site, toDecimal } from "../decimal.js";
import type { Decimal } from "../decimal.js";
import { RATE_BRAND } from "../brand.js";
import { isSingleValue, readOptions, refuse, refusePositional } from "../errors.js";
import { resolveCurrency, sameCurrency } from "../money/currency.js";
import type { Currency } from "../money/types.js";
import type { IsoDate, Period } from "../period/types.js";
import { compareOn, formatOn, readOn, sameDays } from "./dates.js";
import type { CrossOptions, ExchangeRate, ExchangeRateInput, RateDate, RateDerivation, RateKind } from "./types.js";
import { frozenValue, valuePrototype } from "../value.js";
import { currencyJSON } from "../money/money.js";

/**
 * What every ExchangeRate the library makes inherits: `JSON.stringify` writes what
 * `fx.rateToJSON` returns (codes, the rate as a plain string, the date, the chain), `String()`
 * gives `"USD/CNY 6.39 on 2021-09-30"`.
 */
export const RATE = /* @__PURE__ */ valuePrototype<ExchangeRate>(
  "ExchangeRate",
  (r) => ({
    base: currencyJSON(r.base),
    quote: currencyJSON(r.quote),
    rate: r.rate.toString(),
    on: formatOn(r.on),
    source: r.source,
    kind: r.kind,
    derivation: r.derivation,
    chain: r.chain,
  }),
  (r) => `${r.base.code}/${r.quote.code} ${r.rate.toString()}${r.on === null ? "" : ` on ${formatOn(r.on) ?? ""}`}`,
);

const KINDS: readonly RateKind[] = /* @__PURE__ */ Object.freeze(["spot", "average", "fixed", "implied"] as const);

/**
 * Validates a rate kind at `where` (`"fx.rate: input.kind"`): INVALID_TYPE for a non-string,
 * INVALID_INPUT for another string; `forged` (a field of a rate accordo did not make) gives INVALID_VALUE. @internal
 */
export function readKind(value: unknown, where: string, forged = false): RateKind {
  if (typeof value === "string" && (KINDS as readonly string[]).includes(value)) return value as RateKind;
  const code = forged ? "INVALID_VALUE" : typeof value === "string" ? "INVALID_INPUT" : "INVALID_TYPE";
  return refuseAt(code, where, `one of ${KINDS.map((k) => `"${k}"`).join(", ")}`, value);
}

/** Validates a source: a non-empty string or null (INVALID_TYPE, INVALID_INPUT or, `forged`, INVALID_VALUE). @internal */
export function readSource(value: unknown, where: string, forged = false): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== "string" || value.trim() === "") {
    const code = forged ? "INVALID_VALUE" : typeof value === "string" ? "INVALID_INPUT" : "INVALID_TYPE";
    return refuseAt(code, where, "a non-empty string or null", value);
  }
  return value;
}

const NO_CHAIN: readonly ExchangeRate[] = /* @__PURE__ */ Object.freeze([]);

/** Makes a frozen rate from checked parts. @internal */
export function makeRate(
  base: Currency,
  quote: Currency,
  value: Decimal,
  on: RateDate,
  source: string | null,
  kind: RateKind,
  derivation: RateDerivation,
  chain: readonly ExchangeRate[],
): ExchangeRate {
  // A direct rate's empty chain is one shared frozen array: loading a file makes hundreds of thousands.
  const list = chain.length === 0 ? NO_CHAIN : Object.freeze([...chain]);
  const made: ExchangeRate = frozenValue(
    RATE,
    {
      base,
      quote,
      rate: frozen(value),
      on,
      source,
      kind,
      derivation,
      chain: list,
    },
    RATE_BRAND,
  );
  return made;
}

/** The rates made here (frozen, with frozen decimals and chains of such rates): they cannot change. */
const checked = RATE_BRAND;

const DERIVATIONS: readonly RateDerivation[] = ["direct", "inverse", "cross", "identity"];

/** Validates a positive rate value (OUT_OF_RANGE for zero or less, as toDecimal for the rest). @internal */
export function readRateValue(value: unknown, where: string): Decimal {
  const d = toDecimal(value, where);
  if (d.lte(0)) refuseAt("OUT_OF_RANGE", where, "a positive rate", value);
  return d;
}

/**
 * Checks that a computed rate stays within the range of decimals (10^±999), with OUT_OF_RANGE:
 * decimal.js gives Infinity past it, and 0 below it. @internal
 */
export function inRange(value: Decimal, where: string, what: string): Decimal {
  if (!value.isFinite() || value.isZero()) {
    refuse("OUT_OF_RANGE", {
      ...site(where),
      expected: `such that ${what} is ${RANGE_TEXT}`,
      min: "1e-999",
      max: "1e1000",
    });
  }
  return frozen(value);
}

const RATE_INPUT_KEYS = ["base", "quote", "rate", "on", "source", "kind"] as const;

/**
 * Makes an exchange rate: one unit of `base` is worth `rate` units of `quote`.
 * The currencies must be known (ISO 4217 codes, or custom currencies from
 * `money.defineCurrency`) and different; the rate positive and finite; `on`
 * a valid ISO date, a Period or a period string for an average, or omitted
 * for an undated rate.
 *
 * @param input - `{ base, quote, rate, on?, source?, kind? }`; `kind` is `"spot"` unless given
 * @returns a frozen direct {@link ExchangeRate} with an empty chain
 * @throws {@link accordo!AccordoError} `INVALID_TYPE` when `input` is not an object (the fields passed in
 *   a row, `fx.rate("USD", "CNY", "6.4")`, included), or a field has the wrong type; `UNKNOWN_OPTION` for a key `input` does not have (`details.accepted` lists them);
 *   `UNKNOWN_CURRENCY` for a code not in the registry; `INVALID_INPUT` when `quote` is `base`, `source`
 *   is empty or `kind` unknown; `INVALID_NUMBER` when `rate` cannot be read; `OUT_OF_RANGE` when it is
 *   not positive; `INVALID_PERIOD` when `on` is neither an ISO date, a JS Date, a Temporal.PlainDate nor a period
 * @example
 * {@includeCode ../../test/fx/examples.test.ts#rate}
 * @category Exchange rates
 * @since 0.1.0
 */
export function rate(input: ExchangeRateInput): ExchangeRate {
  // fx.rate("USD", "CNY", "6.4"): the fields in a row
  if (arguments.length > 1 || isSingleValue(input)) {
    refusePositional(
      "fx.rate",
      "input",
      input,
      arguments.length,
      "{ base, quote, rate, on?, source?, kind? }",
      'fx.rate({ base: "USD", quote: "CNY", rate: "6.3933" })',
    );
  }
  return readRateInput(input, "fx.rate: input");
}

/**
 * {@link rate} for an input at `where` (`"fx.table: rates[2]"`): closed (UNKNOWN_OPTION for
 * another key), read once through its own properties. @internal
 */
export function readRateInput(input: unknown, where: string): ExchangeRate {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    refuseAt("INVALID_TYPE", where, "an object { base, quote, rate, on?, source?, kind? }", input);
  }
  const at = site(where);
  const i = readOptions(at.function, at.path, input as ExchangeRateInput, RATE_INPUT_KEYS);
  const base = resolveCurrency(i.base, `${where}.base`);
  const quote = resolveCurrency(i.quote, `${where}.quote`);
  if (base.code === quote.code) {
    refuse("INVALID_INPUT", {
      ...at,
      path: `${at.path}.quote`,
      expected: `a currency other than the base ${base.code}`,
      received: i.quote,
      hint: "A rate is between two different currencies; a currency converts to itself without one.",
    });
  }
  const value = readRateValue(i.rate, `${where}.rate`);
  const on = readOn(i.on, `${where}.on`);
  const source = readSource(i.source, `${where}.source`);
  const kind = i.kind === undefined ? "spot" : readKind(i.kind, `${where}.kind`);
  return makeRate(base, quote, value, on, source, kind, "direct", []);
}

/**
 * The identity rate between a currency and itself: 1, kind `fixed`.
 * @internal
 */
export function identity(currency: Currency, on: IsoDate | Period | null): ExchangeRate {
  return makeRate(currency, currency, ONE, on, null, "fixed", "identity", []);
}

/**
 * Checks that a value is an exchange rate made by accordo, or a frozen value shaped like one
 * whose every field (its chain's rates too) is valid; names the field that is not. A rate whose
 * decimal is of another constructor, or whose fields are valid but not in the form fx.rate gives
 * them (a period for one day, a copy of a currency), is rebuilt. @internal
 */
export function readRate(value: unknown, where: string, depth = 0, seen?: Map<unknown, ExchangeRate>): ExchangeRate {
  if (checked.has(value)) return value as ExchangeRate;
  // A rate met twice in one chain is checked once: a hand-made chain that holds the same rate
  // twice at every level would otherwise take 2^depth checks. (The map is made only for a chain.)
  const known = seen?.get(value);
  if (known !== undefined) return known;
  if (typeof value !== "object" || value === null) {
    return refuseAt("INVALID_TYPE", where, "an ExchangeRate made by fx.rate", value);
  }
  // Read once into locals: a getter cannot answer one thing to the check and another later.
  const r = { ...(value as Record<keyof ExchangeRate, unknown>) };
  if (!Object.isFrozen(value) || !Array.isArray(r.chain) || depth > MAX_CHAIN) {
    return refuseAt(
      "INVALID_VALUE",
      where,
      "an ExchangeRate made by fx.rate (or read by fx.rateFromJSON): a frozen value with a chain of at most 64 levels",
      value,
    );
  }
  const at = (field: string): string => `${where}.${field}`;
  const currencyAt = (c: unknown, field: string): Currency =>
    typeof c === "object" && c !== null
      ? resolveCurrency(c, at(field))
      : refuseAt("INVALID_VALUE", at(field), "a Currency", c);
  const base = currencyAt(r.base, "base");
  const quote = currencyAt(r.quote, "quote");
  const x = r.rate;
  if (!D.isDecimal(x)) refuseAt("INVALID_VALUE", at("rate"), "a positive Decimal", x);
  const rateValue = toDecimal(x, at("rate"));
  if (rateValue.lte(0)) refuseAt("INVALID_VALUE", at("rate"), "a positive Decimal", x);
  const on = readOn(r.on, at("on"));
  const source = readSource(r.source, at("source"), true);
  const kind = readKind(r.kind, at("kind"), true);
  const derivation = r.derivation as RateDerivation;
  if (!DERIVATIONS.includes(derivation)) {
    refuseAt("INVALID_VALUE", at("derivation"), `one of ${DERIVATIONS.map((d) => `"${d}"`).join(", ")}`, derivation);
  }
  const legs = Array.prototype.slice.call(r.chain) as unknown[];
  const legsSeen = seen ?? new Map<unknown, ExchangeRate>();
  const chain = Array.from(legs, (leg, i) => readRate(leg, `${at("chain")}[${i}]`, depth + 1, legsSeen));
  // Only the rates fx made are trusted as they are (its private brand): anything else is rebuilt
  // from what was read, once.
  const result = makeRate(base, quote, rateValue, on, source, kind, derivation, chain);
  seen?.set(value, result);
  return result;
}

/** How deep {@link readRate} follows the chain of a rate it checks (one fx did not make: a chain that loops back stops here). */
const MAX_CHAIN = 64;

/**
 * The inverse of a rate: from `quote` to `base`, at 1 ÷ rate (to 34
 * significant digits). The inverse keeps its origin: its `chain` is the rate
 * inverted, its `on`, `source` and `kind` are the origin's, and inverting an
 * inverse gives back the original rate itself, exactly.
 *
 * @param exchangeRate - the rate to invert
 * @returns a frozen rate with `derivation: "inverse"` (or the origin, when `exchangeRate` is an inverse)
 * @throws {@link accordo!AccordoError} `INVALID_TYPE` when `exchangeRate` is not an object;
 *   `INVALID_VALUE` for a hand-made rate with a broken field (`details.path` names it); `INVALID_PERIOD`
 *   for a hand-made rate with an invalid date; `OUT_OF_RANGE` when the inverse lies beyond the range
 *   of decimals (magnitudes from 1e-999 to below 1e1000)
 * @example
 * {@includeCode ../../test/fx/examples.test.ts#invert}
 * @category Exchange rates
 * @since 0.1.0
 */
export function invert(exchangeRate: ExchangeRate): ExchangeRate {
  const r = readRate(exchangeRate, "fx.invert: exchangeRate");
  if (r.derivation === "identity") return r;
  const origin = r.chain[0];
  if (r.derivation === "inverse" && origin !== undefined) return origin;
  const value = inRange(
    ONE.div(r.rate),
    "fx.invert: exchangeRate",
    `the inverse of ${r.base.code}/${r.quote.code} ${r.rate.toString()}`,
  );
  return makeRate(r.quote, r.base, value, r.on, r.source, r.kind, "inverse", [r]);
}

function crossKind(a: RateKind, b: RateKind): RateKind {
  if (a === b) return a;
  if (a === "implied" || b === "implied") return "implied";
  if (a === "spot" || b === "spot") return "spot";
  return "average";
}

/**
 * The cross rate of two rates that share one currency: USD→CNY with EUR→USD
 * gives EUR→CNY. When one rate's quote is the other's base, the result follows
 * that chain (first base → last quote); when the two share their base or their
 * quote, the first rate's other currency becomes the base and the second's the
 * quote, the legs being inverted as needed. The rate is the product of the
 * oriented legs, which are kept, in the order applied, as its `chain`.
 *
 * Legs that hold on different days are refused unless `allowDifferentDates`;
 * the cross then holds on the later date. Periods written differently that
 * cover the same days (`2024-Q1`, `2024-01/2024-03`) hold on the same days; the
 * cross then holds on the date of the first leg of its chain. The source is the legs' common
 * source, or null; the kind is the legs' common kind (see {@link RateKind}).
 *
 * @param a - the first rate
 * @param b - the second rate, sharing exactly one currency with `a` (an identity
 *   rate, from a lookup of a currency to itself, has one currency: crossed with
 *   a rate of that currency, in either order, it gives that rate's pair and value)
 * @param options - `allowDifferentDates` (default false)
 * @returns a frozen rate with `derivation: "cross"` and the two oriented legs as `chain`
 * @throws {@link accordo!AccordoError} `CURRENCY_MISMATCH` when the rates share no
 *   currency, or both (they are the same pair); `INVALID_INPUT` when their dates
 *   differ and `allowDifferentDates` is not set; `INVALID_TYPE` when an argument is not an object or
 *   `allowDifferentDates` not a boolean; `UNKNOWN_OPTION` for another option; `INVALID_VALUE` for a
 *   hand-made rate with a broken field (`details.path` names it); `OUT_OF_RANGE` when the product lies
 *   beyond the range of decimals (magnitudes from 1e-999 to below 1e1000); `INVALID_PERIOD` for a hand-made rate with an invalid date
 * @example
 * {@includeCode ../../test/fx/examples.test.ts#cross}
 * @category Exchange rates
 * @since 0.1.0
 */
export function cross(a: ExchangeRate, b: ExchangeRate, options: CrossOptions = {}): ExchangeRate {
  const x = readRate(a, "fx.cross: a");
  const y = readRate(b, "fx.cross: b");
  const allow = readOptions("fx.cross", "options", options, ["allowDifferentDates"]).allowDifferentDates ?? false;
  if (typeof allow !== "boolean") refuseAt("INVALID_TYPE", "fx.cross: options.allowDifferentDates", "a boolean", allow);
  // The distinct currencies of each: an identity rate (C/C) has one.
  const xs = sameCurrency(x.base, x.quote) ? [x.base] : [x.base, x.quote];
  const ys = sameCurrency(y.base, y.quote) ? [y.base] : [y.base, y.quote];
  const shared = xs.filter((c) => ys.some((d) => sameCurrency(c, d)));
  if (shared.length !== 1 || (xs.length === 1 && ys.length === 1)) {
    const what = shared.length === 0 ? "shares no currency with" : "is the same pair as";
    return refuse("CURRENCY_MISMATCH", {
      function: "fx.cross",
      path: "b",
      expected: `a rate sharing exactly one currency with ${x.base.code}/${x.quote.code}`,
      received: `${y.base.code}/${y.quote.code}`,
      hint: `${y.base.code}/${y.quote.code} ${what} ${x.base.code}/${x.quote.code}.`,
      first: `${x.base.code}/${x.quote.code}`,
      second: `${y.base.code}/${y.quote.code}`,
    });
  }
  if (!sameDays(x.on, y.on) && !allow) {
    refuse("INVALID_INPUT", {
      function: "fx.cross",
      path: "b.on",
      expected: `the date of the first rate, ${formatOn(x.on) ?? "none"}`,
      received: formatOn(y.on),
      hint: "Pass { allowDifferentDates: true } to combine rates of different dates (the cross holds on the later one).",
    });
  }
  let first: ExchangeRate;
  let second: ExchangeRate;
  if (sameCurrency(x.quote, y.base)) [first, second] = [x, y];
  else if (sameCurrency(y.quote, x.base)) [first, second] = [y, x];
  else if (sameCurrency(x.base, y.base)) [first, second] = [invert(x), y];
  else [first, second] = [x, invert(y)];
  const on = compareOn(first.on, second.on) >= 0 ? first.on : second.on;
  const source = first.source === second.source ? first.source : null;
  const value = inRange(
    first.rate.times(second.rate),
    "fx.cross: b",
    `the ${first.base.code}/${second.quote.code} rate ${first.rate.toString()} × ${second.rate.toString()}`,
  );
  return makeRate(first.base, second.quote, value, on, source, crossKind(first.kind, second.kind), "cross", [
    first,
    second,
  ]);
}

/**
 * The stored rates a rate rests on: the rate itself when it is direct, the
 * origins of the rates in its chain when it is derived (an inverse's origin,
 * both legs of a cross), nothing for an identity rate. This is how a table
 * lookup tells which stored rates it used.
 *
 * @param exchangeRate - any rate
 * @returns a frozen array of the direct rates it was derived from, in chain order
 * @throws {@link accordo!AccordoError} `INVALID_TYPE` when `exchangeRate` is not an object;
 *   `INVALID_VALUE` for a hand-made rate with a broken field, or whose chain nests more than 64 levels
 *   deep (as one that loops back to a rate it derives from does); `INVALID_PERIOD` for an invalid `on`
 * @example
 * {@includeCode ../../test/fx/examples.test.ts#origins}
 * @category Exchange rates
 * @since 0.1.0
 */
export function origins(exchangeRate: ExchangeRate): readonly ExchangeRate[] {
  const r = readRate(exchangeRate, "fx.origins: exchangeRate");
  const out: ExchangeRate[] = [];
  // readRate has checked every rate of the chain, and refused a hand-made chain that loops back
  const walk = (node: ExchangeRate): void => {
    if (node.derivation === "direct") out.push(node);
    else node.chain.forEach(walk);
  };
  walk(r);
  return Object.freeze(out);
}
