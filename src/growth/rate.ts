/**
 * Growth rates: making them, computing them from levels, implied and projected
 * levels (CAGR and annualising are in compound.ts).
 *
 * @module
 */
import { ONE, compare, signOf, type Decimal, type DecimalInput } from "../decimal.js";
import { readOptions, refuse } from "../errors.js";
import { mul, percent } from "../figure/index.js";
import { readOperand } from "../figure/internal.js";
import { differenceOf, quotientOf, sumOf } from "../figure/arithmetic.js";
import type { Figure, FigureInput } from "../figure/types.js";
import {
  HUNDRED,
  ONE_FIGURE,
  ONE_STEP,
  codeFor,
  levelOf,
  mayBeZero,
  powPositive,
  rateOf,
  readBasis,
  readLevel,
  readPositive,
  readRate,
} from "./internal.js";
import type {
  BasisOptions,
  DerivedLevel,
  FromPercentOptions,
  GrowthFlag,
  GrowthRate,
  LevelInput,
  RateInput,
  RateOptions,
  Share,
  UndefinedGrowth,
} from "./types.js";

/**
 * Makes a growth rate from a percentage as it was published, with the bounds
 * of its rounding: `fromPercent("38.8")` holds the fraction 0.388, between
 * 0.3875 and 0.3885. A JS number is exact.
 *
 * @param text - the percentage as written (`"38.8"`, `"+32"`, `"-2.5%"`)
 * @param options - `basis` (default `"unspecified"`) and the publisher's `rounding` (default `"halfUp"`)
 * @returns a frozen growth rate
 * @throws {@link accordo!AccordoError} `INVALID_NUMBER` when the text is not a decimal number; `INVALID_INPUT` (`INVALID_TYPE`) for an unknown basis or rounding (not a string); `INVALID_TYPE` when `options` is not an object; `UNKNOWN_OPTION` for an unknown option
 * @example
 * {@includeCode ../../test/growth/examples.test.ts#fromPercent}
 * @category Constructors
 * @since 0.1.0
 */
export function fromPercent(text: DecimalInput, options?: FromPercentOptions): GrowthRate {
  const opts = readOptions("growth.fromPercent", "options", options, ["basis", "rounding"]);
  const basis = readBasis(opts.basis, "growth.fromPercent: options.basis");
  const fraction = opts.rounding === undefined ? percent(text) : percent(text, { rounding: opts.rounding });
  return rateOf(fraction, basis, []);
}

/**
 * Makes a growth rate from a fraction (0.388 for +38.8%).
 *
 * @param fraction - the fraction, a figure or a plain number (exact)
 * @param options - `basis`, default `"unspecified"`
 * @returns a frozen growth rate
 * @throws {@link accordo!AccordoError} `INVALID_NUMBER`, `INVALID_TYPE` or `INVALID_VALUE` when the fraction is neither a number nor a valid figure; `INVALID_INPUT` (`INVALID_TYPE`) for an unknown basis; `UNKNOWN_OPTION` for an unknown option
 * @example
 * {@includeCode ../../test/growth/examples.test.ts#fromFraction}
 * @category Constructors
 * @since 0.1.0
 */
export function fromFraction(fraction: FigureInput, options?: BasisOptions): GrowthRate {
  const opts = readOptions("growth.fromFraction", "options", options, ["basis"]);
  return rateOf(
    readOperand(fraction, "growth.fromFraction: fraction"),
    readBasis(opts.basis, "growth.fromFraction: options.basis"),
    [],
  );
}

/**
 * A growth rate or share in percent: the fraction times 100, as a figure
 * (a growth rate of 0.388 gives 38.8).
 *
 * @param x - a growth rate or a share
 * @returns a frozen figure in percent
 * @throws {@link accordo!AccordoError} `INVALID_TYPE` when `x` is not an object; `INVALID_VALUE` when it is neither a growth rate nor a share
 * @example
 * {@includeCode ../../test/growth/examples.test.ts#toPercent}
 * @category Conversions
 * @since 0.1.0
 */
export function toPercent(x: GrowthRate | Share): Figure {
  const kind = typeof x === "object" && x !== null ? (x as { kind?: unknown }).kind : undefined;
  if (kind !== "growthRate" && kind !== "share") {
    refuse(codeFor(x, "object", "INVALID_VALUE"), {
      function: "growth.toPercent",
      path: "x",
      expected: "a growth rate or a share",
      received: x,
    });
  }
  return mul(x.fraction, HUNDRED);
}

