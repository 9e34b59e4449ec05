/**
 * Interval arithmetic on figures, with bounds rounded outwards at 34
 * significant digits. Exact operands give an exact result whenever it fits in
 * 34 digits; otherwise (1 / 3) the bounds are the two 34-digit neighbours of
 * the true result, so that they always contain it. The value is the
 * operation on the operands' values, to 34 digits, or with more digits when
 * those 34 would put it on an end the bounds exclude (see the `Figure` type).
 *
 * @module
 */
import { compare, outOfRange, signOf, type Decimal } from "../decimal.js";
import { refuse } from "../errors.js";
import { thawed } from "../words.js";
import { DHi, DLo, DX, make, onExcludedEnd, preciseQuotient, readOperand } from "./internal.js";
import type { Figure, FigureInput } from "./types.js";

/**
 * Adds two figures. The bounds are the sums of the bounds; an end is possible
 * only when both ends it comes from are.
 *
 * @param a - the first figure (a plain number is exact)
 * @param b - the second figure (a plain number is exact)
 * @returns a frozen figure: value `a.value + b.value`, bounds `[a.lo + b.lo, a.hi + b.hi]`
 * @throws {@link accordo!AccordoError} `INVALID_NUMBER`, `INVALID_TYPE` or `OUT_OF_RANGE` when an operand is not a finite number in range; `INVALID_VALUE` when it is a broken figure
 * @example
 * {@includeCode ../../test/figure/examples.test.ts#add}
 * @category Arithmetic
 * @since 0.1.0
 */
export function add(a: FigureInput, b: FigureInput): Figure {
  return sumOf(readOperand(a, "figure.add: a"), readOperand(b, "figure.add: b"));
}

/**
 * {@link add} of two figures already read; `branded: false` for a step the caller does not return.
 * A bound of such a step is still a decimal of `DLo` or `DHi` (it is not copied into `D`): its own
 * method rounds as the clone does, without the copy `DLo.add` would make of it first. @internal
 */
export function sumOf(x: Figure, y: Figure, branded = true): Figure {
  const lo = x.lo.constructor === DLo ? thawed(x.lo).plus(thawed(y.lo)) : DLo.add(thawed(x.lo), thawed(y.lo));
  const hi = x.hi.constructor === DHi ? thawed(x.hi).plus(thawed(y.hi)) : DHi.add(thawed(x.hi), thawed(y.hi));
  return settle("add", x, y, lo, hi, x.loInclusive && y.loInclusive, x.hiInclusive && y.hiInclusive, branded);
}

/**
 * The figure of a sum or difference of `x` and `y` with the given bounds: the value to 34 digits,
 * or computed with every digit (`DX`) when those 34 would put it on an end the bounds exclude.
 */
function settle(
  op: "add" | "sub",
  x: Figure,
  y: Figure,
  lo: Decimal,
  hi: Decimal,
  loInclusive: boolean,
  hiInclusive: boolean,
  branded: boolean,
): Figure {
  // Unfrozen copies to compute with: decimal.js copies each operand, slowly when it is frozen.
  const value = op === "add" ? thawed(x.value).plus(thawed(y.value)) : thawed(x.value).minus(thawed(y.value));
  const exact = onExcludedEnd(value, lo, hi, loInclusive, hiInclusive);
  return make(exact ? DX[op](x.value, y.value) : value, lo, hi, loInclusive, hiInclusive, branded);
}

/**
 * Subtracts one figure from another: the lower bound is `a.lo - b.hi` and the
 * upper bound `a.hi - b.lo`. Subtracting a figure from itself does not give
 * zero (interval arithmetic treats the operands as independent); for formulas
 * that use a figure more than once, see {@link evaluate}.
 *
 * @param a - the figure to subtract from (a plain number is exact)
 * @param b - the figure to subtract (a plain number is exact)
 * @returns a frozen figure: value `a.value - b.value` with the widest bounds the inputs allow
 * @throws {@link accordo!AccordoError} `INVALID_NUMBER`, `INVALID_TYPE` or `OUT_OF_RANGE` when an operand is not a finite number in range; `INVALID_VALUE` when it is a broken figure
 * @example
 * {@includeCode ../../test/figure/examples.test.ts#sub}
 * @category Arithmetic
 * @since 0.1.0
 */
