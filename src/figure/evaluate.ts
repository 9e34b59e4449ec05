/**
 * The exact range of a formula of figures that is monotone in each input.
 *
 * @module
 */
import { D, toDecimal, type Decimal, type DecimalInput } from "../decimal.js";
import { checkKeys, readOptions, refuse } from "../errors.js";
import { make, readOperand } from "./internal.js";
import type { MonotoneDirection, EvaluateOptions, Figure, FigureInput } from "./types.js";

/** The most inexact inputs whose corners `evaluate` enumerates (2¹⁶ evaluations). */
const MAX_DETECTED = 16;

/**
 * The constructor of the decimals the formula receives: 50 significant digits,
 * so that its results, rounded outwards to 34, contain the true values.
 */
const E: typeof D = /* @__PURE__ */ D.clone({ precision: 50 });

/**
 * Evaluates a formula of several figures: the value on the best estimates, and
 * the exact range of the formula over the box of input intervals, found at its
 * corners.
 *
 * Naive interval arithmetic ({@link add}, {@link div}, ...) treats every
 * occurrence of a figure as independent, so a formula that uses a figure twice
 * gets bounds that are too wide (the dependency problem). A function that is
 * monotone in each input separately (rising or falling in it whatever the
 * other inputs are) takes its extremes at corners of the box, so evaluating
 * it there gives the exact range.
 *
 * **Valid only for formulas monotone in each input over the whole box.**
 * With `monotonicity: "detect"` (the default) the formula is evaluated at all
 * 2ⁿ corners of its n inexact inputs (n at most 16) and an input along which it
 * rises on one edge and falls on another is refused; this catches most, not
 * all, non-monotone formulas. Stating the direction of an input
 * (`{ monotonicity: { total: "increasing" } }`) saves evaluations and is
 * trusted. In both cases a value outside the computed range is refused.
 *
 * The formula receives decimals of 50 significant digits (arithmetic on them
 * keeps 50); its results are rounded to the library's 34, the value to
 * nearest and the bounds outwards, so that the bounds contain the true range
 * unless the formula itself loses more than 16 digits (a subtraction of
 * nearly equal terms, or a constant of 34 digits of its own). They are
 * reported as possible (closed). Exact inputs give an exact figure when the
 * result fits in 34 digits, else its two 34-digit neighbours.
 *
 * @typeParam I - the record of named inputs
 * @param formula - a pure function of the inputs' decimals, returning a finite number; an exception of its own (reading an input that `inputs` lacks) passes through unchanged
 * @param inputs - the figures by name (plain numbers are exact)
 * @param options - `monotonicity`: `"detect"` or a direction by input name
 * @returns a frozen figure: the formula on the best estimates, bounds its minimum and maximum over the corners rounded outwards (both possible)
 * @throws {@link accordo!AccordoError} `INVALID_TYPE` when the formula is not a function, the inputs not a record or the options not an object; `INVALID_NUMBER` (or `INVALID_VALUE`) for an input that is not a number (a broken figure) or a result that is not a number; `UNKNOWN_OPTION` for an unknown option or a direction of an unknown input; `INVALID_INPUT` for a direction other than increasing or decreasing, or a formula found not to be monotone; `OUT_OF_RANGE` when more than 16 inexact inputs are left to detect; `UNDEFINED_RESULT` when the formula gives a non-finite result (a division by zero) at a corner
 * @example
 * {@includeCode ../../test/figure/examples.test.ts#evaluate}
 * @category Arithmetic
 * @since 0.1.0
 */
export function evaluate<I extends Readonly<Record<string, FigureInput>>>(
  formula: (values: { readonly [K in keyof I]: Decimal }) => DecimalInput,
  inputs: I,
  options: EvaluateOptions<keyof I & string> = {},
): Figure {
  const { value, lo, hi } = evaluateRange(formula, inputs, options);
  // Results of 50 digits, rounded to 34: the value to nearest, the bounds outwards.
  return make(
    value.toSignificantDigits(34),
    lo.toSignificantDigits(34, D.ROUND_FLOOR),
    hi.toSignificantDigits(34, D.ROUND_CEIL),
    true,
    true,
  );
}

