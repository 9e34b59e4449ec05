/**
 * The schema of the `figure` namespace: numbers known within bounds.
 *
 * @module
 */
import * as z from "zod";
import { between, isFigure } from "../figure/index.js";
import type { Figure } from "../figure/types.js";
import type { Schema } from "./core.js";
import { compact, domain } from "./domain.js";
import { decimalText, decimalToJSON } from "./primitives.js";

/**
 * The JSON form of a {@link Figure}: its best estimate and bounds as decimal
 * strings, and whether each bound is possible.
 *
 * @category JSON forms
 * @since 0.1.0
 */
export interface FigureJSON {
  /** The best estimate, e.g. `"193.48"`. */
  readonly value: string;
  /** The lower bound, e.g. `"193.475"`. */
  readonly lo: string;
  /** The upper bound, e.g. `"193.485"`. */
  readonly hi: string;
  /** Whether `lo` is possible; `true` when omitted. */
  readonly loInclusive?: boolean | undefined;
  /** Whether `hi` is possible; `true` when omitted. */
  readonly hiInclusive?: boolean | undefined;
}

/**
 * A {@link Figure}: `{ "value": "193.48", "lo": "193.475", "hi": "193.485",
 * "loInclusive": true, "hiInclusive": false }`. Read with `figure.between`, so
 * `lo <= value <= hi` is required and an exact figure (`lo = hi`) includes
 * both ends. The flags may be omitted (both ends possible); they are always
 * written.
 *
 * @example
 * {@includeCode ../../test/schemas/examples.test.ts#FigureSchema}
 * @category Schemas
 * @since 0.1.0
 */
export const FigureSchema: Schema<Figure, FigureJSON> = domain<Figure, FigureJSON, FigureJSON>({
  title: "Figure",
  description:
    "A number known within bounds: best estimate, lower and upper bound as decimal strings, and whether each bound is possible.",
  json: z.strictObject({
    value: decimalText,
    lo: decimalText,
    hi: decimalText,
    loInclusive: z.boolean().optional(),
    hiInclusive: z.boolean().optional(),
  }),
  is: isFigure,
  decode: (json, ctx) =>
    // an omitted flag stays omitted: figure.between takes it as true
    ctx.run([], () =>
      between(
        json.lo,
        json.hi,
        compact({ value: json.value, loInclusive: json.loInclusive, hiInclusive: json.hiInclusive }),
      ),
    ),
  encode: (f) => ({
    value: decimalToJSON(f.value),
    lo: decimalToJSON(f.lo),
    hi: decimalToJSON(f.hi),
    loInclusive: f.loInclusive,
    hiInclusive: f.hiInclusive,
  }),
});
