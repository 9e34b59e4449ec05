/**
 * Internals of the `figure` namespace: directed-rounding constructors, figure
 * construction and validation. Not part of the public API (the `growth`
 * namespace, one layer up, uses them).
 *
 * @internal
 * @module
 */
import { D, RANGE_TEXT, ZERO, compare, frozen, site, toDecimal, type Decimal } from "../decimal.js";
import { FIGURE_BRAND } from "../brand.js";
import { refuse } from "../errors.js";
import type { Figure, FigureInput, FigureScale } from "./types.js";
import { valuePrototype } from "../value.js";

/** The text of a figure: its value, then its interval unless it is exact (`193.48 [193.475, 193.485)`). */
function figureText(f: Figure): string {
  const value = f.value.valueOf();
  if (f.lo.eq(f.hi)) return value;
  return `${value} ${f.loInclusive ? "[" : "("}${f.lo.valueOf()}, ${f.hi.valueOf()}${f.hiInclusive ? "]" : ")"}`;
}

/**
 * What every Figure the library makes inherits: `JSON.stringify` writes FigureSchema's JSON
 * (decimals as plain strings, both flags), `String()` gives {@link figureText}.
 */
const FIGURE = /* @__PURE__ */ valuePrototype<Figure>(
  "Figure",
  (f) => ({
    value: f.value.valueOf(),
    lo: f.lo.valueOf(),
    hi: f.hi.valueOf(),
    loInclusive: f.loInclusive,
    hiInclusive: f.hiInclusive,
  }),
  figureText,
);

/**
 * A clone that keeps every digit of a sum, difference or product (and of a
 * product by a power of ten): 10⁹ significant digits. Never divide with it.
 * @internal
 */
export const DX: typeof D = /* @__PURE__ */ D.clone({ precision: 1e9 });

/**
 * Clones of the library's constructor that round towards −∞ and +∞: lower
 * bounds are computed with `DLo` and upper bounds with `DHi`, so that the
 * 34-digit rounding of a bound never moves it inwards. Results are copied back
 * into `D` (a copy keeps every digit).
 * @internal
 */
export const DLo: typeof D = /* @__PURE__ */ (() => D.clone({ rounding: D.ROUND_FLOOR }))();
/** @internal */
export const DHi: typeof D = /* @__PURE__ */ (() => D.clone({ rounding: D.ROUND_CEIL }))();

/**
 * Copies a decimal of a directed clone into the library's constructor, normalising -0. A result
 * of `DLo` or `DHi` that is not frozen yet is one the caller has just computed and shares with no
 * one: it is adopted (its constructor becomes `D`, as a copy's would; the clones have `D`'s range
 * and digits are never rounded by a copy) rather than copied. @internal
 */
export function own(x: Decimal): Decimal {
  if (x.isZero()) return ZERO;
  const C = x.constructor;
  if (C === D) return frozen(x);
  if ((C === DLo || C === DHi) && !Object.isFrozen(x)) {
    (x as { constructor: unknown }).constructor = D;
    return frozen(x);
  }
  return frozen(new D(x));
}

function zeroOrSelf(x: Decimal): Decimal {
  return x.isZero() ? ZERO : x;
}

/**
 * Makes a frozen figure. A degenerate interval (lo = hi) is exact: both ends included.
 * @internal
 */
export function make(
  value: Decimal,
  lo: Decimal,
  hi: Decimal,
  loInclusive: boolean,
  hiInclusive: boolean,
  branded = true,
): Figure {
  if (!value.isFinite() || !lo.isFinite() || !hi.isFinite()) {
    // decimal.js overflows to Infinity past the range (10^1000): refuse rather than store it.
    refuse("OUT_OF_RANGE", {
      function: "figure",
      path: "the result",
      expected: RANGE_TEXT,
      min: "1e-999",
      max: "1e1000",
    });
  }
  // A step's decimals are never returned: they are not copied into the library's constructor.
  const keep = branded ? own : zeroOrSelf;
  const l = keep(lo);
  const h = keep(hi);
  const exact = compare(l, h) === 0;
  const made = Object.create(FIGURE) as { -readonly [K in keyof Figure]: Figure[K] };
  made.value = keep(value);
  made.lo = l;
  made.hi = h;
  made.loInclusive = exact ? true : loInclusive;
  made.hiInclusive = exact ? true : hiInclusive;
  // A step inside one computation (the quotient of c / p − 1) is never returned: it needs no brand.
  return branded ? FIGURE_BRAND.seal(made) : Object.freeze(made);
}

/**
 * Whether a computed value sits on an end that its bounds exclude: the value
 * must be a number the figure allows, so the caller then recomputes it with
 * more digits (exactly, or for a quotient or a power with enough digits to
 * stay off that end). A comparison only for an excluded end; the operations
 * give excluded ends only to intervals wider than a point. @internal
 */
export function onExcludedEnd(
  value: Decimal,
  lo: Decimal,
  hi: Decimal,
  loInclusive: boolean,
  hiInclusive: boolean,
): boolean {
  return (!loInclusive && compare(value, lo) === 0) || (!hiInclusive && compare(value, hi) === 0);
}

/**
 * The quotient `a / b` with the digits of both operands and 40 more: it can
 * then equal a bound of 34 digits only when the true quotient does (used when
 * the 34-digit quotient lands on an excluded end). @internal
 */
export function preciseQuotient(a: Decimal, b: Decimal): Decimal {
  return own(D.clone({ precision: a.sd() + b.sd() + 40 }).div(a, b));
}

