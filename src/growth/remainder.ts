/**
 * The growth of a remainder: a total minus listed parts.
 *
 * @module
 */
import { D, site, type Decimal } from "../decimal.js";
import { checkKeys, isAccordoError, isSingleValue, refuse, refusePositional } from "../errors.js";
import { evaluateRange } from "../figure/evaluate.js";
import { sub } from "../figure/index.js";
import { DHi, DLo, make } from "../figure/internal.js";
import type { Figure } from "../figure/types.js";
import { codeFor, levelOf, mayBeZero, rateOf, readLevel, readRate } from "./internal.js";
import { growthBetween, previous } from "./rate.js";
import type { GrowthBasis, GrowthComponent, GrowthFlag, GrowthRate, Remainder } from "./types.js";

/** The working precision of the remainder's formula. */
const W: typeof D = /* @__PURE__ */ D.clone({ precision: 60 });
const W_ONE: Decimal = /* @__PURE__ */ new W(1);

interface Component {
  readonly current: Figure;
  readonly rate: GrowthRate;
  /** +1: previous = current / (1 + r); −1: previous = current / (1 − r) (absolute rate from a negative base). */
  readonly sign: 1 | -1;
}

function readComponent(input: unknown, where: string): Component {
  if (typeof input !== "object" || input === null || Array.isArray(input) || isSingleValue(input)) {
    return refuse("INVALID_TYPE", {
      ...site(where),
      expected: "an object { current, rate }",
      received: input,
      hint: "Name the level and its growth rate: { current: level, rate: growthRate }.",
    });
  }
  const at = site(where);
  checkKeys(at.function, at.path, input, ["current", "rate"]);
  for (const key of ["current", "rate"] as const) {
    if (!Object.prototype.hasOwnProperty.call(input, key)) {
      refuse(codeFor(input, "object", "INVALID_INPUT"), {
        ...site(`${where}.${key}`),
        expected: `a ${key} (required)`,
      });
    }
  }
  const c = input as GrowthComponent;
  const rate = readRate(c.rate, `${where}.rate`);
  const sign = rate.flags.includes("absoluteDenominator") && rate.flags.includes("negativeBase") ? -1 : 1;
  return { current: readLevel(c.current, `${where}.current`).figure, rate, sign };
}

function combinedBasis(components: readonly Component[]): GrowthBasis {
  const bases = new Set(components.map((c) => c.rate.basis));
  if (bases.has("real") && bases.has("nominal")) {
    refuse("INVALID_INPUT", {
      function: "growth.remainder",
      path: "parts",
      expected: "rates of one basis (they mix real and nominal: a remainder of them means nothing)",
      bases: [...bases],
    });
  }
  return bases.size === 1 ? (components[0] as Component).rate.basis : "unspecified";
}

const REMAINDER_EXAMPLE = "growth.remainder({ current: total, rate: totalRate }, [{ current: part, rate: partRate }])";