export function sub(a: FigureInput, b: FigureInput): Figure {
  return differenceOf(readOperand(a, "figure.sub: a"), readOperand(b, "figure.sub: b"));
}

/** {@link sub} of two figures already read; `branded: false` for a step the caller does not return. @internal */
export function differenceOf(x: Figure, y: Figure, branded = true): Figure {
  const lo = x.lo.constructor === DLo ? thawed(x.lo).minus(thawed(y.hi)) : DLo.sub(thawed(x.lo), thawed(y.hi));
  const hi = x.hi.constructor === DHi ? thawed(x.hi).minus(thawed(y.lo)) : DHi.sub(thawed(x.hi), thawed(y.lo));
  return settle("sub", x, y, lo, hi, x.loInclusive && y.hiInclusive, x.hiInclusive && y.loInclusive, branded);
}

/**
 * Negates a figure: the bounds swap and change sign.
 *
 * @param a - the figure (a plain number is exact)
 * @returns a frozen figure: value `-a.value`, bounds `[-a.hi, -a.lo]`
 * @throws {@link accordo!AccordoError} `INVALID_NUMBER`, `INVALID_TYPE` or `OUT_OF_RANGE` when an operand is not a finite number in range; `INVALID_VALUE` when it is a broken figure
 * @example
 * {@includeCode ../../test/figure/examples.test.ts#neg}
 * @category Arithmetic
 * @since 0.1.0
 */
export function neg(a: FigureInput): Figure {
  const x = readOperand(a, "figure.neg: a");
  return make(x.value.neg(), x.hi.neg(), x.lo.neg(), x.hiInclusive, x.loInclusive);
}

interface Corner {
  readonly lo: Decimal;
  readonly hi: Decimal;
  readonly attained: boolean;
}

function ends(f: Figure): readonly (readonly [Decimal, boolean])[] {
  // Unfrozen copies to compute with: decimal.js copies each operand, slowly when it is frozen.
  const lo = thawed(f.lo);
  return [
    [lo, f.loInclusive],
    [f.hi === f.lo ? lo : thawed(f.hi), f.hiInclusive],
  ];
}

/** The figure spanning the corners; `precise` recomputes the value with more digits when the 34-digit one lands on an excluded end. */
function hull(value: Decimal, corners: readonly Corner[], precise: () => Decimal): Figure {
  let lo = (corners[0] as Corner).lo;
  let hi = (corners[0] as Corner).hi;
  for (const c of corners) {
    if (compare(c.lo, lo) < 0) lo = c.lo;
    if (compare(c.hi, hi) > 0) hi = c.hi;
  }
  const loInclusive = corners.some((c) => c.attained && compare(c.lo, lo) === 0);
  const hiInclusive = corners.some((c) => c.attained && compare(c.hi, hi) === 0);
  return make(
    onExcludedEnd(value, lo, hi, loInclusive, hiInclusive) ? precise() : value,
    lo,
    hi,
    loInclusive,
    hiInclusive,
  );
}

/**
 * A product or quotient below the range (1e-999) is a silent 0 in decimal.js: OUT_OF_RANGE when
 * the result is 0 but `nonZero` (no factor, or no dividend, is 0) says it is not.
 */
function underflow(result: Decimal, nonZero: boolean, fn: string): Decimal {
  if (nonZero && result.isZero()) outOfRange(`${fn}: the result`, "a product below 1e-999");
  return result;
}

