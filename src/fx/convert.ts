/**
 * Converting money with a rate or a rate table, rounding made explicit.
 *
 * @module
 */
import { ONE, ROUNDING_MODES, refuseAt, roundToScale, type Decimal, type RoundingMode } from "../decimal.js";
import { readOptions, refuse } from "../errors.js";
import { resolveCurrency, sameCurrency } from "../money/currency.js";
import { asMoney, make } from "../money/money.js";
import { thawed, timesWords } from "../words.js";
import type { Currency, Money } from "../money/types.js";
import { readRate, identity, inRange, invert } from "./rate.js";
import { LOOKUP_KEYS, lookupResolved } from "./lookup.js";
import { checkTable, isTableLike } from "./table.js";
import type { Conversion, ConvertOptions, ConvertRounding, ExchangeRate, RateTable } from "./types.js";

const CONVERT_KEYS = /* @__PURE__ */ (() => ["rounding", ...LOOKUP_KEYS] as const)();

function readRounding(value: unknown, fn: string): ConvertRounding {
  if (value === undefined) return "halfEven";
  if (value === "none" || (typeof value === "string" && (ROUNDING_MODES as readonly string[]).includes(value)))
    return value as ConvertRounding;
  return refuseAt(
    typeof value === "string" ? "INVALID_INPUT" : "INVALID_TYPE",
    `${fn}: options.rounding`,
    `"none" or one of ${ROUNDING_MODES.map((m) => `"${m}"`).join(", ")}`,
    value,
  );
}

/** The rate from `from` to `to`: a given rate (either way round) or a table lookup. */
function rateFor(
  from: Currency,
  to: Currency,
  source: ExchangeRate | RateTable,
  options: ConvertOptions,
  fn: string,
): ExchangeRate {
  const where = fn === "fx.convert" ? "fx.convert: rateOrTable" : `${fn}: rateOrTable`;
  if (isTableLike(source)) {
    // The lookup reads only its own options (never `rounding`); the table is checked once, the
    // currencies are resolved already.
    return lookupResolved(checkTable(source, where), from, to, options, fn);
  }
  const r = readRate(source, where);
  // The list of the lookup options given is made only to refuse them.
  const { on, policy, withinDays, pivot, kind, source: by } = options;
  if (
    on !== undefined ||
    policy !== undefined ||
    withinDays !== undefined ||
    pivot !== undefined ||
    kind !== undefined ||
    by !== undefined
  )
    refuseLookupOptions(options, fn);
  if (sameCurrency(from, to)) return identity(from, r.on);
  if (sameCurrency(r.base, from) && sameCurrency(r.quote, to)) return r;
  if (sameCurrency(r.base, to) && sameCurrency(r.quote, from)) return invert(r);
  return refuse("CURRENCY_MISMATCH", {
    function: fn,
    path: "rateOrTable",
    expected: `a ${from.code}/${to.code} rate (or ${to.code}/${from.code}), or a rate table`,
    received: `${r.base.code}/${r.quote.code}`,
    hint: `A ${r.base.code}/${r.quote.code} rate cannot convert ${from.code} to ${to.code}.`,
    rate: `${r.base.code}/${r.quote.code}`,
    from: from.code,
    to: to.code,
  });
}

/** Refuses lookup options given with a single rate: they choose a rate from a table. */
function refuseLookupOptions(options: ConvertOptions, fn: string): never {
  const given = LOOKUP_KEYS.filter((k) => options[k] !== undefined);
  const first = given[0] ?? "on";
  const one = given.length === 1;
  const why =
    first === "on"
      ? "An on date applies to a rate table, not to one rate: a single rate is used as it is, whatever its date."
      : `${given.join(", ")} ${one ? "chooses" : "choose"} a rate from a rate table; a single rate is used as it is.`;
  return refuse("INVALID_INPUT", {
    function: fn,
    path: `options.${first}`,
    expected: "left out when converting with a single rate",
    received: options[first],
    given,
    hint: `${why} Pass a table made by fx.table to look the rate up, or leave ${one ? "it" : "them"} out.`,
  });
}

/** How deep {@link factors} follows a chain; past it (a hand-made rate), a rate is used as it is. */
const MAX_DEPTH = 64;

/**
 * Splits a rate into the stored rates it multiplies by (`up`) and divides by
 * (`down`): an inverse divides by its origin, a cross applies both legs, an
 * identity rate is 1. A derived rate whose value is not what its chain gives,
 * or whose chain is not frozen (made by hand), is taken as it is. The legs of
 * a rate are rates that `readRate` has checked, frozen, like the rate.
 */