/**
 * The growth of what a total has beyond its listed parts (industrial output
 * outside the four leading industries), from the current levels and growth
 * rates of the total and of each part.
 *
 * The remainder now is `total − Σ parts`; a period earlier it is
 * `total / (1 + g) − Σ part / (1 + gᵢ)`; its rate is the ratio minus one. The
 * rate uses every input twice, so naive interval arithmetic would give bounds
 * too wide (for the case study [6.98%, 24.38%]); this function evaluates the
 * formula at the corners of the box of inputs (see `figure.evaluate`), which
 * gives the exact range ([7.07%, 24.27%]) as long as the earlier remainder
 * stays away from zero. For this formula the corner check is decisive: the
 * rate always moves one way with each growth rate, and its slope in a level
 * does not depend on that level, so its sign along an edge of the box is its
 * sign everywhere on that edge. When the slope in some level does change sign
 * inside the box (rates of the parts on both sides of the total's), or more
 * than 16 inputs are inexact (over 7 parts), the naive bounds are returned
 * instead and the rate is flagged `"naiveBounds"`. The corners are computed
 * with 60 significant digits and the bounds widened by a bound of that
 * rounding error and rounded outwards to 34 digits, so they contain the true
 * range (for exact inputs, the true rate).
 *
 * The rates must share a basis: the result has that basis (`"unspecified"`
 * when they differ only by being unspecified). A rate of a component flagged
 * `"naiveBounds"` (the rate of another remainder) passes that flag on: the
 * result's bounds are then wider than the exact range too.
 *
 * @param total - the total's current level and growth rate
 * @param parts - the listed parts' current levels and growth rates, at least one
 * @returns a frozen remainder: `current`, `previous` (a derived level) and `rate`
 * @throws {@link accordo!AccordoError} `UNDEFINED_RESULT` when the earlier remainder may be zero, or a rate may be −100%; `INVALID_TYPE` when a component is not an object (a level or a number where `{ current, rate }` goes, or more than two arguments) or `parts` not an array; `UNKNOWN_OPTION` for a key of a component other than `current` and `rate`; `INVALID_INPUT` for a missing key, no parts, or rates that mix real and nominal bases; `INVALID_NUMBER` or `INVALID_VALUE` for a level or rate that is not one
 * @example
 * {@includeCode ../../test/growth/examples.test.ts#remainder}
 * @category Rates
 * @since 0.1.0
 */
export function remainder(total: GrowthComponent, parts: readonly GrowthComponent[]): Remainder {
  // growth.remainder(level, rate, parts): the total's level and rate in a row
  if (arguments.length > 2 || isSingleValue(total))
    refusePositional("growth.remainder", "total", total, arguments.length, "{ current, rate }", REMAINDER_EXAMPLE);
  const t = readComponent(total, "growth.remainder: total");
  const ps = readParts(parts);
  const basis = combinedBasis([t, ...ps]);
  const current = ps.reduce((acc, p) => sub(acc, p.current), t.current);
  // Every input appears once in each of these: naive interval arithmetic gives their exact ranges.
  const priors = ps.map(prior);
  const totalPrior = prior(t);
  const before = priors.reduce((acc, p) => sub(acc, p), totalPrior);
  if (mayBeZero(before)) {
    refuse("UNDEFINED_RESULT", {
      function: "growth.remainder",
      path: "parts",
      expected: `parts whose earlier remainder cannot be zero (its bounds are [${before.lo.toString()}, ${before.hi.toString()}]: its growth is undefined)`,
      lo: before.lo.toString(),
      hi: before.hi.toString(),
    });
  }
  // A component whose rate has naive bounds (the rate of another remainder) passes the note on.
  const inherited: GrowthFlag[] = [t, ...ps].some((c) => c.rate.flags.includes("naiveBounds")) ? ["naiveBounds"] : [];
  const naive = growthBetween(current, before, basis, false);
  const wide = cornerRange(t, ps);
  if (wide === undefined) {
    const rate = rateOf(naive.fraction, basis, [...naive.flags, "naiveBounds"]);
    return Object.freeze({ kind: "remainder" as const, current, previous: levelOf(before, basis), rate });
  }
  const bounds = widened(wide, t, ps, priors, totalPrior, before);
  const rate = rateOf(tighter(naive.fraction, bounds), basis, [...naive.flags, ...inherited]);
  return Object.freeze({ kind: "remainder" as const, current, previous: levelOf(before, basis), rate });
}

/** Step 1: the parts, a non-empty array of components. */
function readParts(parts: unknown): Component[] {
  if (!Array.isArray(parts)) {
    refuse("INVALID_TYPE", {
      function: "growth.remainder",
      path: "parts",
      expected: "a non-empty array of { current, rate }",
      received: parts,
    });
  }
  if (parts.length === 0) {
    refuse("INVALID_INPUT", {
      function: "growth.remainder",
      path: "parts",
      expected: "a non-empty array of { current, rate }",
      received: parts,
    });
  }
  // Array.from reads a hole as undefined (refused), where map would skip it and leave a hole.
  return Array.from(parts as unknown[], (p, i) => readComponent(p, `growth.remainder: parts[${i}]`));
}

/** A component's level a period earlier, from its rate. */
function prior(c: Component): Figure {
  return previous(c.current, c.rate).level;
}

