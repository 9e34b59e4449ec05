/**
 * The growth of a remainder: a total minus listed parts.
 *
 * @module
 */
import { D, type Decimal } from "../decimal.js";
import { describe, fail, isAccordoError } from "../errors.js";
import { evaluateRange } from "../figure/evaluate.js";
import { sub } from "../figure/index.js";
import { DHi, DLo, make } from "../figure/internal.js";
import type { Figure } from "../figure/types.js";
import { levelOf, mayBeZero, rateOf, readLevel, readRate } from "./internal.js";
import { growthBetween, previous } from "./rate.js";
import type { GrowthBasis, GrowthComponent, GrowthFlag, GrowthRate, Remainder } from "./types.js";

/** The working precision of the remainder's formula. */
const W: typeof D = D.clone({ precision: 60 });
const W_ONE: Decimal = new W(1);

interface Component {
  readonly current: Figure;
  readonly rate: GrowthRate;
  /** +1: previous = current / (1 + r); −1: previous = current / (1 − r) (absolute rate from a negative base). */
  readonly sign: 1 | -1;
}

function readComponent(input: unknown, where: string): Component {
  if (typeof input !== "object" || input === null || !("current" in input) || !("rate" in input)) {
    return fail("INVALID_INPUT", `${where} must be { current, rate }, got ${describe(input)}`, { where });
  }
  const c = input as GrowthComponent;
  const rate = readRate(c.rate, `${where}.rate`);
  const sign = rate.flags.includes("absoluteDenominator") && rate.flags.includes("negativeBase") ? -1 : 1;
  return { current: readLevel(c.current, `${where}.current`).figure, rate, sign };
}

function combinedBasis(components: readonly Component[]): GrowthBasis {
  const bases = new Set(components.map((c) => c.rate.basis));
  if (bases.has("real") && bases.has("nominal")) {
    fail("INVALID_INPUT", "growth.remainder: the rates mix real and nominal bases; a remainder of them means nothing", {
      bases: [...bases],
    });
  }
  return bases.size === 1 ? (components[0] as Component).rate.basis : "unspecified";
}

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
 * @throws {@link accordo!AccordoError} `UNDEFINED_RESULT` when the earlier remainder may be zero, or a rate may be −100%; `INVALID_INPUT` for malformed components, no parts, or rates that mix real and nominal bases
 * @example
 * {@includeCode ../../test/growth/examples.test.ts#remainder}
 * @category Rates
 * @since 0.1.0
 */
export function remainder(total: GrowthComponent, parts: readonly GrowthComponent[]): Remainder {
  const t = readComponent(total, "growth.remainder: total");
  if (!Array.isArray(parts) || parts.length === 0) {
    fail(
      "INVALID_INPUT",
      `growth.remainder: parts must be a non-empty array of { current, rate }, got ${describe(parts)}`,
    );
  }
  // Array.from reads a hole as undefined (refused), where map would skip it and leave a hole in ps.
  const ps = Array.from(parts, (p, i) => readComponent(p, `growth.remainder: parts[${i}]`));
  const basis = combinedBasis([t, ...ps]);

  const prior = (c: Component): Figure => previous(c.current, c.rate).level;
  const current = ps.reduce((acc, p) => sub(acc, p.current), t.current);
  // Every input appears once in each of these: naive interval arithmetic gives their exact ranges.
  const priors = ps.map(prior);
  const totalPrior = prior(t);
  const before = priors.reduce((acc, p) => sub(acc, p), totalPrior);
  if (mayBeZero(before)) {
    fail(
      "UNDEFINED_RESULT",
      `growth.remainder: the earlier remainder may be zero (bounds [${before.lo}, ${before.hi}]): its growth is undefined`,
      {
        lo: before.lo.toString(),
        hi: before.hi.toString(),
      },
    );
  }
  // A component whose rate has naive bounds (the rate of another remainder) passes the note on.
  const inherited: GrowthFlag[] = [t, ...ps].some((c) => c.rate.flags.includes("naiveBounds")) ? ["naiveBounds"] : [];
  const naive = growthBetween(current, before, basis, false);

  const inputs: Record<string, Figure> = { total: t.current, totalRate: t.rate.fraction };
  ps.forEach((p, i) => {
    inputs[`part${i}`] = p.current;
    inputs[`partRate${i}`] = p.rate.fraction;
  });
  // The formula runs with 60 digits; its result is then widened by a bound of its rounding error
  // and rounded outwards to 34 digits, so that the bounds contain the true range.
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

  let rate: GrowthRate;
  try {
    const wide = evaluateRange(formula, inputs);
    // |error| <= (n + 5) u ((N + |now/then| S) / min|then| + 2 |now/then|), u = 10^-59: n the parts,
    // N the sum of the levels' magnitudes, S that of the earlier levels', then the earlier remainder.
    const magnitude = (f: Figure): Decimal => D.max(f.lo.abs(), f.hi.abs());
    const levels = ps.reduce((acc, p) => acc.plus(magnitude(p.current)), magnitude(t.current));
    const earlier = priors.reduce((acc, p) => acc.plus(magnitude(p)), magnitude(totalPrior));
    const ratio = D.max(wide.lo.abs(), wide.hi.abs()).plus(1);
    const minThen = D.min(before.lo.abs(), before.hi.abs());
    const error = DHi.mul(
      new D(`${ps.length + 5}e-59`),
      DHi.add(DHi.div(DHi.add(levels, DHi.mul(ratio, earlier)), minThen), DHi.mul(ratio, 2)),
    );
    const lo = DLo.sub(wide.lo, error);
    const hi = DHi.add(wide.hi, error);
    // The naive bounds enclose the rate too, and for exact inputs they are exact whenever the rate fits in 34 digits: keep the tighter of each pair.
    const n = naive.fraction;
    const [l, lIn] = n.lo.gte(lo) ? [n.lo, n.loInclusive] : [lo, true];
    const [h, hIn] = n.hi.lte(hi) ? [n.hi, n.hiInclusive] : [hi, true];
    rate = rateOf(make(D.min(D.max(n.value, l), h), l, h, lIn, hIn), basis, [...naive.flags, ...inherited]);
  } catch (error) {
    // Not monotone over the box, or too many inputs to enumerate: the naive bounds still enclose the rate.
    if (!isAccordoError(error, "INVALID_INPUT")) throw error;
    rate = rateOf(naive.fraction, basis, [...naive.flags, "naiveBounds"]);
  }
  return Object.freeze({ kind: "remainder" as const, current, previous: levelOf(before, basis), rate });
}
