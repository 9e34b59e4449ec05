/**
 * Growth over spans other than one period: the compound annual growth rate of a span, and
 * annualising or de-annualising a rate.
 *
 * @module
 */
import { ONE, type Decimal, type DecimalInput } from "../decimal.js";
import { isSingleValue, readOptions, refuse, refusePositional } from "../errors.js";
import { add, div, sub } from "../figure/index.js";
import { mayBeZero, powPositive, rateOf, readBasis, readLevel, readPositive, readRate } from "./internal.js";
import { belowMinus100, notCompoundable } from "./rate.js";
import type { BasisOptions, CagrInput, GrowthRate, LevelInput, RateInput } from "./types.js";

const CAGR_EXAMPLE = "growth.cagr({ from: before, to: now, years: 3 })";

/**
 * The compound annual growth rate from a level at the start of a span to the level at its end:
 * `(to / from)^(1 / years) − 1`, with exact bounds. The levels are named (`{ from, to, years }`),
 * so that the earlier and the later one cannot be swapped silently.
 *
 * @param span - `from`: the level at the start; `to`: the level at the end; `years`: the number
 *   of years between them, positive (fractions allowed). Other keys are refused (`UNKNOWN_OPTION`).
 * @param options - `basis`, default `"unspecified"`
 * @returns a frozen growth rate per year
 * @throws {@link accordo!AccordoError} `INVALID_TYPE` when `span` or `options` is not an object, or
 *   when the levels are passed in a row (`growth.cagr(before, now, 3)`: more than two arguments, or a
 *   Money, figure, decimal or number where `span` goes); `UNKNOWN_OPTION` for a key of either other than `from`, `to`, `years` (`basis`); `OUT_OF_RANGE` when `years` is not positive or the ratio `to / from` is not positive over its bounds (a negative or sign-changing level); `UNDEFINED_RESULT` when `from` may be zero; `INVALID_NUMBER`, `INVALID_TYPE` or `INVALID_VALUE` for a level that is not a number, figure or derived level
 * @example
 * {@includeCode ../../test/growth/examples.test.ts#cagr}
 * @category Rates
 * @since 0.1.0
 */
export function cagr(span: CagrInput, options?: BasisOptions): GrowthRate {
  // growth.cagr(before, now, 3): the levels in a row, as other libraries take them
  if (arguments.length > 2 || isSingleValue(span))
    refusePositional("growth.cagr", "span", span, arguments.length, "{ from, to, years }", CAGR_EXAMPLE);
  if (typeof span !== "object" || span === null || Array.isArray(span)) {
    refuse("INVALID_TYPE", {
      function: "growth.cagr",
      path: "span",
      expected: "an object { from, to, years }",
      received: span,
      hint: `Name the levels: ${CAGR_EXAMPLE}.`,
    });
  }
  const { from: start, to: end, years } = readOptions("growth.cagr", "span", span, ["from", "to", "years"]);
  const opts = readOptions("growth.cagr", "options", options, ["basis"]);
  const basis = readBasis(opts.basis, "growth.cagr: options.basis");
  const s = readLevel(start as LevelInput, "growth.cagr: span.from").figure;
  const e = readLevel(end as LevelInput, "growth.cagr: span.to").figure;
  const y = readPositive(years, "growth.cagr: span.years");
  if (mayBeZero(s)) {
    refuse("UNDEFINED_RESULT", {
      function: "growth.cagr",
      path: "span.from",
      expected: `a level whose bounds exclude zero (they are [${s.lo.toString()}, ${s.hi.toString()}]: the ratio to / from is undefined)`,
      lo: s.lo.toString(),
      hi: s.hi.toString(),
    });
  }
  const ratio = div(e, s);
  if (ratio.lo.lte(0)) {
    refuse("OUT_OF_RANGE", {
      function: "growth.cagr",
      path: "span.to",
      expected: `a level of the same sign as span.from (the ratio to / from must be positive, its bounds are [${ratio.lo.toString()}, ${ratio.hi.toString()}])`,
      lo: ratio.lo.toString(),
      hi: ratio.hi.toString(),
    });
  }
  return rateOf(sub(powPositive(ratio, y, true), ONE), basis, []);
}

function compoundTo(rate: RateInput, k: Decimal, reciprocal: boolean, fn: string): GrowthRate {
  const r = readRate(rate, `${fn}: rate`);
  if (r.flags.includes("absoluteDenominator") && r.flags.includes("negativeBase")) {
    // Its growth factor is 1 − rate, not 1 + rate (from −10 to −5 is +50%, a factor of 0.5), as in apply and previous.
    if (k.eq(1)) return r;
    notCompoundable(fn, "periodsPerYear", reciprocal ? `1/${k.toString()}` : k.toString());
  }
  const one = add(ONE, r.fraction);
  if (one.lo.lte(0)) belowMinus100(fn, r, reciprocal ? "de-annualised" : "annualised");
  // The same rate over another span: its basis and its notes (a negative base, naive bounds, ...) still hold.
  return rateOf(sub(powPositive(one, k, reciprocal), ONE), r.basis, r.flags);
}

/**
 * Annualises a rate over a sub-annual period: `(1 + rate)^periodsPerYear − 1`
 * (a quarterly 2% is 8.24% a year; a nine-month rate uses 12/9 = 4/3).
 *
 * @param rate - the rate over one period
 * @param periodsPerYear - how many such periods make a year, positive (4 for quarters, 12 for months)
 * @returns a frozen annual growth rate with the same basis and flags (the rate's notes, a negative base or naive bounds, still hold)
 * @throws {@link accordo!AccordoError} `OUT_OF_RANGE` when `periodsPerYear` is not positive or the rate may be −100% or less; `INVALID_TYPE` or `INVALID_VALUE` when the rate is not a rate; `INVALID_INPUT` when it was computed with an absolute denominator from a negative base (its growth factor is 1 − rate; only `periodsPerYear` 1 returns it as is)
 * @example
 * {@includeCode ../../test/growth/examples.test.ts#annualize}
 * @category Rates
 * @since 0.1.0
 */
export function annualize(rate: RateInput, periodsPerYear: DecimalInput): GrowthRate {
  return compoundTo(rate, readPositive(periodsPerYear, "growth.annualize: periodsPerYear"), false, "growth.annualize");
}

/**
 * The inverse of {@link annualize}: the rate per period equivalent to an
 * annual rate, `(1 + annual)^(1 / periodsPerYear) − 1`.
 *
 * @param rate - the annual rate
 * @param periodsPerYear - how many periods make a year, positive
 * @returns a frozen growth rate per period with the same basis and flags
 * @throws {@link accordo!AccordoError} `OUT_OF_RANGE` when `periodsPerYear` is not positive or the rate may be −100% or less; `INVALID_TYPE` or `INVALID_VALUE` when the rate is not a rate; `INVALID_INPUT` when it was computed with an absolute denominator from a negative base (its growth factor is 1 − rate; only `periodsPerYear` 1 returns it as is)
 * @example
 * {@includeCode ../../test/growth/examples.test.ts#deannualize}
 * @category Rates
 * @since 0.1.0
 */
export function deannualize(rate: RateInput, periodsPerYear: DecimalInput): GrowthRate {
  return compoundTo(
    rate,
    readPositive(periodsPerYear, "growth.deannualize: periodsPerYear"),
    true,
    "growth.deannualize",
  );
}