/**
 * Multiplies two figures. The bounds are the smallest and largest products of
 * the operands' bounds.
 *
 * @param a - the first factor (a plain number is exact)
 * @param b - the second factor (a plain number is exact)
 * @returns a frozen figure: value `a.value × b.value` with the range of the products
 * @throws {@link accordo!AccordoError} `INVALID_NUMBER`, `INVALID_TYPE` or `OUT_OF_RANGE` when an operand is not a finite number in range; `INVALID_VALUE` when it is a broken figure; `OUT_OF_RANGE` when the result leaves the range
 * @example
 * {@includeCode ../../test/figure/examples.test.ts#mul}
 * @category Arithmetic
 * @since 0.1.0
 */
export function mul(a: FigureInput, b: FigureInput): Figure {
  const x = readOperand(a, "figure.mul: a");
  const y = readOperand(b, "figure.mul: b");
  const corners: Corner[] = [];
  for (const [p, pIn] of ends(x)) {
    for (const [q, qIn] of ends(y)) {
      corners.push({
        lo: underflow(DLo.mul(p, q), !p.isZero() && !q.isZero(), "figure.mul"),
        hi: underflow(DHi.mul(p, q), !p.isZero() && !q.isZero(), "figure.mul"),
        // A product is attained when both ends are, or when a possible end is zero (then any partner gives zero).
        attained: (pIn && qIn) || (pIn && p.isZero()) || (qIn && q.isZero()),
      });
    }
  }
  return hull(
    underflow(thawed(x.value).times(thawed(y.value)), !x.value.isZero() && !y.value.isZero(), "figure.mul"),
    corners,
    () => DX.mul(x.value, y.value),
  );
}

/**
 * Divides one figure by another. A divisor whose bounds contain zero (or touch
 * it) is refused: the quotient would be unbounded.
 *
 * @param a - the dividend (a plain number is exact)
 * @param b - the divisor (a plain number is exact), its bounds entirely above or below zero
 * @returns a frozen figure: value `a.value / b.value` (34 significant digits) with the range of the quotients, rounded outwards; for exact operands, exact when the quotient fits in 34 digits, else the two 34-digit neighbours of the true quotient
 * @throws {@link accordo!AccordoError} `DIVISION_BY_ZERO` when the divisor's bounds contain or touch zero; `INVALID_NUMBER`, `INVALID_TYPE` or `OUT_OF_RANGE` when an operand is not a finite number in range; `INVALID_VALUE` when it is a broken figure
 * @example
 * {@includeCode ../../test/figure/examples.test.ts#div}
 * @category Arithmetic
 * @since 0.1.0
 */
export function div(a: FigureInput, b: FigureInput): Figure {
  return quotientOf(readOperand(a, "figure.div: a"), readOperand(b, "figure.div: b"));
}

/** {@link div} of two figures already read; `branded: false` for a step the caller does not return. @internal */
export function quotientOf(x: Figure, y: Figure, branded = true): Figure {
  if (signOf(y.lo) <= 0 && signOf(y.hi) >= 0) {
    refuse("DIVISION_BY_ZERO", {
      function: "figure.div",
      path: "b",
      expected: `a divisor whose bounds exclude zero (they are [${y.lo.toString()}, ${y.hi.toString()}])`,
      lo: y.lo.toString(),
      hi: y.hi.toString(),
    });
  }
  // The divisor is entirely above or below zero, so p / q is monotone in p and in q: the lowest and
  // the highest quotient are at corners known from the signs, two divisions instead of eight.
  const ps = ends(x);
  const qs = ends(y);
  const positive = signOf(y.lo) > 0;
  // Above zero, p / q grows with p; below, it shrinks. For a fixed p >= 0, p / q shrinks as q grows
  // (on either side of zero), so its lowest is at the higher q; for p < 0, at the lower q.
  const lowP = positive ? 0 : 1;
  const highP = 1 - lowP;
  const lowQ = (ps[lowP] as End)[0].isNeg() ? 0 : 1;
  const highQ = (ps[highP] as End)[0].isNeg() ? 1 : 0;
  const lo = underflow(
    DLo.div((ps[lowP] as End)[0], (qs[lowQ] as End)[0]),
    !(ps[lowP] as End)[0].isZero(),
    "figure.div",
  );
  const hi = underflow(
    DHi.div((ps[highP] as End)[0], (qs[highQ] as End)[0]),
    !(ps[highP] as End)[0].isZero(),
    "figure.div",
  );
  const loInclusive = endAttained(ps, qs, lowP, lowQ, lo, DLo);
  const hiInclusive = endAttained(ps, qs, highP, highQ, hi, DHi);
  const value = underflow(thawed(x.value).div(thawed(y.value)), !x.value.isZero(), "figure.div");
  return make(
    onExcludedEnd(value, lo, hi, loInclusive, hiInclusive) ? preciseQuotient(x.value, y.value) : value,
    lo,
    hi,
    loInclusive,
    hiInclusive,
    branded,
  );
}

