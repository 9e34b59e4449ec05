/**
 * Money values: the prototype, reading and making them, construction, minor units and rounding
 * (arithmetic in arithmetic.ts, comparison in compare.ts).
 *
 * @module
 */
import { Decimal } from "decimal.js";
import {
  D,
  ONE,
  RANGE_TEXT,
  frozen,
  refuseAt,
  roundToScale,
  roundingConstant,
  toDecimal,
  type DecimalInput,
  type RoundingMode,
} from "../decimal.js";
import { MONEY_BRAND } from "../brand.js";
import { readOptions, refuse } from "../errors.js";
import { resolveCurrency, sameCurrency } from "./currency.js";
import { divideToScale, roundToMultiple } from "./exact.js";
import type { Currency, Money, MoneyRoundOptions } from "./types.js";
import { valuePrototype } from "../value.js";

/**
 * What every Money the library makes inherits: `JSON.stringify` writes `{ amount, currency }`
 * as `money.toJSON` does (the amount in plain notation, the currency's code), `String()` gives
 * `"193480000000 CNY"`, Node's inspect `Money(193480000000 CNY)`.
 */
const MONEY = /* @__PURE__ */ valuePrototype<Money>(
  "Money",
  (m) => ({ amount: m.amount.toFixed(), currency: currencyJSON(m.currency) }),
  (m) => `${m.amount.toFixed()} ${m.currency.code}`,
);

/**
 * A currency as the schemas write it: an ISO currency as its code, a custom one as
 * `{ code, minorUnits, name }` (CurrencySchema's JSON). @internal
 */
export function currencyJSON(c: Currency): string | { code: string; minorUnits: number; name: string } {
  return c.custom ? { code: c.code, minorUnits: c.minorUnits, name: c.name } : c.code;
}

/** Builds a frozen Money; `amount` must already be a decimal of the library's constructor. @internal */
export function make(amount: Decimal, currency: Currency): Money {
  // Normalise negative zero so that equal values print alike.
  const made = Object.create(MONEY) as { amount: Decimal; currency: Currency };
  made.amount = amount.isZero() ? ZERO_POSITIVE : frozen(amount);
  made.currency = currency;
  return MONEY_BRAND.seal(made);
}

/** @internal */
export const ZERO_POSITIVE = /* @__PURE__ */ frozen(/* @__PURE__ */ new D(0));

/**
 * Refuses a sum, difference or product outside the library's range (exponents within ±999),
 * which decimal.js stores as ±Infinity, or as 0 when the exact result is not zero, with
 * `OUT_OF_RANGE`. The callers test `result.d === null` (not finite) and, for a zero result,
 * whether the exact one is zero: inline, because add is on the hot path.
 */
/** @internal */
export function outOfRange(where: string): never {
  return refuse("OUT_OF_RANGE", {
    function: where,
    path: "the result",
    expected: RANGE_TEXT,
    min: "1e-999",
    max: "1e1000",
  });
}

/**
 * The common case of {@link asMoney}, in few steps: a Money with a finite amount of the library's
 * constructor and an ISO currency from the registry (what `make` builds), frozen or not. Every
 * clone of decimal.js shares Decimal's prototype; the constructor tells the library's own. `d`
 * (the digits) is null for NaN and the infinities: a finite amount, without a method call. Small,
 * so that the hot paths inline it, and without a `where`, so that a loop builds no string for it.
 * @internal
 */
export function isSoundMoney(value: unknown): value is Money {
  // Only a Money the library made (its private brand): frozen, with a frozen amount, it cannot have
  // changed. A look-alike, frozen or not, is checked and rebuilt by asMoney.
  return MONEY_BRAND.has(value);
}

/**
 * Checks that a value is a Money and returns it with the amount in the library's constructor.
 * A Money the library made (its private brand) is returned as it is: frozen, with a frozen
 * amount, it cannot have changed. Anything else, frozen or not, is read once into locals,
 * checked and rebuilt, so that a getter cannot answer one thing to the check and another to the
 * computation.
 * @internal
 */
