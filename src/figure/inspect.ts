/**
 * Questions about figures: intersect, contains, width, midpoint, isExact.
 *
 * @module
 */
import { frozen, outOfRange, type Decimal } from "../decimal.js";
import { refuse } from "../errors.js";
import { make, midpointOf, readFigure, readOperand } from "./internal.js";
import type { Figure, FigureConflict, FigureInput, FigureIntersection } from "./types.js";

/**
 * Intersects figures that measure the same quantity (the same exchange rate
 * implied by several pairs of figures, the same total from two sources): the
 * numbers all of them allow. When there is none, the result says so and names
 * every pair of figures that disagree. On a line, intervals have a common
 * point exactly when every pair of them does, so the listed pairs are the
 * whole story.
 *
 * The operation is commutative and associative: the common interval depends
 * only on the set of intervals, and its value is the interval's midpoint
 * (to 34 digits; exactly when those would put it on an excluded end, or
 * outside bounds that differ only past the 34th digit).
 *
 * @param figures - one or more figures (plain numbers are exact)
 * @returns `{ empty: false, figure }` with the common interval, or `{ empty: true, conflicts }` with the indices of the disjoint pairs; frozen
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` when no figure is given; `INVALID_NUMBER`, `INVALID_TYPE` or `OUT_OF_RANGE` when an operand is not a finite number in range; `INVALID_VALUE` when it is a broken figure
 * @example
 * {@includeCode ../../test/figure/examples.test.ts#intersect}
 * @category Consistency
 * @since 0.1.0
 */
export function intersect(...figures: readonly FigureInput[]): FigureIntersection {
  if (figures.length === 0) {
    refuse("INVALID_INPUT", {
      function: "figure.intersect",
      path: "figures",
      expected: "at least one figure",
      count: 0,
    });
  }
  const fs = figures.map((f, i) => readOperand(f, `figure.intersect: figures[${i}]`));
  let lo = (fs[0] as Figure).lo;
  let hi = (fs[0] as Figure).hi;
  for (const f of fs) {
    if (f.lo.gt(lo)) lo = f.lo;
    if (f.hi.lt(hi)) hi = f.hi;
  }
  // Where several figures share the binding bound, the end is possible only if it is possible for all of them.
  const loInclusive = fs.every((f) => !f.lo.eq(lo) || f.loInclusive);
  const hiInclusive = fs.every((f) => !f.hi.eq(hi) || f.hiInclusive);
  if (lo.lt(hi) || (lo.eq(hi) && loInclusive && hiInclusive)) {
    const value = midpointOf(lo, hi, loInclusive, hiInclusive);
    return Object.freeze({ empty: false as const, figure: make(value, lo, hi, loInclusive, hiInclusive) });
  }
  const conflicts: FigureConflict[] = [];
  for (let i = 0; i < fs.length; i++) {
    for (let j = i + 1; j < fs.length; j++) {
      const a = fs[i] as Figure;
      const b = fs[j] as Figure;
      if (isBelow(a, b)) conflicts.push(Object.freeze({ below: i, above: j }));
      else if (isBelow(b, a)) conflicts.push(Object.freeze({ below: j, above: i }));
    }
  }
  return Object.freeze({ empty: true as const, conflicts: Object.freeze(conflicts) });
}

/** Whether a's interval lies entirely below b's. */
function isBelow(a: Figure, b: Figure): boolean {
  return a.hi.lt(b.lo) || (a.hi.eq(b.lo) && !(a.hiInclusive && b.loInclusive));
}

/**
 * Tells whether a figure allows a number, or every number another figure allows.
 *
 * @param f - the figure
 * @param x - a number, or a figure (then its whole interval must lie within `f`'s)
 * @returns true when `x` (all of `x`) is possible for `f`, ends included or not as `f` says
 * @throws {@link accordo!AccordoError} `INVALID_TYPE` when `f` is not an object; `INVALID_VALUE` when it is not a valid figure; `INVALID_NUMBER` or `INVALID_TYPE` when `x` is neither a figure nor a number
 * @example
 * {@includeCode ../../test/figure/examples.test.ts#contains}
 * @category Consistency
 * @since 0.1.0
 */
export function contains(f: Figure, x: FigureInput): boolean {
  const outer = readFigure(f, "figure.contains: f");
  const inner = readOperand(x, "figure.contains: x");
  const loOk = inner.lo.gt(outer.lo) || (inner.lo.eq(outer.lo) && (outer.loInclusive || !inner.loInclusive));
  const hiOk = inner.hi.lt(outer.hi) || (inner.hi.eq(outer.hi) && (outer.hiInclusive || !inner.hiInclusive));
  return loOk && hiOk;
}

/**
 * The width of a figure's interval, `hi - lo`: zero for an exact figure, one
 * rounding unit for a reported figure rounded to nearest.
 *
 * @param f - the figure
 * @returns `hi - lo`, a Decimal
 * @throws {@link accordo!AccordoError} `INVALID_TYPE` when `f` is not an object; `INVALID_VALUE` when it is not a valid figure
 * @example
 * {@includeCode ../../test/figure/examples.test.ts#width}
 * @category Inspection
 * @since 0.1.0
 */
export function width(f: Figure): Decimal {
  const x = readFigure(f, "figure.width: f");
  const w = x.hi.minus(x.lo);
  if (!w.isFinite()) outOfRange("figure.width: the width", `${x.hi.toExponential(3)} - ${x.lo.toExponential(3)}`);
  return frozen(w);
}

/**
 * The midpoint of a figure's interval, `(lo + hi) / 2`. It differs from the
 * value when the bounds are asymmetric (a truncated figure, a quotient).
 *
 * @param f - the figure
 * @returns `(lo + hi) / 2`, a Decimal of 34 significant digits (more when bounds that differ only past the 34th digit need them to keep it between them)
 * @throws {@link accordo!AccordoError} `INVALID_TYPE` when `f` is not an object; `INVALID_VALUE` when it is not a valid figure
 * @example
 * {@includeCode ../../test/figure/examples.test.ts#midpoint}
 * @category Inspection
 * @since 0.1.0
 */
export function midpoint(f: Figure): Decimal {
  const x = readFigure(f, "figure.midpoint: f");
  return frozen(midpointOf(x.lo, x.hi));
}

/**
 * Tells whether a figure is exact: its bounds coincide.
 *
 * @param f - the figure
 * @returns true when `lo = hi` (and so equals the value)
 * @throws {@link accordo!AccordoError} `INVALID_TYPE` when `f` is not an object; `INVALID_VALUE` when it is not a valid figure
 * @example
 * {@includeCode ../../test/figure/examples.test.ts#isExact}
 * @category Inspection
 * @since 0.1.0
 */
export function isExact(f: Figure): boolean {
  const x = readFigure(f, "figure.isExact: f");
  return x.lo.eq(x.hi);
}