function compute(
  current: LevelInput,
  previous: LevelInput,
  options: RateOptions | undefined,
  fn: string,
): GrowthRate | UndefinedGrowth {
  const opts = readOptions(fn, "options", options, ["basis", "denominator"]);
  const basis = readBasis(opts.basis, `${fn}: options.basis`);
  const denominator = opts.denominator ?? "signed";
  if (denominator !== "signed" && denominator !== "absolute") {
    refuse(codeFor(denominator, "string", "INVALID_INPUT"), {
      function: fn,
      path: "options.denominator",
      expected: '"signed" or "absolute"',
      received: denominator,
    });
  }
  const c = readLevel(current, `${fn}: current`).figure;
  const p = readLevel(previous, `${fn}: previous`).figure;
  if (p.value.isZero()) return Object.freeze({ kind: "undefinedGrowth" as const, reason: "zeroBase" as const, basis });
  if (mayBeZero(p)) return Object.freeze({ kind: "undefinedGrowth" as const, reason: "baseMayBeZero" as const, basis });
  return growthBetween(c, p, basis, denominator === "absolute");
}

/**
 * The rate from a base figure `p` (whose bounds exclude zero) to `c`. @internal
 */
export function growthBetween(c: Figure, p: Figure, basis: GrowthRate["basis"], absolute: boolean): GrowthRate {
  const flags: GrowthFlag[] = [];
  const negativeBase = signOf(p.hi) < 0;
  if (negativeBase) flags.push("negativeBase");
  if (absolute) flags.push("absoluteDenominator");
  // Signed: c/p − 1. Absolute with a negative base: (c − p)/(−p) = 1 − c/p. Each input used once: exact bounds.
  const quotient = quotientOf(c, p, false);
  const fraction = absolute && negativeBase ? differenceOf(ONE_FIGURE, quotient) : differenceOf(quotient, ONE_FIGURE);
  const signChange = !c.value.isZero() && c.value.isNeg() !== p.value.isNeg();
  if (signChange) flags.push("signChange");
  else if ((signOf(c.lo) < 0 && signOf(p.hi) > 0) || (signOf(c.hi) > 0 && signOf(p.lo) < 0))
    flags.push("signMayChange");
  return rateOf(fraction, basis, flags);
}

/**
 * The growth rate from a previous level to a current one, as a fraction:
 * `(current − previous) / previous`, with exact bounds.
 *
 * A negative base uses the signed formula by default, as pandas
 * `pct_change` does (from −10 to −5 is −50%), and flags `"negativeBase"`;
 * `denominator: "absolute"` divides by `|previous|` instead (from −10 to −5 is
 * +50%). Opposite signs of the two levels are flagged `"signChange"`.
 *
 * A zero base, or a base whose bounds include zero, has no growth rate:
 * this function throws `UNDEFINED_RESULT`; {@link tryRate} returns a typed
 * {@link UndefinedGrowth} instead.
 *
 * @param current - the current level
 * @param previous - the earlier level, the base
 * @param options - `basis` (default `"unspecified"`) and `denominator` (`"signed"` or `"absolute"`)
 * @returns a frozen growth rate
 * @throws {@link accordo!AccordoError} `UNDEFINED_RESULT` when the base is zero or its bounds include zero (`details.reason` is `"zeroBase"` or `"baseMayBeZero"`); `INVALID_NUMBER`, `INVALID_TYPE` or `INVALID_VALUE` for a level that is not a number, figure or derived level; `INVALID_INPUT` (`INVALID_TYPE`) for an unknown basis or denominator; `UNKNOWN_OPTION` for an unknown option
 * @example
 * {@includeCode ../../test/growth/examples.test.ts#rate}
 * @category Rates
 * @since 0.1.0
 */
export function rate(current: LevelInput, previous: LevelInput, options?: RateOptions): GrowthRate {
  const r = compute(current, previous, options, "growth.rate");
  if (r.kind === "undefinedGrowth") {
    const why = r.reason === "zeroBase" ? "the base is zero" : "the bounds of the base include zero";
    return refuse("UNDEFINED_RESULT", {
      function: "growth.rate",
      path: "previous",
      expected: `a base whose bounds exclude zero (growth is undefined: ${why})`,
      reason: r.reason,
    });
  }
  return r;
}

/**
 * Like {@link rate}, but a zero base (or one whose bounds include zero)
 * gives a typed {@link UndefinedGrowth} result instead of an error, for
 * series where that is expected. Never `Infinity` or `NaN`.
 *
 * @param current - the current level
 * @param previous - the earlier level, the base
 * @param options - `basis` and `denominator`, as in {@link rate}
 * @returns a frozen growth rate, or `{ kind: "undefinedGrowth", reason, basis }`
 * @throws {@link accordo!AccordoError} `INVALID_NUMBER`, `INVALID_TYPE` or `INVALID_VALUE` for a level that is not a number, figure or derived level; `INVALID_INPUT` (`INVALID_TYPE`) for an unknown basis or denominator; `UNKNOWN_OPTION` for an unknown option
 * @example
 * {@includeCode ../../test/growth/examples.test.ts#tryRate}
 * @category Rates
 * @since 0.1.0
 */
export function tryRate(
  current: LevelInput,
  previous: LevelInput,
  options?: RateOptions,
): GrowthRate | UndefinedGrowth {
  return compute(current, previous, options, "growth.tryRate");
}