type End = readonly [Decimal, boolean];

/** Whether the quotient of two ends is a value the figures allow: both ends are, or the dividend's end is an allowed zero. */
function attained([p, pIn]: End, [, qIn]: End): boolean {
  return (pIn && qIn) || (pIn && p.isZero());
}

/**
 * Whether an end of a quotient, `bound` (the quotient of corner `i`, `j` rounded by `R`), is
 * included: some corner whose quotient rounds to it is attained. The corner that gives it is
 * looked at first; another corner's quotient differs from it, and is computed only when it is
 * within about one unit of the 34th digit of it (exact products tell, without dividing).
 */
function endAttained(
  ps: readonly End[],
  qs: readonly End[],
  i: number,
  j: number,
  bound: Decimal,
  R: typeof DLo,
): boolean {
  const p = ps[i] as End;
  const q = qs[j] as End;
  if (attained(p, q)) return true;
  for (let k = 0; k < 2; k++) {
    for (let l = 0; l < 2; l++) {
      const pc = ps[k] as End;
      const qc = qs[l] as End;
      if ((k === i && l === j) || !attained(pc, qc)) continue;
      if (!apart(pc[0], qc[0], p[0], q[0]) && compare(R.div(pc[0], qc[0]), bound) === 0) return true;
    }
  }
  return false;
}

/**
 * Whether c = pc / qc and u = p / q (qc and q of one sign) are surely too far apart to round to
 * the same 34-digit number: |c − u| > |c| × 1e-32, more than the spacing of 34-digit numbers
 * around c. Told without dividing: with the same dividend, |c − u| / |c| = |q − qc| / |q|; with
 * the same divisor, |pc − p| / |pc|; otherwise from the exact products, (pc·q − p·qc) / (qc·q).
 */
function apart(pc: Decimal, qc: Decimal, p: Decimal, q: Decimal): boolean {
  if (compare(pc, p) === 0) return pc.isZero() ? false : differ(q, qc, q);
  if (compare(qc, q) === 0) return differ(pc, p, pc);
  const m = DX.mul(pc, q);
  return DX.sub(m, DX.mul(p, qc)).abs().gt(DX.mul(m.abs(), NEAR));
}

/**
 * Whether |a − b| > |x| × 1e-32 ({@link wider} of a − b), told without subtracting when the last
 * digits of `a` and `b` are far enough above x's 33rd: a − b is then a multiple of the unit of the
 * lower of the two last digits, so when it is not 0 it is at least that unit (the common case of
 * bounds of a few digits, as `figure.reported` makes).
 */
function differ(a: Decimal, b: Decimal, x: Decimal): boolean {
  if (compare(a, b) === 0) return false;
  if (Math.min(a.e - a.sd() + 1, b.e - b.sd() + 1) >= x.e - 31) return true;
  return wider(DX.sub(a, b), x);
}

/** Whether |d| > |x| × 1e-32, from the exponents (|d| >= 10^d.e, |x| < 10^(x.e + 1)) or exactly. */
function wider(d: Decimal, x: Decimal): boolean {
  if (d.isZero()) return false;
  if (d.e >= x.e - 31) return true;
  return d.abs().gt(DX.mul(x.abs(), NEAR));
}

const NEAR = /* @__PURE__ */ new DX("1e-32");
