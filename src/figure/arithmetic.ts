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
import type { Decimal } from "../decimal.js";
import { fail } from "../errors.js";
import { DHi, DLo, DX, make, onExcludedEnd, preciseQuotient, readOperand } from "./internal.js";
import type { Figure, FigureInput } from "./types.js";

/**
 * Adds two figures. The bounds are the sums of the bounds; an end is possible
 * only when both ends it comes from are.
 *
 * @param a - the first figure (a plain number is exact)
 * @param b - the second figure (a plain number is exact)
 * @returns a frozen figure: value `a.value + b.value`, bounds `[a.lo + b.lo, a.hi + b.hi]`
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` when an operand is neither a valid figure nor a number
 * @example
 * {@includeCode ../../test/figure/examples.test.ts#add}
 * @category Arithmetic
 * @since 0.1.0
 */
export function add(a: FigureInput, b: FigureInput): Figure {
  const x = readOperand(a, "figure.add: a");
  const y = readOperand(b, "figure.add: b");
  const lo = DLo.add(x.lo, y.lo);
  const hi = DHi.add(x.hi, y.hi);
  const loInclusive = x.loInclusive && y.loInclusive;
  const hiInclusive = x.hiInclusive && y.hiInclusive;
  const value = x.value.plus(y.value);
  // Rounded to 34 digits, the sum can land on an excluded end: it then keeps every digit.
  return make(onExcludedEnd(value, lo, hi, loInclusive, hiInclusive) ? DX.add(x.value, y.value) : value, lo, hi, loInclusive, hiInclusive);
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
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` when an operand is neither a valid figure nor a number
 * @example
 * {@includeCode ../../test/figure/examples.test.ts#sub}
 * @category Arithmetic
 * @since 0.1.0
 */
export function sub(a: FigureInput, b: FigureInput): Figure {
  const x = readOperand(a, "figure.sub: a");
  const y = readOperand(b, "figure.sub: b");
  const lo = DLo.sub(x.lo, y.hi);
  const hi = DHi.sub(x.hi, y.lo);
  const loInclusive = x.loInclusive && y.hiInclusive;
  const hiInclusive = x.hiInclusive && y.loInclusive;
  const value = x.value.minus(y.value);
  return make(onExcludedEnd(value, lo, hi, loInclusive, hiInclusive) ? DX.sub(x.value, y.value) : value, lo, hi, loInclusive, hiInclusive);
}

/**
 * Negates a figure: the bounds swap and change sign.
 *
 * @param a - the figure (a plain number is exact)
 * @returns a frozen figure: value `-a.value`, bounds `[-a.hi, -a.lo]`
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` when the operand is neither a valid figure nor a number
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
  return [
    [f.lo, f.loInclusive],
    [f.hi, f.hiInclusive],
  ];
}

/** The figure spanning the corners; `precise` recomputes the value with more digits when the 34-digit one lands on an excluded end. */
function hull(value: Decimal, corners: readonly Corner[], precise: () => Decimal): Figure {
  let lo = (corners[0] as Corner).lo;
  let hi = (corners[0] as Corner).hi;
  for (const c of corners) {
    if (c.lo.lt(lo)) lo = c.lo;
    if (c.hi.gt(hi)) hi = c.hi;
  }
  const loInclusive = corners.some((c) => c.attained && c.lo.eq(lo));
  const hiInclusive = corners.some((c) => c.attained && c.hi.eq(hi));
  return make(onExcludedEnd(value, lo, hi, loInclusive, hiInclusive) ? precise() : value, lo, hi, loInclusive, hiInclusive);
}

/**
 * Multiplies two figures. The bounds are the smallest and largest products of
 * the operands' bounds.
 *
 * @param a - the first factor (a plain number is exact)
 * @param b - the second factor (a plain number is exact)
 * @returns a frozen figure: value `a.value × b.value` with the range of the products
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` when an operand is neither a valid figure nor a number
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
        lo: DLo.mul(p, q),
        hi: DHi.mul(p, q),
        // A product is attained when both ends are, or when a possible end is zero (then any partner gives zero).
        attained: (pIn && qIn) || (pIn && p.isZero()) || (qIn && q.isZero()),
      });
    }
  }
  return hull(x.value.times(y.value), corners, () => DX.mul(x.value, y.value));
}

/**
 * Divides one figure by another. A divisor whose bounds contain zero (or touch
 * it) is refused: the quotient would be unbounded.
 *
 * @param a - the dividend (a plain number is exact)
 * @param b - the divisor (a plain number is exact), its bounds entirely above or below zero
 * @returns a frozen figure: value `a.value / b.value` (34 significant digits) with the range of the quotients, rounded outwards; for exact operands, exact when the quotient fits in 34 digits, else the two 34-digit neighbours of the true quotient
 * @throws {@link accordo!AccordoError} `DIVISION_BY_ZERO` when the divisor's bounds contain or touch zero; `INVALID_INPUT` when an operand is neither a valid figure nor a number
 * @example
 * {@includeCode ../../test/figure/examples.test.ts#div}
 * @category Arithmetic
 * @since 0.1.0
 */
export function div(a: FigureInput, b: FigureInput): Figure {
  const x = readOperand(a, "figure.div: a");
  const y = readOperand(b, "figure.div: b");
  if (y.lo.lte(0) && y.hi.gte(0)) {
    fail("DIVISION_BY_ZERO", `figure.div: the divisor's bounds [${y.lo}, ${y.hi}] contain zero`, {
      lo: y.lo.toString(),
      hi: y.hi.toString(),
    });
  }
  const corners: Corner[] = [];
  for (const [p, pIn] of ends(x)) {
    for (const [q, qIn] of ends(y)) {
      corners.push({ lo: DLo.div(p, q), hi: DHi.div(p, q), attained: (pIn && qIn) || (pIn && p.isZero()) });
    }
  }
  return hull(x.value.div(y.value), corners, () => preciseQuotient(x.value, y.value));
}
