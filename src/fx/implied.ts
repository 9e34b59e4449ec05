/**
 * Rates implied by paired reported figures ("193.48 billion yuan (30.26
 * billion dollars)"), with the bounds their rounding allows; the consistency
 * of several such rates; and a check of a given rate against them.
 *
 * @module
 */
import { D, ONE, frozen, refuseAt, toDecimal } from "../decimal.js";
import type { Decimal, DecimalInput } from "../decimal.js";
import { readOptions, refuse } from "../errors.js";
import { div } from "../figure/arithmetic.js";
import { contains, intersect } from "../figure/inspect.js";
import { readOperand } from "../figure/internal.js";
import type { Figure, FigureInput } from "../figure/types.js";
import { resolveCurrency, sameCurrency } from "../money/currency.js";
import type { Currency } from "../money/types.js";
import { readRate } from "./rate.js";
import type {
  ExchangeRate,
  ImpliedOptions,
  ImpliedRate,
  RateCheck,
  RateCheckResult,
  RateConsistency,
} from "./types.js";

function makeImplied(
  base: Currency,
  quote: Currency,
  rateFigure: Figure,
  baseFigure: Figure,
  quoteFigure: Figure,
  label: string | null,
): ImpliedRate {
  const made: ImpliedRate = Object.freeze({ base, quote, rate: rateFigure, baseFigure, quoteFigure, label });
  implieds.add(made);
  return made;
}

/**
 * The exchange rate implied by two reported figures of the same quantity in
 * two currencies: one unit of `baseCurrency` is worth `quoteFigure ÷
 * baseFigure` units of `quoteCurrency`, with the bounds that the figures'
 * rounding allows. "GDP 193.48 billion yuan (30.26 billion dollars)" implies
 * 1 USD = 6.39392 CNY, anywhere between about 6.39270 and 6.39514.
 *
 * Give the figures as `figure.reported` makes them (the bounds of their written
 * digits), or as plain numbers, taken as exact. Both must be positive.
 *
 * @param baseFigure - the quantity in the base currency (30.26 billion dollars)
 * @param baseCurrency - the base currency, a code or a Currency
 * @param quoteFigure - the same quantity in the quote currency (193.48 billion yuan)
 * @param quoteCurrency - the quote currency, different from the base
 * @param options - `label`: a name for the pair (`"GDP"`)
 * @returns a frozen {@link ImpliedRate} whose `rate` is a Figure with bounds
 * @throws {@link accordo!AccordoError} `OUT_OF_RANGE` when a figure is not positive (its lower bound
 *   below zero, or at zero and included; for the base figure, at zero even when excluded);
 *   `INVALID_NUMBER` or `INVALID_VALUE` for a figure that cannot be read; `INVALID_INPUT` when the
 *   currencies are the same or the label is empty; `INVALID_TYPE` for a label that is not a string;
 *   `UNKNOWN_OPTION` for another option; `UNKNOWN_CURRENCY` for an unknown code
 * @example
 * {@includeCode ../../test/fx/examples.test.ts#implied}
 * @category Implied rates
 * @since 0.1.0
 */
export function implied(
  baseFigure: FigureInput,
  baseCurrency: string | Currency,
  quoteFigure: FigureInput,
  quoteCurrency: string | Currency,
  options: ImpliedOptions = {},
): ImpliedRate {
  const a = readOperand(baseFigure, "fx.implied: baseFigure");
  const b = readOperand(quoteFigure, "fx.implied: quoteFigure");
  const base = resolveCurrency(baseCurrency, "fx.implied: baseCurrency");
  const quote = resolveCurrency(quoteCurrency, "fx.implied: quoteCurrency");
  if (base.code === quote.code) {
    refuse("INVALID_INPUT", {
      function: "fx.implied",
      path: "quoteCurrency",
      expected: `a currency other than the base currency ${base.code}`,
      received: quoteCurrency,
    });
  }
  for (const [f, name] of [
    [a, "base"],
    [b, "quote"],
  ] as const) {
    // The base figure is the divisor: its bounds must stay clear of zero; the quote figure may come as close as it likes.
    if (f.lo.lt(0) || (f.lo.isZero() && (f.loInclusive || name === "base"))) {
      refuse("OUT_OF_RANGE", {
        function: "fx.implied",
        path: `${name}Figure`,
        expected: `a positive figure (its bounds ${name === "base" ? "clear of zero" : "above zero"})`,
        received: f,
        hint: `Its lower bound is ${f.lo.toString()}.`,
      });
    }
  }
  const label = readOptions("fx.implied", "options", options, ["label"]).label ?? null;
  if (label !== null && (typeof label !== "string" || label.trim() === "")) {
    const code = typeof label === "string" ? "INVALID_INPUT" : "INVALID_TYPE";
    refuseAt(code, "fx.implied: options.label", "a non-empty string", label);
  }
  return makeImplied(base, quote, div(b, a), a, b, label);
}

