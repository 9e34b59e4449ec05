/**
 * The exact range of a formula of figures that is monotone in each input.
 *
 * @module
 */
import { D, toDecimal, type Decimal, type DecimalInput } from "../decimal.js";
import { describe, fail } from "../errors.js";
import { make, readOperand } from "./internal.js";
import type { MonotoneDirection, EvaluateOptions, Figure, FigureInput } from "./types.js";

/** The most inexact inputs whose corners `evaluate` enumerates (2¹⁶ evaluations). */
const MAX_DETECTED = 16;

/**
 * The constructor of the decimals the formula receives: 50 significant digits,
 * so that its results, rounded outwards to 34, contain the true values.
 */
const E: typeof D = D.clone({ precision: 50 });

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
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` when an input is not a figure or number, a direction or key is unknown, more than 16 inputs are left to detect, the formula returns something that is not a number, or it is found not to be monotone; `UNDEFINED_RESULT` when the formula gives a non-finite result (a division by zero) at a corner
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
  if (typeof formula !== "function")
    fail("INVALID_INPUT", `figure.evaluate: formula must be a function, got ${describe(formula)}`);
  if (typeof inputs !== "object" || inputs === null || Array.isArray(inputs)) {
    fail("INVALID_INPUT", `figure.evaluate: inputs must be a record of figures by name, got ${describe(inputs)}`);
  }
  const keys = Object.keys(inputs);
  const figures = new Map<string, Figure>();
  for (const key of keys) figures.set(key, readOperand(inputs[key], `figure.evaluate: inputs.${key}`));
  if (typeof options !== "object" || options === null)
    fail("INVALID_INPUT", `figure.evaluate: options must be an object, got ${describe(options)}`, {
      where: "figure.evaluate",
    });
  const stated = readMonotonicity(options.monotonicity, figures);

  const call = (point: Readonly<Record<string, Decimal>>, where: string): Decimal => {
    const lifted = record();
    for (const key of keys) lifted[key] = new E(point[key] as Decimal);
    const result: unknown = formula(Object.freeze(lifted) as { readonly [K in keyof I]: Decimal });
    if ((D.isDecimal(result) && !result.isFinite()) || (typeof result === "number" && !Number.isFinite(result))) {
      fail("UNDEFINED_RESULT", `figure.evaluate: the formula is undefined (${describe(result)}) ${where}`, { where });
    }
    return toDecimal(result, `figure.evaluate: the formula's result ${where}`);
  };

  const best = record();
  for (const [key, f] of figures) best[key] = f.value;
  const value = call(best, "at the best estimates");

  const free = keys.filter((k) => !stated.has(k) && !isExactFigure(figures.get(k) as Figure));
  if (free.length > MAX_DETECTED) {
    fail(
      "INVALID_INPUT",
      `figure.evaluate: ${free.length} inexact inputs without a stated direction (at most ${MAX_DETECTED}); state the monotonicity of some of them`,
      { inputs: free },
    );
  }

  // The stated inputs at the end that minimises (maximises) the formula; the others at their best estimates.
  const corner = (atMin: boolean): Record<string, Decimal> => {
    const point = Object.assign(record(), best);
    for (const [key, direction] of stated) {
      const f = figures.get(key) as Figure;
      point[key] = (direction === "increasing") === atMin ? f.lo : f.hi;
    }
    return point;
  };

  const scan = (base: Record<string, Decimal>): Decimal[] => {
    const values: Decimal[] = [];
    for (let mask = 0; mask < 1 << free.length; mask++) {
      const point = Object.assign(record(), base);
      free.forEach((key, i) => {
        const f = figures.get(key) as Figure;
        point[key] = mask & (1 << i) ? f.hi : f.lo;
      });
      values.push(call(point, `at the corner ${describePoint(point)}`));
    }
    // Along each free input, every edge of the box must move the same way.
    free.forEach((key, i) => {
      let up = false;
      let down = false;
      for (let mask = 0; mask < values.length; mask++) {
        if (mask & (1 << i)) continue;
        const cmp = (values[mask | (1 << i)] as Decimal).cmp(values[mask] as Decimal);
        if (cmp > 0) up = true;
        else if (cmp < 0) down = true;
      }
      if (up && down) {
        fail(
          "INVALID_INPUT",
          `figure.evaluate: the formula is not monotone in input "${key}": it rises along one edge of the box and falls along another`,
          {
            input: key,
          },
        );
      }
    });
    return values;
  };

  const minValues = scan(corner(true));
  const maxValues = stated.size === 0 ? minValues : scan(corner(false));
  const lo = minValues.reduce((m, v) => (v.lt(m) ? v : m));
  const hi = maxValues.reduce((m, v) => (v.gt(m) ? v : m));
  if (lo.gt(value) || hi.lt(value)) {
    fail(
      "INVALID_INPUT",
      `figure.evaluate: the formula's value ${value} lies outside its range over the corners [${lo}, ${hi}]: it is not monotone in each input, or a stated direction is wrong`,
      { value: value.toString(), lo: lo.toString(), hi: hi.toString() },
    );
  }
  return { value, lo, hi };
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
    return fail(
      "INVALID_INPUT",
      `figure.evaluate: monotonicity must be "detect" or a record of directions by input name, got ${describe(monotonicity)}`,
    );
  }
  for (const [key, direction] of Object.entries(monotonicity as Readonly<Record<string, unknown>>)) {
    if (direction === undefined) continue;
    if (!figures.has(key))
      fail("INVALID_INPUT", `figure.evaluate: monotonicity names an unknown input "${key}"`, { input: key });
    if (direction !== "increasing" && direction !== "decreasing") {
      fail(
        "INVALID_INPUT",
        `figure.evaluate: the direction of "${key}" must be "increasing" or "decreasing", got ${describe(direction)}`,
        { input: key },
      );
    }
    stated.set(key, direction);
  }
  return stated;
}