/** An exact figure of a decimal. @internal */
export function exactOf(x: Decimal): Figure {
  return make(x, x, x, true, true);
}

/**
 * Tells whether a value has the shape of a figure (three decimals and two
 * booleans); it does not check the invariants.
 * @internal
 */
export function hasFigureShape(input: unknown): input is Figure {
  if (typeof input !== "object" || input === null) return false;
  const f = input as Record<string, unknown>;
  return (
    D.isDecimal(f["value"]) &&
    D.isDecimal(f["lo"]) &&
    D.isDecimal(f["hi"]) &&
    typeof f["loInclusive"] === "boolean" &&
    typeof f["hiInclusive"] === "boolean"
  );
}

/**
 * Validates a figure (shape, finite decimals, `lo <= value <= hi`, a
 * non-empty interval) and returns it with the library's decimals.
 * @internal
 */
export function readFigure(input: unknown, where: string): Figure {
  // A figure the library made cannot have changed: it is returned as it is.
  if (FIGURE_BRAND.has(input)) return input as Figure;
  if (typeof input !== "object" || input === null) return notFigure(input, where);
  // Anything else is read once into locals: a getter cannot answer one thing to the check and another later.
  const { value: v, lo: l, hi: h, loInclusive, hiInclusive } = input as Record<string, unknown>;
  if (
    !D.isDecimal(v) ||
    !D.isDecimal(l) ||
    !D.isDecimal(h) ||
    typeof loInclusive !== "boolean" ||
    typeof hiInclusive !== "boolean"
  ) {
    return notFigure(input, where);
  }
  const value = toDecimal(v, `${where}.value`);
  const lo = toDecimal(l, `${where}.lo`);
  const hi = toDecimal(h, `${where}.hi`);
  if (lo.gt(value) || value.gt(hi)) {
    refuse("INVALID_VALUE", {
      ...site(where),
      expected: "a figure with lo <= value <= hi",
      lo: lo.toString(),
      value: value.toString(),
      hi: hi.toString(),
    });
  }
  if (lo.eq(hi) && !(loInclusive && hiInclusive)) {
    refuse("INVALID_VALUE", {
      ...site(where),
      expected: "a figure whose interval is not empty (lo = hi with both ends included)",
      lo: lo.toString(),
    });
  }
  return make(value, lo, hi, loInclusive, hiInclusive);
}

/** INVALID_TYPE for a value that is not an object, INVALID_VALUE for an object that is not a figure. */
function notFigure(input: unknown, where: string): never {
  return refuse(typeof input === "object" && input !== null ? "INVALID_VALUE" : "INVALID_TYPE", {
    ...site(where),
    expected: "a figure { value, lo, hi, loInclusive, hiInclusive }",
    received: input,
  });
}

/**
 * Reads an operand: a figure is validated, anything else is coerced to an
 * exact figure (refused as `toDecimal` refuses it when it is not a number).
 * @internal
 */
export function readOperand(input: unknown, where: string): Figure {
  if (typeof input === "object" && input !== null && !D.isDecimal(input)) return readFigure(input, where);
  return exactOf(toDecimal(input, where));
}

/** Re-export for sibling modules. @internal */
export type { FigureInput };

const SCALES: Readonly<Record<string, number>> = /* @__PURE__ */ Object.freeze({
  thousand: 3,
  million: 6,
  billion: 9,
  trillion: 12,
  万: 4,
  亿: 8,
});

/**
 * The power-of-ten exponent of a scale; INVALID_INPUT for an unknown name, OUT_OF_RANGE for an
 * integer exponent beyond ±100, INVALID_NUMBER for a non-integer, INVALID_TYPE for other values.
 * @internal
 */
export function scaleExponent(scale: FigureScale | undefined, where: string): number {
  if (scale === undefined) return 0;
  if (typeof scale === "string" && Object.prototype.hasOwnProperty.call(SCALES, scale)) return SCALES[scale] as number;
  if (typeof scale === "number" && Number.isInteger(scale) && Math.abs(scale) <= 100) return scale;
  const code =
    typeof scale === "number"
      ? Number.isInteger(scale)
        ? "OUT_OF_RANGE"
        : "INVALID_NUMBER"
      : typeof scale === "string"
        ? "INVALID_INPUT"
        : "INVALID_TYPE";
  return refuse(code, {
    ...site(where),
    expected: `one of ${Object.keys(SCALES).join(", ")} or a power-of-ten exponent from -100 to 100 (6 for millions)`,
    received: scale,
  });
}

/**
 * `x` times 10 to an integer power, exactly: every digit of `x` is kept, even
 * past 34 significant digits (`x.times(pow10(e))` would round there).
 * @internal
 */
export function shift(x: Decimal, exponent: number): Decimal {
  return exponent === 0 ? x : own(DX.mul(x, pow10(exponent)));
}

/**
 * The midpoint `(lo + hi) / 2` of bounds `lo <= hi`, to 34 significant
 * digits; exactly when that rounding would take it outside the bounds, or
 * onto an end that `loInclusive` or `hiInclusive` excludes (bounds of more
 * than 34 digits that differ only past the 34th). @internal
 */
export function midpointOf(lo: Decimal, hi: Decimal, loInclusive = true, hiInclusive = true): Decimal {
  const m = lo.plus(hi).div(2);
  if (m.gte(lo) && m.lte(hi) && !onExcludedEnd(m, lo, hi, loInclusive, hiInclusive)) return m;
  return own(DX.add(lo, hi).div(2));
}

/** 10 to an integer power, exactly. @internal */
export function pow10(exponent: number): Decimal {
  return new D(`1e${exponent}`);
}