export function asMoney(value: unknown, where: string): Money {
  if (MONEY_BRAND.has(value)) return value as Money;
  if (typeof value !== "object" || value === null) return notMoney(value, where);
  // Each field is read once.
  const { amount, currency } = value as { readonly amount?: unknown; readonly currency?: unknown };
  if ((amount === undefined && !("amount" in value)) || (currency === undefined && !("currency" in value)))
    return notMoney(value, where);
  if (!Decimal.isDecimal(amount)) refuseAt("INVALID_VALUE", `${where}.amount`, "a Decimal", amount);
  const c = resolveCurrency(currency, `${where}.currency`);
  return make(toDecimal(amount, `${where}.amount`), c);
}

function notMoney(value: unknown, where: string): never {
  return refuseAt(
    typeof value === "object" && value !== null ? "INVALID_VALUE" : "INVALID_TYPE",
    where,
    "a Money ({ amount, currency })",
    value,
  );
}

/** @internal */
export function sameOrFail(a: Money, b: Money, where: string): void {
  if (!sameCurrency(a.currency, b.currency)) {
    refuse("CURRENCY_MISMATCH", {
      function: where,
      path: "the amounts",
      expected: `amounts in one currency (${a.currency.code})`,
      received: b.currency.code,
      currencies: [a.currency.code, b.currency.code],
      hint: `Cannot mix ${a.currency.code} and ${b.currency.code}; convert one with fx.convert first.`,
    });
  }
}

/** @internal */
export function modeOrFail(mode: unknown, where: string): RoundingMode {
  roundingConstant(mode, where);
  return mode as RoundingMode;
}

/** @internal */
export function scaleOrFail(scale: unknown, where: string): number {
  if (typeof scale !== "number" || !Number.isInteger(scale) || Math.abs(scale) > 1000) {
    refuseAt(
      typeof scale === "number" ? "OUT_OF_RANGE" : "INVALID_TYPE",
      `${where}: options.scale`,
      "an integer from -1000 to 1000",
      scale,
    );
  }
  return scale;
}

/**
 * Creates an amount of money. The amount is kept exactly as given, at any
 * scale: `of("1.005", "USD")` is one dollar and half a cent until you
 * {@link round} it. Prefer strings or bigints: the JS number `0.1` is already inexact.
 *
 * @param amount - a decimal string (`"193.48e9"`), a finite number, a bigint or a Decimal
 * @param currency - an ISO 4217 code (`"CNY"`) or a {@link Currency}
 * @returns a frozen Money
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` for a non-finite or unparsable
 *   amount; `OUT_OF_RANGE` for an amount outside the range of decimals (magnitudes from 1e-999 to
 *   below 1e1000, see {@link DecimalInput}); `UNKNOWN_CURRENCY` for an unknown code
 * @example
 * {@includeCode ../../test/money/examples.test.ts#of}
 * @category Money
 * @since 0.1.0
 */
export function of(amount: DecimalInput, currency: string | Currency): Money {
  const c = resolveCurrency(currency, "money.of: currency");
  return make(toDecimal(amount, "money.of: amount"), c);
}

/**
 * Creates an amount from an integer number of minor units (cents, fen):
 * `fromMinor(1999n, "USD")` is $19.99. Exact for any size of bigint.
 *
 * @param minor - an integer: a bigint, a safe integer number, an integer string or Decimal
 * @param currency - an ISO 4217 code or a {@link Currency}
 * @returns a frozen Money
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` when `minor` is not an integer
 *   (or a number beyond ±2^53); `UNKNOWN_CURRENCY` for an unknown code
 * @example
 * {@includeCode ../../test/money/examples.test.ts#minor}
 * @category Money
 * @since 0.1.0
 */