function readPeriods(periods: DecimalInput | undefined, fn: string): Decimal {
  // Absent (or null) is one period: the library's 1, not a new decimal each call.
  return periods === undefined || periods === null ? ONE : readPositive(periods, `${fn}: periods`);
}

/**
 * The growth factor over the given periods as a figure (1 + r)^n, or (1 − r) for an absolute rate from a
 * negative base. With `step`, over one period, it is a step of the caller's computation, not branded.
 */
function factor(r: GrowthRate, n: Decimal, fn: string, step = false): Figure {
  if (r.flags.includes("absoluteDenominator") && r.flags.includes("negativeBase")) {
    if (compare(n, ONE) !== 0) notCompoundable(fn, "periods", n.toString());
    return differenceOf(ONE_FIGURE, r.fraction, !step);
  }
  const once = compare(n, ONE) === 0;
  const one = sumOf(ONE_STEP, r.fraction, !(step && once));
  if (once) return one;
  if (one.lo.lte(0)) belowMinus100(fn, r, `compounded over ${n.toString()} periods`);
  return powPositive(one, n);
}

/** INVALID_INPUT: a rate with an absolute denominator from a negative base has the growth factor 1 − rate. @internal */
export function notCompoundable(fn: string, path: string, periods: string): never {
  return refuse("INVALID_INPUT", {
    function: fn,
    path,
    expected: `1 for a rate computed with an absolute denominator from a negative base (its growth factor is 1 − rate), not ${periods}`,
  });
}

/** OUT_OF_RANGE: a rate that may be −100% or less has no power. @internal */
export function belowMinus100(fn: string, r: GrowthRate, how: string): never {
  return refuse("OUT_OF_RANGE", {
    function: fn,
    path: "rate",
    expected: `a rate above -100% to be ${how} (its bounds are [${r.fraction.lo.toString()}, ${r.fraction.hi.toString()}])`,
    lo: r.fraction.lo.toString(),
    hi: r.fraction.hi.toString(),
  });
}

/**
 * The level a number of periods earlier implied by a current level and a
 * growth rate: `current / (1 + rate)^periods` (the implied prior-year value).
 *
 * The result records the rate's basis: a level implied by a **real** rate is
 * at constant prices and is flagged `comparableWithNominal: "no"`; it is not
 * last year's published (nominal) figure.
 *
 * @param current - the current level
 * @param rate - the growth rate over one period
 * @param periods - how many periods back, positive; default 1
 * @returns a frozen derived level with exact bounds
 * @throws {@link accordo!AccordoError} `UNDEFINED_RESULT` when the rate may be −100% (every base would give zero); `INVALID_NUMBER`, `INVALID_TYPE` or `INVALID_VALUE` for a level or rate that is not one; `OUT_OF_RANGE` for a non-positive number of periods, or a rate that may be −100% or less over any number of periods but 1; `INVALID_INPUT` for a rate with an absolute denominator from a negative base over any number of periods but 1
 * @example
 * {@includeCode ../../test/growth/examples.test.ts#previous}
 * @category Levels
 * @since 0.1.0
 */
export function previous(current: LevelInput, rate: RateInput, periods?: DecimalInput): DerivedLevel {
  const c = readLevel(current, "growth.previous: current").figure;
  const r = readRate(rate, "growth.previous: rate");
  const f = factor(r, readPeriods(periods, "growth.previous"), "growth.previous", true);
  if (mayBeZero(f)) {
    refuse("UNDEFINED_RESULT", {
      function: "growth.previous",
      path: "rate",
      expected: `a rate that cannot be -100% (its bounds are [${r.fraction.lo.toString()}, ${r.fraction.hi.toString()}]: the earlier level is undefined)`,
      lo: r.fraction.lo.toString(),
      hi: r.fraction.hi.toString(),
    });
  }
  return levelOf(quotientOf(c, f), r.basis);
}

/**
 * Projects a level forward: `base × (1 + rate)^periods`, compounding over
 * several periods (fractional periods allowed).
 *
 * @param base - the starting level
 * @param rate - the growth rate per period
 * @param periods - how many periods, positive; default 1
 * @returns a frozen derived level, recording the rate's basis
 * @throws {@link accordo!AccordoError} `INVALID_NUMBER`, `INVALID_TYPE` or `INVALID_VALUE` for a base that is not a level or a rate that is not a rate; `OUT_OF_RANGE` for a non-positive number of periods, or a rate that may be −100% or less over any number of periods but 1; `INVALID_INPUT` for a rate with an absolute denominator from a negative base over any number of periods but 1
 * @example
 * {@includeCode ../../test/growth/examples.test.ts#apply}
 * @category Levels
 * @since 0.1.0
 */
export function apply(base: LevelInput, rate: RateInput, periods?: DecimalInput): DerivedLevel {
  const b = readLevel(base, "growth.apply: base").figure;
  const r = readRate(rate, "growth.apply: rate");
  return levelOf(mul(b, factor(r, readPeriods(periods, "growth.apply"), "growth.apply")), r.basis);
}
