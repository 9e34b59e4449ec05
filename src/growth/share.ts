/**
 * Shares, changes of shares in percentage points, contributions to growth.
 *
 * @module
 */
import { refuse } from "../errors.js";
import { div, mul, sub } from "../figure/index.js";
import { quotientOf } from "../figure/arithmetic.js";
import { HUNDRED, mayBeZero, pointsOf, readFraction, readLevel, shareOf } from "./internal.js";
import type { FractionInput, LevelInput, PercentagePoints, Share } from "./types.js";

/**
 * The share of a part in a total, as a fraction (403.74 of 424.36 is 0.9514,
 * shown `95.14%`), with exact bounds for independent figures.
 *
 * @param part - the part
 * @param total - the total
 * @returns a frozen share
 * @throws {@link accordo!AccordoError} `UNDEFINED_RESULT` when the total is zero or its bounds include zero; `INVALID_NUMBER`, `INVALID_TYPE` or `INVALID_VALUE` when an input is not a number, figure or derived level
 * @example
 * {@includeCode ../../test/growth/examples.test.ts#share}
 * @category Shares
 * @since 0.1.0
 */
export function share(part: LevelInput, total: LevelInput): Share {
  const p = readLevel(part, "growth.share: part").figure;
  const t = readLevel(total, "growth.share: total").figure;
  if (mayBeZero(t)) {
    refuse("UNDEFINED_RESULT", {
      function: "growth.share",
      path: "total",
      expected: `a total whose bounds exclude zero (they are [${t.lo.toString()}, ${t.hi.toString()}]: the share is undefined)`,
      lo: t.lo.toString(),
      hi: t.hi.toString(),
    });
  }
  // Both are figures already read: divided without reading them again.
  return shareOf(quotientOf(p, t));
}

/**
 * The change between two shares (or two rates) in **percentage points**:
 * from 94.43% to 95.14% is +0.72 pp, not +0.75%. The two inputs are taken as
 * independent: when both are computed from the same figures (a share now and
 * a year earlier), the bounds are wider than the true range, which
 * `figure.evaluate` on the whole formula gives.
 *
 * @param now - the later share, rate or fraction
 * @param before - the earlier share, rate or fraction
 * @returns frozen percentage points: `(now − before) × 100`
 * @throws {@link accordo!AccordoError} `INVALID_TYPE` when an input is not an object; `INVALID_VALUE` when it is not a share, rate or fraction figure
 * @example
 * {@includeCode ../../test/growth/examples.test.ts#pointChange}
 * @category Shares
 * @since 0.1.0
 */
export function pointChange(now: FractionInput, before: FractionInput): PercentagePoints {
  const a = readFraction(now, "growth.pointChange: now");
  const b = readFraction(before, "growth.pointChange: before");
  return pointsOf(mul(sub(a, b), HUNDRED));
}

/**
 * The contribution of a part to the growth of a total, in **percentage
 * points**: `(partNow − partBefore) / totalBefore × 100`. The contributions of
 * parts that make up a total add up to the total's growth in percent. The
 * inputs are taken as independent: an earlier level implied from the current
 * one (`growth.previous`) makes the bounds wider than the true range.
 *
 * @param partNow - the part's current level
 * @param partBefore - the part's earlier level
 * @param totalBefore - the total's earlier level
 * @returns frozen percentage points
 * @throws {@link accordo!AccordoError} `UNDEFINED_RESULT` when the earlier total is zero or its bounds include zero; `INVALID_NUMBER`, `INVALID_TYPE` or `INVALID_VALUE` when an input is not a number, figure or derived level
 * @example
 * {@includeCode ../../test/growth/examples.test.ts#contribution}
 * @category Shares
 * @since 0.1.0
 */
export function contribution(partNow: LevelInput, partBefore: LevelInput, totalBefore: LevelInput): PercentagePoints {
  const pn = readLevel(partNow, "growth.contribution: partNow").figure;
  const pb = readLevel(partBefore, "growth.contribution: partBefore").figure;
  const tb = readLevel(totalBefore, "growth.contribution: totalBefore").figure;
  if (mayBeZero(tb)) {
    refuse("UNDEFINED_RESULT", {
      function: "growth.contribution",
      path: "totalBefore",
      expected: `a total whose bounds exclude zero (they are [${tb.lo.toString()}, ${tb.hi.toString()}]: the contribution is undefined)`,
      lo: tb.lo.toString(),
      hi: tb.hi.toString(),
    });
  }
  return pointsOf(mul(div(sub(pn, pb), tb), HUNDRED));
}
