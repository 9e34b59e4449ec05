/**
 * The schemas of the `growth` namespace: growth rates and changes in percentage points.
 *
 * @module
 */
import * as z from "zod";
import { pointsOf, readRate } from "../growth/internal.js";
import type { GrowthBasis, GrowthFlag, GrowthRate, PercentagePoints } from "../growth/types.js";
import type { Schema } from "./core.js";
import { domain, isRecord } from "./domain.js";
import { FigureSchema, type FigureJSON } from "./figure.js";
import { isFigure } from "../figure/index.js";

const BASES = ["nominal", "real", "unspecified"] as const;
const FLAGS = ["negativeBase", "absoluteDenominator", "signChange", "signMayChange", "naiveBounds"] as const;

/**
 * The JSON form of a {@link GrowthRate}: what `JSON.stringify` writes of one.
 *
 * @category JSON forms
 * @since 0.1.0
 */
export interface GrowthRateJSON {
  /** Always `"growthRate"`. */
  readonly kind: "growthRate";
  /** The rate as a fraction (0.388 for +38.8%), with its bounds. */
  readonly fraction: FigureJSON;
  /** `"nominal"`, `"real"` or `"unspecified"`. */
  readonly basis: GrowthBasis;
  /** Notes on how the rate was computed; none when omitted. */
  readonly flags?: readonly GrowthFlag[] | undefined;
}

/**
 * The JSON form of {@link PercentagePoints}: what `JSON.stringify` writes of them.
 *
 * @category JSON forms
 * @since 0.1.0
 */
export interface PercentagePointsJSON {
  /** Always `"percentagePoints"`. */
  readonly kind: "percentagePoints";
  /** The number of percentage points (0.72 for +0.72 pp), with its bounds. */
  readonly points: FigureJSON;
}

/**
 * A {@link GrowthRate}: `{ "kind": "growthRate", "fraction": { "value": "0.388", "lo": "0.3875",
 * "hi": "0.3885", "loInclusive": true, "hiInclusive": false }, "basis": "real", "flags": [] }`,
 * what `JSON.stringify` writes of a rate and `growth.fromJSON` reads. `flags` may be omitted
 * (none); it is always written.
 *
 * @example
 * {@includeCode ../../test/schemas/growth.test.ts#GrowthRateSchema}
 * @category Schemas
 * @since 0.1.0
 */
export const GrowthRateSchema: Schema<GrowthRate, GrowthRateJSON> = domain<
  GrowthRate,
  GrowthRateJSON,
  { kind: "growthRate"; fraction: unknown; basis: GrowthBasis; flags?: GrowthFlag[] | undefined }
>({
  title: "GrowthRate",
  description:
    "A growth rate as a fraction with its bounds (a Figure), its price basis and notes on how it was computed.",
  json: z.strictObject({
    kind: z.literal("growthRate"),
    fraction: FigureSchema,
    basis: z.enum(BASES),
    flags: z.array(z.enum(FLAGS)).optional(),
  }),
  is: (value): value is GrowthRate =>
    isRecord(value) && value["kind"] === "growthRate" && isFigure(value["fraction"]) && Array.isArray(value["flags"]),
  decode: (json, ctx) =>
    ctx.run([], () =>
      readRate(
        {
          kind: "growthRate",
          fraction: json.fraction as GrowthRate["fraction"],
          basis: json.basis,
          flags: json.flags ?? [],
        },
        "json",
      ),
    ),
  encode: (r) => ({ kind: "growthRate", fraction: r.fraction, basis: r.basis, flags: [...r.flags] }),
});

/**
 * {@link PercentagePoints}: `{ "kind": "percentagePoints", "points": { "value": "-2.1", "lo": "-2.15",
 * "hi": "-2.05", "loInclusive": false, "hiInclusive": true } }`, what `JSON.stringify` writes of a
 * change in points and `growth.pointsFromJSON` reads.
 *
 * @example
 * {@includeCode ../../test/schemas/growth.test.ts#PercentagePointsSchema}
 * @category Schemas
 * @since 0.1.0
 */
export const PercentagePointsSchema: Schema<PercentagePoints, PercentagePointsJSON> = domain<
  PercentagePoints,
  PercentagePointsJSON,
  { kind: "percentagePoints"; points: unknown }
>({
  title: "PercentagePoints",
  description: "A change of a percentage in percentage points, with its bounds (a Figure).",
  json: z.strictObject({ kind: z.literal("percentagePoints"), points: FigureSchema }),
  is: (value): value is PercentagePoints =>
    isRecord(value) && value["kind"] === "percentagePoints" && isFigure(value["points"]),
  decode: (json) => pointsOf(json.points as PercentagePoints["points"]),
  encode: (p) => ({ kind: "percentagePoints", points: p.points }),
});