/** The implied rates made here (the private brand): frozen, of figures the library made. */
const implieds = new WeakSet();

function readImplied(value: unknown, where: string): ImpliedRate {
  if (implieds.has(value as object)) return value as ImpliedRate;
  if (
    typeof value === "object" &&
    value !== null &&
    "rate" in value &&
    "baseFigure" in value &&
    "quoteFigure" in value &&
    "base" in value &&
    "quote" in value
  ) {
    // Read once into locals, validated (throws with `where` otherwise), and rebuilt, so that a
    // result never holds a caller's unchecked object, and a getter cannot change what was checked.
    const v = { ...(value as ImpliedRate) };
    const rateFigure = readOperand(v.rate, `${where}.rate`);
    const baseFigure = readOperand(v.baseFigure, `${where}.baseFigure`);
    const quoteFigure = readOperand(v.quoteFigure, `${where}.quoteFigure`);
    const base = resolveCurrency(v.base, `${where}.base`);
    const quote = resolveCurrency(v.quote, `${where}.quote`);
    const label = v.label ?? null;
    if (label !== null && typeof label !== "string")
      refuseAt("INVALID_VALUE", `${where}.label`, "a string or null", label);
    return makeImplied(base, quote, rateFigure, baseFigure, quoteFigure, label);
  }
  const code = typeof value === "object" && value !== null ? "INVALID_VALUE" : "INVALID_TYPE";
  return refuseAt(code, where, "an ImpliedRate made by fx.implied", value);
}

/** The implied rates, oriented as the first; CURRENCY_MISMATCH for another pair. */
function orient(list: unknown, where: string): readonly ImpliedRate[] {
  if (!Array.isArray(list)) return refuseAt("INVALID_TYPE", `${where}: rates`, "an array of implied rates", list);
  // Array.from reads a hole as undefined (refused), where map would skip it; and the length once.
  const rates = Array.from(list as readonly unknown[], (r, i) => readImplied(r, `${where}: rates[${i}]`));
  if (rates.length === 0) return refuseAt("INVALID_INPUT", `${where}: rates`, "one or more implied rates", list);
  const first = rates[0] as ImpliedRate;
  return rates.map((r, i) => {
    if (sameCurrency(r.base, first.base) && sameCurrency(r.quote, first.quote)) return r;
    if (sameCurrency(r.base, first.quote) && sameCurrency(r.quote, first.base)) {
      // Its quote figure may reach down to zero (excluded): then the inverse has no upper bound.
      if (r.rate.lo.lte(0) || r.quoteFigure.lo.lte(0)) {
        const pair = `${first.base.code}/${first.quote.code}`;
        return refuse("DIVISION_BY_ZERO", {
          function: where,
          path: `rates[${i}]`,
          expected: `a ${pair} rate, or a ${r.base.code}/${r.quote.code} rate whose bounds stay clear of zero`,
          received: `${r.base.code}/${r.quote.code} from ${r.rate.lo.toString()}`,
          hint: `Its inverse would have no upper bound; give it first, or as ${pair}.`,
          index: i,
        });
      }
      // The quotient of its figures the other way round, as fx.implied gives it: 1 ÷ its rate would widen the bounds
      // by a second outward rounding (exact figures 3 EUR and 1 USD gave USD/EUR [2.99…9, 3.00…1], not 3).
      return makeImplied(r.quote, r.base, div(r.baseFigure, r.quoteFigure), r.quoteFigure, r.baseFigure, r.label);
    }
    return refuse("CURRENCY_MISMATCH", {
      function: where,
      path: `rates[${i}]`,
      expected: `a rate of the pair of rates[0], ${first.base.code}/${first.quote.code} (either way round)`,
      received: `${r.base.code}/${r.quote.code}`,
      index: i,
    });
  });
}

