/**
 * Formatting growth results: rates and shares in percent, changes in
 * percentage points, levels as numbers.
 *
 * @module
 */
import { readOptions, refuse } from "../errors.js";
import { format as formatFigure } from "../figure/index.js";
import type { FigureFormatOptions } from "../figure/types.js";
import { codeFor, readBasis } from "./internal.js";
import type {
  DerivedLevel,
  GrowthFormatOptions,
  GrowthRate,
  PercentagePoints,
  Share,
  UndefinedGrowth,
} from "./types.js";

/**
 * Formats a growth result so that its kind shows: a growth rate as a signed
 * percentage (`+38.8%`), a share as a percentage (`95.14%`), a change of
 * shares or a contribution in percentage points (`+0.72 pp`), a derived level
 * as a number, an undefined growth as `undefined (zero base)`. Digits follow
 * the bounds as in `figure.format`, the digits on which they agree:
 * `growth.format(growth.rate(figure.reported("193.48"), figure.reported("139.39")))`
 * is `+38.8%` (bounds about [38.796%, 38.813%]), and a rate computed from exact
 * levels shows 3 significant digits (`growth.format(growth.rate("193.48", "139.39"))`
 * is `+38.8%`). With `locale`, the locale's separators and percent sign
 * (`+38,8%` in `"it-IT"`). A rate or level whose basis is known says
 * so (`+38.8% (real)`), and a level implied by a real rate adds that it is not
 * a nominal level.
 *
 * @param x - a growth rate, share, percentage points, derived level or undefined growth
 * @param options - `style`, `decimals`, `rounding`, `scale` (levels), `showBasis` ({@link GrowthFormatOptions})
 * @returns the text
 * @throws {@link accordo!AccordoError} `INVALID_TYPE` when `x` or an option has the wrong type;
 *   `INVALID_VALUE` when `x` is a broken growth result (an unknown kind, basis or reason) or the
 *   locale is unknown; `INVALID_INPUT`, `INVALID_NUMBER` or `OUT_OF_RANGE` for option values as in
 *   `figure.format`; `UNKNOWN_OPTION` for an unknown option
 * @example
 * {@includeCode ../../test/growth/examples.test.ts#format}
 * {@includeCode ../../test/growth/examples.test.ts#formatLocale}
 * @category Formatting
 * @since 0.1.0
 */
export function format(
  x: GrowthRate | Share | PercentagePoints | DerivedLevel | UndefinedGrowth,
  options?: GrowthFormatOptions,
): string {
  const opts = readOptions("growth.format", "options", options, [
    "style",
    "decimals",
    "rounding",
    "scale",
    "showBasis",
    "locale",
  ]);
  if (opts.showBasis !== undefined && typeof opts.showBasis !== "boolean") {
    refuse("INVALID_TYPE", {
      function: "growth.format",
      path: "options.showBasis",
      expected: "a boolean",
      received: opts.showBasis,
    });
  }
  const showBasis = opts.showBasis ?? true;
  const base: { -readonly [K in keyof FigureFormatOptions]: FigureFormatOptions[K] } = {};
  if (opts.style !== undefined) base.style = opts.style;
  if (opts.decimals !== undefined) base.decimals = opts.decimals;
  if (opts.rounding !== undefined) base.rounding = opts.rounding;
  if (opts.locale !== undefined) base.locale = opts.locale;
  const kind = typeof x === "object" && x !== null ? (x as { kind?: unknown }).kind : undefined;
  const basisNote = (basis: unknown): string => {
    const b = readBasis(basis, "growth.format: x.basis", true);
    return showBasis && b !== "unspecified" ? ` (${b})` : "";
  };
  switch (kind) {
    case "growthRate": {
      const r = x as GrowthRate;
      return `${formatFigure(r.fraction, { ...base, as: "percent", signed: true })}${basisNote(r.basis)}`;
    }
    case "share":
      return formatFigure((x as Share).fraction, { ...base, as: "percent" });
    case "percentagePoints": {
      // Like percent in figure.format, the unit follows every number: "+0.72 pp [0.70 pp, 0.73 pp]".
      const text = formatFigure((x as PercentagePoints).points, { ...base, signed: true });
      return text.replace(/(\d)(?=$|, |; |\]|\)| \[| \()/g, "$1 pp");
    }
    case "derivedLevel": {
      const d = x as DerivedLevel;
      const text = formatFigure(d.level, opts.scale === undefined ? base : { ...base, scale: opts.scale });
      if (!showBasis) return text;
      if (d.comparableWithNominal === "no")
        return `${text} (implied by a real rate: not comparable with a nominal level)`;
      return `${text}${basisNote(d.basis)}`;
    }
    case "undefinedGrowth": {
      const u = x as UndefinedGrowth;
      if (u.reason === "zeroBase") return "undefined (zero base)";
      if (u.reason === "baseMayBeZero") return "undefined (the base may be zero)";
      return refuse("INVALID_VALUE", {
        function: "growth.format",
        path: "x.reason",
        expected: '"zeroBase" or "baseMayBeZero"',
        received: u.reason,
      });
    }
    default:
      return refuse(codeFor(x, "object", "INVALID_VALUE"), {
        function: "growth.format",
        path: "x",
        expected: "a growth rate, share, percentage points, derived level or undefined growth",
        received: x,
      });
  }
}