export function fromMinor(minor: DecimalInput, currency: string | Currency): Money {
  const c = resolveCurrency(currency, "money.fromMinor: currency");
  if (typeof minor === "number" && !Number.isSafeInteger(minor)) {
    refuseAt(
      "OUT_OF_RANGE",
      "money.fromMinor: minor",
      "a safe integer",
      minor,
      "Use a bigint or a string beyond 2^53.",
    );
  }
  const units = toDecimal(minor, "money.fromMinor: minor");
  if (!units.isInteger()) refuseAt("INVALID_NUMBER", "money.fromMinor: minor", "a whole number of minor units", minor);
  // Build from the exact digits: division would round beyond 34 significant digits.
  return make(new D(`${units.toFixed(0)}e-${c.minorUnits}`), c);
}

/**
 * Converts an amount to an integer number of minor units, exactly, as a bigint:
 * $19.99 → `1999n`, ¥1,100 → `1100n`. An amount with more decimals than the
 * currency's minor units is refused unless you name a rounding mode.
 *
 * @param money - the amount
 * @param mode - the rounding mode for amounts finer than a minor unit; omitted, such amounts are refused
 * @returns the number of minor units
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` when the amount is not a whole
 *   number of minor units and no mode is given, or the mode is unknown
 * @example
 * {@includeCode ../../test/money/examples.test.ts#minor}
 * @category Money
 * @since 0.1.0
 */
export function toMinor(money: Money, mode?: RoundingMode): bigint {
  const m = asMoney(money, "money.toMinor: money");
  const units = m.currency.minorUnits;
  let amount = m.amount;
  if (amount.decimalPlaces() > units) {
    if (mode === undefined) {
      refuse("INVALID_INPUT", {
        function: "money.toMinor",
        path: "money",
        expected: `a whole number of minor units (${units} decimals)`,
        received: `${amount.toFixed()} ${m.currency.code}`,
        hint: "Pass a rounding mode.",
      });
    }
    amount = roundToScale(amount, units, modeOrFail(mode, "money.toMinor: mode"));
  } else if (mode !== undefined) modeOrFail(mode, "money.toMinor: mode");
  const text = amount.toFixed(units).replace(".", "");
  return BigInt(text);
}

/**
 * Rounds an amount with a named mode. **Defaults: to the currency's minor units
 * (2 for USD and CNY, 0 for JPY, 3 for KWD), with `halfEven`** (banker's
 * rounding: ties go to the even digit, 0.125 → 0.12). Give `scale` for another
 * number of decimals, or `step` for cash rounding (0.05 CHF).
 *
 * @param money - the amount
 * @param options - `scale` or `step`, and `mode`; see {@link MoneyRoundOptions}
 * @returns the rounded amount, frozen
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` for an unknown mode, a
 *   non-integer scale, a step that is not positive, or both scale and step
 * @example
 * {@includeCode ../../test/money/examples.test.ts#round}
 * @category Rounding
 * @since 0.1.0
 */
export function round(money: Money, options?: MoneyRoundOptions): Money {
  const m = asMoney(money, "money.round: money");
  // The default (minor units, half-even), without building or checking options.
  if (options === undefined)
    return make(m.amount.toDecimalPlaces(m.currency.minorUnits, Decimal.ROUND_HALF_EVEN), m.currency);
  const o = readOptions("money.round", "options", options, ["scale", "step", "mode"]);
  const mode = o.mode === undefined ? "halfEven" : modeOrFail(o.mode, "money.round: options.mode");
  if (o.step !== undefined) {
    if (o.scale !== undefined)
      refuse("INVALID_INPUT", {
        function: "money.round",
        path: "options",
        expected: "either scale or step, not both",
        received: options,
      });
    const step = toDecimal(o.step, "money.round: options.step");
    if (step.lte(0)) refuseAt("OUT_OF_RANGE", "money.round: options.step", "positive", o.step);
    return make(roundToMultiple(m.amount, step, mode), m.currency);
  }
  const scale = o.scale === undefined ? m.currency.minorUnits : scaleOrFail(o.scale, "money.round");
  // Exact at any size (decimal.js would divide by 10^-scale at 34 digits for negative scales).
  return make(scale >= 0 ? roundToScale(m.amount, scale, mode) : divideToScale(m.amount, ONE, scale, mode), m.currency);
}