/**
 * Tells whether several implied rates of the same pair can all be right: their
 * common interval (the rates every one of them allows), or, when there is
 * none, every pair of them that disagree. The case study's three CNY/USD pairs
 * (GDP, industrial output, the four leading industries) agree on any rate
 * between about 6.39276 and 6.39345.
 *
 * Rates given the other way round (CNY/USD among USD/CNY) are turned to the
 * orientation of the first: the quotient of their figures the other way round,
 * exactly as {@link implied} gives it for the figures in that order.
 *
 * @param rates - one or more rates from {@link implied}, all of the same pair (either way round)
 * @returns a frozen {@link RateConsistency}: `{ consistent: true, interval, rates }`
 *   or `{ consistent: false, disagreements, rates }`, `rates` oriented as the first
 * @throws {@link accordo!AccordoError} `INVALID_TYPE` when `rates` is not an array, or holds
 *   something else than objects; `INVALID_INPUT` when it is empty; `INVALID_VALUE` for an implied rate
 *   accordo did not make with a broken field; `DIVISION_BY_ZERO` when a rate given the other way round
 *   has bounds reaching zero (its inverse would have no upper bound); `CURRENCY_MISMATCH` when they
 *   are of different pairs
 * @example
 * {@includeCode ../../test/fx/examples.test.ts#consistency}
 * @category Implied rates
 * @since 0.1.0
 */
export function consistency(rates: readonly ImpliedRate[]): RateConsistency {
  const oriented = Object.freeze(orient(rates, "fx.consistency"));
  const result = intersect(...oriented.map((r) => r.rate));
  if (!result.empty) return Object.freeze({ consistent: true as const, interval: result.figure, rates: oriented });
  return Object.freeze({ consistent: false as const, disagreements: result.conflicts, rates: oriented });
}

/**
 * Checks a given rate (a central bank's fixing for the date, an annual
 * average) against rates implied by reported pairs: does it lie within each
 * one's bounds, and how far is it from each best estimate?
 *
 * @param exchangeRate - an {@link ExchangeRate} of the same pair (either way
 *   round: it is inverted to the implied rates' orientation), or a plain number
 *   taken in the implied rates' orientation
 * @param rates - one or more rates from {@link implied}, all of the same pair
 * @returns a frozen {@link RateCheck}: `consistent` when every implied rate
 *   contains it, and one result per implied rate, in order
 * @throws {@link accordo!AccordoError} `CURRENCY_MISMATCH` when the rate or an implied
 *   rate is of another pair; `OUT_OF_RANGE` when the rate is not positive; `INVALID_NUMBER` when it
 *   cannot be read; `INVALID_VALUE` for a hand-made rate with a broken field (`details.path` names it);
 *   `INVALID_PERIOD` for a hand-made rate with an invalid date; and the codes of {@link consistency}
 *   for `rates`
 * @example
 * {@includeCode ../../test/fx/examples.test.ts#checkRate}
 * @category Implied rates
 * @since 0.1.0
 */
export function checkRate(exchangeRate: ExchangeRate | DecimalInput, rates: readonly ImpliedRate[]): RateCheck {
  const oriented = orient(rates, "fx.checkRate");
  const first = oriented[0] as ImpliedRate;
  let value: Decimal;
  if (typeof exchangeRate === "object" && exchangeRate !== null && !D.isDecimal(exchangeRate)) {
    const r = readRate(exchangeRate, "fx.checkRate: exchangeRate");
    if (sameCurrency(r.base, first.base) && sameCurrency(r.quote, first.quote)) value = r.rate;
    else if (sameCurrency(r.base, first.quote) && sameCurrency(r.quote, first.base)) value = ONE.div(r.rate);
    else {
      return refuse("CURRENCY_MISMATCH", {
        function: "fx.checkRate",
        path: "exchangeRate",
        expected: `a rate of the implied rates' pair, ${first.base.code}/${first.quote.code} (either way round)`,
        received: `${r.base.code}/${r.quote.code}`,
      });
    }
  } else {
    value = toDecimal(exchangeRate, "fx.checkRate: exchangeRate");
    if (value.lte(0)) refuseAt("OUT_OF_RANGE", "fx.checkRate: exchangeRate", "a positive rate", exchangeRate);
  }
  const results: RateCheckResult[] = oriented.map((implied) =>
    Object.freeze({
      implied,
      contains: contains(implied.rate, value),
      difference: frozen(value.minus(implied.rate.value)),
    }),
  );
  return Object.freeze({ consistent: results.every((r) => r.contains), rate: value, results: Object.freeze(results) });
}