/** A record without a prototype: an input named `__proto__` is a key like any other. */
const record = (): Record<string, Decimal> => Object.create(null) as Record<string, Decimal>;

/** The formula's arguments: the inputs read as figures, and the directions stated for some of them. */
interface Box {
  readonly keys: readonly string[];
  readonly figures: ReadonlyMap<string, Figure>;
  readonly stated: ReadonlyMap<string, MonotoneDirection>;
}

/**
 * The work of {@link evaluate}: the formula's value and its minimum and
 * maximum over the corners, with every digit the formula returned (the
 * `growth` namespace widens them by its own error bound). @internal
 */
export function evaluateRange<I extends Readonly<Record<string, FigureInput>>>(
  formula: (values: { readonly [K in keyof I]: Decimal }) => DecimalInput,
  inputs: I,
  options: EvaluateOptions<keyof I & string> = {},
): { readonly value: Decimal; readonly lo: Decimal; readonly hi: Decimal } {
  const box = readBox(formula, inputs, options);
  const call = (point: Readonly<Record<string, Decimal>>, where: string): Decimal =>
    callFormula(formula as (values: Readonly<Record<string, Decimal>>) => unknown, box.keys, point, where);
  const best = record();
  for (const [key, f] of box.figures) best[key] = f.value;
  const value = call(best, "at the best estimates");
  const free = freeInputs(box);
  const minValues = scanCorners(box, free, corner(box, best, true), call);
  const maxValues = box.stated.size === 0 ? minValues : scanCorners(box, free, corner(box, best, false), call);
  const lo = minValues.reduce((m, v) => (v.lt(m) ? v : m));
  const hi = maxValues.reduce((m, v) => (v.gt(m) ? v : m));
  if (lo.gt(value) || hi.lt(value)) {
    refuse("INVALID_INPUT", {
      function: "figure.evaluate",
      path: "formula",
      expected: "a formula monotone in each input, with its stated directions (its value lies outside its range)",
      value: value.toString(),
      lo: lo.toString(),
      hi: hi.toString(),
    });
  }
  return { value, lo, hi };
}

/** Step 1: the formula, the inputs as figures and the stated directions, checked. */
function readBox(formula: unknown, inputs: unknown, options: unknown): Box {
  if (typeof formula !== "function") {
    refuse("INVALID_TYPE", { function: "figure.evaluate", path: "formula", expected: "a function", received: formula });
  }
  if (typeof inputs !== "object" || inputs === null || Array.isArray(inputs)) {
    refuse("INVALID_TYPE", {
      function: "figure.evaluate",
      path: "inputs",
      expected: "a record of figures by name",
      received: inputs,
    });
  }
  const keys = Object.keys(inputs);
  const figures = new Map<string, Figure>();
  for (const key of keys) {
    figures.set(key, readOperand((inputs as Record<string, unknown>)[key], `figure.evaluate: inputs.${key}`));
  }
  const opts = readOptions("figure.evaluate", "options", options as EvaluateOptions | undefined, ["monotonicity"]);
  return { keys, figures, stated: readMonotonicity(opts.monotonicity, figures) };
}

/** Step 2: the formula at one point, with decimals of 50 digits; a non-finite result is UNDEFINED_RESULT. */
function callFormula(
  formula: (values: Readonly<Record<string, Decimal>>) => unknown,
  keys: readonly string[],
  point: Readonly<Record<string, Decimal>>,
  where: string,
): Decimal {
  const lifted = record();
  for (const key of keys) lifted[key] = new E(point[key] as Decimal);
  const result = formula(Object.freeze(lifted));
  if ((D.isDecimal(result) && !result.isFinite()) || (typeof result === "number" && !Number.isFinite(result))) {
    refuse("UNDEFINED_RESULT", {
      function: "figure.evaluate",
      path: `the formula's result ${where}`,
      expected: "a finite number",
      received: result,
      where,
    });
  }
  return toDecimal(result, `figure.evaluate: the formula's result ${where}`);
}