/**
 * Step 2: the range of the remainder's rate over the corners of the box of inputs, with 60 digits,
 * or undefined when the corners cannot give it (not monotone, or more than 16 inexact inputs).
 */
function cornerRange(
  t: Component,
  ps: readonly Component[],
): { readonly lo: Decimal; readonly hi: Decimal } | undefined {
  const inputs: Record<string, Figure> = { total: t.current, totalRate: t.rate.fraction };
  ps.forEach((p, i) => {
    inputs[`part${i}`] = p.current;
    inputs[`partRate${i}`] = p.rate.fraction;
  });
  const priorOf = (level: Decimal, r: Decimal, sign: 1 | -1): Decimal =>
    new W(level).div(sign === 1 ? W_ONE.plus(r) : W_ONE.minus(r));
  const formula = (v: Readonly<Record<string, Decimal>>): Decimal => {
    let now = new W(v["total"] as Decimal);
    let then = priorOf(now, v["totalRate"] as Decimal, t.sign);
    ps.forEach((p, i) => {
      const level = v[`part${i}`] as Decimal;
      now = now.minus(level);
      then = then.minus(priorOf(level, v[`partRate${i}`] as Decimal, p.sign));
    });
    return now.div(then).minus(W_ONE);
  };
  try {
    return evaluateRange(formula, inputs);
  } catch (error) {
    // Not monotone over the box, or too many inputs to enumerate: the naive bounds still enclose the rate.
    if (cornersCannotTell(error)) return undefined;
    throw error;
  }
}

/** Whether figure.evaluate refused the formula (not monotone) or its inputs (too many to enumerate). */
function cornersCannotTell(error: unknown): boolean {
  if (!isAccordoError(error) || error.details?.function !== "figure.evaluate") return false;
  return (
    (error.code === "INVALID_INPUT" && error.details.path === "formula") ||
    (error.code === "OUT_OF_RANGE" && error.details.path === "inputs")
  );
}

/**
 * Step 3: the corner range widened by a bound of its rounding error, outwards to 34 digits:
 * |error| <= (n + 5) u ((N + |now/then| S) / min|then| + 2 |now/then|), u = 10^-59: n the parts,
 * N the sum of the levels' magnitudes, S that of the earlier levels', then the earlier remainder.
 */
function widened(
  wide: { readonly lo: Decimal; readonly hi: Decimal },
  t: Component,
  ps: readonly Component[],
  priors: readonly Figure[],
  totalPrior: Figure,
  before: Figure,
): { readonly lo: Decimal; readonly hi: Decimal } {
  const magnitude = (f: Figure): Decimal => D.max(f.lo.abs(), f.hi.abs());
  const levels = ps.reduce((acc, p) => acc.plus(magnitude(p.current)), magnitude(t.current));
  const earlier = priors.reduce((acc, p) => acc.plus(magnitude(p)), magnitude(totalPrior));
  const ratio = D.max(wide.lo.abs(), wide.hi.abs()).plus(1);
  const minThen = D.min(before.lo.abs(), before.hi.abs());
  const error = DHi.mul(
    new D(`${ps.length + 5}e-59`),
    DHi.add(DHi.div(DHi.add(levels, DHi.mul(ratio, earlier)), minThen), DHi.mul(ratio, 2)),
  );
  return { lo: DLo.sub(wide.lo, error), hi: DHi.add(wide.hi, error) };
}

/**
 * Step 4: the naive bounds enclose the rate too, and for exact inputs they are exact whenever the
 * rate fits in 34 digits: the tighter of each pair, and the naive value kept within them.
 */
function tighter(n: Figure, bounds: { readonly lo: Decimal; readonly hi: Decimal }): Figure {
  const [l, lIn] = n.lo.gte(bounds.lo) ? [n.lo, n.loInclusive] : [bounds.lo, true];
  const [h, hIn] = n.hi.lte(bounds.hi) ? [n.hi, n.hiInclusive] : [bounds.hi, true];
  return make(D.min(D.max(n.value, l), h), l, h, lIn, hIn);
}