function factors(r: ExchangeRate, up: Decimal[], down: Decimal[], depth: number): void {
  if (depth < MAX_DEPTH && Object.isFrozen(r.chain)) {
    const [a, b] = r.chain as readonly [ExchangeRate, ExchangeRate];
    if (r.derivation === "identity" && r.rate.eq(ONE)) return;
    if (r.derivation === "inverse" && r.chain.length === 1 && ONE.div(a.rate).eq(r.rate)) {
      factors(a, down, up, depth + 1);
      return;
    }
    if (r.derivation === "cross" && r.chain.length === 2 && a.rate.times(b.rate).eq(r.rate)) {
      factors(a, up, down, depth + 1);
      factors(b, up, down, depth + 1);
      return;
    }
  }
  up.push(r.rate);
}

/**
 * The amount times the rate, from the stored rates the rate rests on: at the
 * inverse of USD/CNY 7.2, 5.22 CNY is 5.22 ÷ 7.2 = 0.725 USD exactly, where
 * 5.22 × (1 ÷ 7.2 to 34 digits) is 0.7250…01, which rounds half-even to 0.73
 * instead of 0.72. The divisions come last, so that there is one rounding of a quotient.
 */
function applyRate(amount: Decimal, r: ExchangeRate, fn: string): Decimal {
  const exact = unchecked(amount, r);
  // A finite non-zero product is in range; the message (which prints the amount) is built only to refuse one.
  if (amount.isZero() || (exact.d !== null && !exact.isZero())) return exact;
  return inRange(exact, `${fn}: money`, `the amount × the ${r.base.code}/${r.quote.code} rate`);
}

function unchecked(amount: Decimal, r: ExchangeRate): Decimal {
  if (r.derivation === "direct") return timesWords(amount, r.rate) ?? amount.times(r.rate);
  let split = splits.get(r);
  if (split === undefined) {
    const up: Decimal[] = [];
    const down: Decimal[] = [];
    factors(r, up, down, 0);
    // The rate is frozen (readRate checks it), and factors follows only frozen chains and legs: the split never
    // changes. It holds unfrozen copies of the factors (decimal.js copies a frozen operand's digits on a slow path),
    // which never leave this module, and which decimal.js only reads.
    split = {
      up: up.map(thawed),
      divisor: down.reduce<Decimal | undefined>((x, f) => (x === undefined ? thawed(f) : x.times(f)), undefined),
    };
    splits.set(r, split);
  }
  const product = split.up.reduce((x, f) => timesWords(x, f) ?? x.times(f), amount);
  if (split.divisor !== undefined) return thawed(product).div(split.divisor);
  // No factor at all (an identity rate): times 1, so that the result has 34 digits like any product.
  return split.up.length === 0 ? amount.times(ONE) : product;
}

/** The factors of the derived rates converted with, by rate (a table lookup answers the same rate again). */
const splits = new WeakMap<ExchangeRate, { readonly up: readonly Decimal[]; readonly divisor: Decimal | undefined }>();

/**
 * Converts money and tells how: the result, the exact product before
 * rounding, and the rate used (for a table lookup, its `chain` holds the
 * stored rates used). See {@link convert} for the rules.
 *
 * @param money - the amount to convert
 * @param to - the target currency (a code or a Currency)
 * @param rateOrTable - an {@link ExchangeRate} between the two currencies (either
 *   way round: a reversed rate is inverted), or a {@link RateTable} to look the rate up in
 * @param options - `rounding` (`"halfEven"` by default, another mode name, or
 *   `"none"`); with a table, the lookup options (`on`, `policy`, `withinDays`, `pivot`, `kind`, `source`)
 * @returns a frozen {@link Conversion}
 * @throws {@link accordo!AccordoError} as {@link convert}
 * @example
 * {@includeCode ../../test/fx/examples.test.ts#conversion}
 * @category Conversion
 * @since 0.1.0
 */
export function conversion(
  money: Money,
  to: string | Currency,
  rateOrTable: ExchangeRate | RateTable,
  options?: ConvertOptions,
): Conversion {
  const { m, target, rounding, r } = prepare("fx.conversion", money, to, rateOrTable, options);
  const exact = applyRate(m.amount, r, "fx.conversion");
  const exactMoney = make(exact, target);
  const result = rounding === "none" ? exactMoney : roundedTo(exact, target, rounding);
  return Object.freeze({ from: m, to: result, exact, rate: r, rounding });
}