/** Step 3: the inexact inputs without a stated direction, whose corners are enumerated (at most 16). */
function freeInputs(box: Box): readonly string[] {
  const free = box.keys.filter((k) => !box.stated.has(k) && !isExactFigure(box.figures.get(k) as Figure));
  if (free.length > MAX_DETECTED) {
    refuse("OUT_OF_RANGE", {
      function: "figure.evaluate",
      path: "inputs",
      expected: `at most ${MAX_DETECTED} inexact inputs without a stated direction (state the monotonicity of some)`,
      received: free.length,
      inputs: free,
    });
  }
  return free;
}

/** The stated inputs at the end that minimises (maximises) the formula; the others at their best estimates. */
function corner(box: Box, best: Readonly<Record<string, Decimal>>, atMin: boolean): Record<string, Decimal> {
  const point = Object.assign(record(), best);
  for (const [key, direction] of box.stated) {
    const f = box.figures.get(key) as Figure;
    point[key] = (direction === "increasing") === atMin ? f.lo : f.hi;
  }
  return point;
}

/** Step 4: the formula at every corner of the free inputs around `base`, checked to be monotone along each. */
function scanCorners(
  box: Box,
  free: readonly string[],
  base: Readonly<Record<string, Decimal>>,
  call: (point: Readonly<Record<string, Decimal>>, where: string) => Decimal,
): Decimal[] {
  const values: Decimal[] = [];
  for (let mask = 0; mask < 1 << free.length; mask++) {
    const point = Object.assign(record(), base);
    free.forEach((key, i) => {
      const f = box.figures.get(key) as Figure;
      point[key] = mask & (1 << i) ? f.hi : f.lo;
    });
    values.push(call(point, `at the corner ${describePoint(point)}`));
  }
  free.forEach((key, i) => checkMonotone(values, key, i));
  return values;
}

/** Along the free input number `i`, every edge of the box must move the same way. */
function checkMonotone(values: readonly Decimal[], key: string, i: number): void {
  let up = false;
  let down = false;
  for (let mask = 0; mask < values.length; mask++) {
    if (mask & (1 << i)) continue;
    const cmp = (values[mask | (1 << i)] as Decimal).cmp(values[mask] as Decimal);
    if (cmp > 0) up = true;
    else if (cmp < 0) down = true;
  }
  if (up && down) {
    refuse("INVALID_INPUT", {
      function: "figure.evaluate",
      path: "formula",
      expected: `a formula monotone in input "${key}" (it rises along one edge of the box and falls along another)`,
      input: key,
    });
  }
}

function isExactFigure(f: Figure): boolean {
  return f.lo.eq(f.hi);
}

function describePoint(point: Readonly<Record<string, Decimal>>): string {
  return `{ ${Object.entries(point)
    .map(([k, v]) => `${k}: ${v.toString()}`)
    .join(", ")} }`;
}

function readMonotonicity(monotonicity: unknown, figures: ReadonlyMap<string, Figure>): Map<string, MonotoneDirection> {
  const stated = new Map<string, MonotoneDirection>();
  if (monotonicity === undefined || monotonicity === "detect") return stated;
  if (typeof monotonicity !== "object" || monotonicity === null || Array.isArray(monotonicity)) {
    return refuse(typeof monotonicity === "string" ? "INVALID_INPUT" : "INVALID_TYPE", {
      function: "figure.evaluate",
      path: "options.monotonicity",
      expected: '"detect" or a record of directions by input name',
      received: monotonicity,
    });
  }
  checkKeys("figure.evaluate", "options.monotonicity", monotonicity, [...figures.keys()]);
  for (const [key, direction] of Object.entries(monotonicity as Readonly<Record<string, unknown>>)) {
    if (direction === undefined) continue;
    if (direction !== "increasing" && direction !== "decreasing") {
      refuse(typeof direction === "string" ? "INVALID_INPUT" : "INVALID_TYPE", {
        function: "figure.evaluate",
        path: `options.monotonicity.${key}`,
        expected: '"increasing" or "decreasing"',
        received: direction,
        input: key,
      });
    }
    stated.set(key, direction);
  }
  return stated;
}