/**
 * The checked arguments of {@link conversion} (`fn`), in the order {@link convert} checks them too
 * (inline, without this record, on its hot path). The money is only read (not returned), so a
 * well-formed Money is read as it is, frozen or not.
 */
function prepare(
  fn: string,
  money: Money,
  to: string | Currency,
  rateOrTable: ExchangeRate | RateTable,
  options: ConvertOptions | undefined,
): { readonly m: Money; readonly target: Currency; readonly rounding: ConvertRounding; readonly r: ExchangeRate } {
  const m = asMoney(money, `${fn}: money`);
  const target = resolveCurrency(to, `${fn}: to`);
  const o = readOptions(fn, "options", options, CONVERT_KEYS);
  const rounding = readRounding(o.rounding, fn);
  return { m, target, rounding, r: rateFor(m.currency, target, rateOrTable, o, fn) };
}

/** `exact` rounded to the minor units of `target` (what money.round does by default, with `mode`). */
function roundedTo(exact: Decimal, target: Currency, mode: RoundingMode): Money {
  return make(roundToScale(exact, target.minorUnits, mode), target);
}

/**
 * Converts money into another currency: the exact product of the amount and
 * the rate (to 34 significant digits), rounded to the target currency's minor
 * units with a named mode (`halfEven` unless `rounding` says otherwise), or
 * kept at full precision with `rounding: "none"`. A derived rate is applied
 * through the stored rates it rests on: at an inverse rate the amount is divided
 * by the stored rate, never multiplied by a reciprocal cut to 34 digits, so that
 * a result that falls exactly halfway between two minor units is rounded as a tie
 * (5.22 CNY at the inverse of USD/CNY 7.2 is 0.725 USD, 0.72 half-even).
 *
 * The rate is either an {@link ExchangeRate} between the two currencies,
 * given either way round (a reversed rate is inverted), or a
 * {@link RateTable}, in which the rate is looked up with {@link lookup}'s
 * options. The same currency converts at the identity rate (still rounded as asked).
 *
 * Converting back with the inverse rate lands within one minor unit of the
 * original whenever the target's minor unit is worth no more than the
 * source's (USD → EUR → USD, USD → JPY → USD at any realistic rate); when it is
 * worth more (a rate below 1 into JPY), the round trip can only be as fine as the target's minor unit.
 *
 * @param money - the amount to convert
 * @param to - the target currency (a code or a Currency)
 * @param rateOrTable - a rate or a rate table
 * @param options - `rounding`; with a table, `on`, `policy`, `withinDays`, `pivot`, `kind`, `source`
 * @returns the frozen converted {@link Money}
 * @throws {@link accordo!AccordoError} `CURRENCY_MISMATCH` when the rate is not between
 *   the two currencies; `RATE_NOT_FOUND` when the table has no rate for the pair
 *   and date; `UNKNOWN_CURRENCY` for an unknown code; `UNKNOWN_OPTION` for another option;
 *   `INVALID_INPUT` for an unknown rounding mode, or lookup options given with a single rate (an `on`
 *   date applies to a rate table, not to one rate); `INVALID_TYPE` for an argument or option of the
 *   wrong type; `INVALID_VALUE` for a money, rate or table accordo did not make with a broken field
 *   (`details.path` names it); `OUT_OF_RANGE` when the product lies beyond the range of decimals
 *   (magnitudes from 1e-999 to below 1e1000); the lookup's codes with a table (see {@link lookup})
 * @example
 * {@includeCode ../../test/fx/examples.test.ts#convert}
 * @category Conversion
 * @since 0.1.0
 */
export function convert(
  money: Money,
  to: string | Currency,
  rateOrTable: ExchangeRate | RateTable,
  options?: ConvertOptions,
): Money {
  // conversion() without the Conversion record and the unrounded Money: prepare's checks, in the same order,
  // without the record it returns. The money is only read (not returned), so a well-formed Money is read as it is.
  const m = asMoney(money, "fx.convert: money");
  const target = resolveCurrency(to, "fx.convert: to");
  const o = readOptions("fx.convert", "options", options, CONVERT_KEYS);
  const rounding = readRounding(o.rounding, "fx.convert");
  const r = rateFor(m.currency, target, rateOrTable, o, "fx.convert");
  const exact = applyRate(m.amount, r, "fx.convert");
  return rounding === "none" ? make(exact, target) : roundedTo(exact, target, rounding);
}
