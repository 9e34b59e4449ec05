/**
 * Schemas of the `zone` namespace: zone profiles and indicator observations.
 *
 * @module
 */
import * as z from "zod";
import type { GrowthBasis, GrowthFlag } from "../growth/types.js";
import { create, observation } from "../zone/index.js";
import type { Observation, ObservationScope, Zone } from "../zone/types.js";
import type { LocalizedNameJSON, SourceJSON } from "./sources.js";
import { localizedNameShape, nameToShape, sourceShape, sourceToShape, hasIdAndLists } from "./sources.js";
import type { Schema } from "./core.js";
import { compact, domain, isRecord, pathFromWhere } from "./domain.js";
import type { FigureJSON } from "./figure.js";
import { FigureSchema } from "./figure.js";
import type { CurrencyJSON } from "./money.js";
import { CurrencySchema } from "./money.js";
import { PeriodSchema } from "./primitives.js";

/**
 * The JSON form of an {@link accordo!Observation}.
 *
 * @category JSON forms
 * @since 0.1.0
 */
export interface ObservationJSON {
  /** Unique within the zone. */
  readonly id: string;
  /** The indicator (`"gdp"`, `"industrialOutput"`, ...). */
  readonly indicator: string;
  /** The whole zone (the default) or a set of its industries. */
  readonly scope?: ObservationScope | undefined;
  /** The period observed, a period string (`"2021-Q1/2021-Q3"`). */
  readonly period: string;
  /** The values, one per currency, each a figure: `[{ "currency": "CNY", "figure": {...} }]`. */
  readonly values: readonly {
    /** The currency of the value. */
    readonly currency: CurrencyJSON;
    /** The value as a figure with its bounds. */
    readonly figure: FigureJSON;
  }[];
  /** Growth on the same period a year earlier: its fraction (0.388 for +38.8%) as a figure, its basis, its flags. */
  readonly growth?:
    | {
        /** The growth as a fraction of the base (0.388 for +38.8%), a figure with its bounds. */
        readonly fraction: FigureJSON;
        /** Nominal, real or unspecified (the default). */
        readonly basis?: GrowthBasis | undefined;
        /** Notes on how the rate was computed; none when omitted. */
        readonly flags?: readonly GrowthFlag[] | undefined;
      }
    | undefined;
  /** The ids of the sources that report it. */
  readonly sourceIds?: readonly string[] | undefined;
}

/**
 * The JSON form of a {@link accordo!Zone}. Lists may be omitted (empty).
 *
 * @category JSON forms
 * @since 0.1.0
 */
export interface ZoneJSON {
  /** A unique id. */
  readonly id: string;
  /** The canonical name. */
  readonly name: LocalizedNameJSON;
  /** Other names, translations, abbreviations. */
  readonly otherNames?: readonly LocalizedNameJSON[] | undefined;
  /** The year it was established. */
  readonly established?:
    | {
        /** The year, 1 to 9999. */
        readonly year: number;
        /** The ids of the sources that state it. */
        readonly sourceIds?: readonly string[] | undefined;
      }
    | undefined;
  /** Its area: a figure in a unit. */
  readonly area?:
    | {
        /** The area as a figure, not negative. */
        readonly figure: FigureJSON;
        /** Its unit (`"km2"`). */
        readonly unit: string;
        /** The ids of the sources that state it. */
        readonly sourceIds?: readonly string[] | undefined;
      }
    | undefined;
  /** Its leading industries. */
  readonly industries?:
    | readonly {
        /** Unique within the zone. */
        readonly id: string;
        /** The canonical (usually Chinese) name. */
        readonly name: LocalizedNameJSON;
        /** English variants and other names, each with its sources. */
        readonly otherNames?: readonly LocalizedNameJSON[] | undefined;
        /** The ids of the sources that name it a leading industry. */
        readonly sourceIds?: readonly string[] | undefined;
      }[]
    | undefined;
  /** Indicator observations. */
  readonly observations?: readonly ObservationJSON[] | undefined;
  /** The sources claims cite. */
  readonly sources?: readonly SourceJSON[] | undefined;
  /** The sources of the zone's own facts. */
  readonly sourceIds?: readonly string[] | undefined;
}

const text = z.string().min(1);
const ids = z.array(text).optional();
const BASES = ["nominal", "real", "unspecified"] as const;
const FLAGS = ["negativeBase", "absoluteDenominator", "signChange", "signMayChange", "naiveBounds"] as const;

const observationShape = z.strictObject({
  id: text,
  indicator: text,
  scope: z
    .union(
      [
        z.strictObject({ kind: z.literal("zone") }),
        z.strictObject({ kind: z.literal("industries"), industryIds: z.array(text) }),
      ],
      {
        error: 'expected a scope: { "kind": "zone" } or { "kind": "industries", "industryIds": [...] }',
      },
    )
    .optional(),
  period: PeriodSchema,
  values: z.array(z.strictObject({ currency: CurrencySchema, figure: FigureSchema })).min(1),
  growth: z
    .strictObject({ fraction: FigureSchema, basis: z.enum(BASES).optional(), flags: z.array(z.enum(FLAGS)).optional() })
    .optional(),
  sourceIds: ids,
});

type ObservationShape = z.output<typeof observationShape>;

function observationInput(json: ObservationShape): Parameters<typeof observation>[0] {
  return compact({
    ...json,
    growth:
      json.growth === undefined
        ? undefined
        : {
            kind: "growthRate" as const,
            fraction: json.growth.fraction,
            basis: json.growth.basis ?? "unspecified",
            flags: json.growth.flags ?? [],
          },
  });
}

function observationShapeOf(o: Observation): ObservationShape {
  return compact({
    id: o.id,
    indicator: o.indicator,
    scope:
      o.scope.kind === "zone"
        ? { kind: "zone" as const }
        : { kind: "industries" as const, industryIds: [...o.scope.industryIds] },
    period: o.period,
    values: o.values.map((v) => ({ currency: v.currency, figure: v.figure })),
    growth:
      o.growth === undefined
        ? undefined
        : { fraction: o.growth.fraction, basis: o.growth.basis, flags: [...o.growth.flags] },
    sourceIds: [...o.sourceIds],
  });
}

function isObservation(value: unknown): value is Observation {
  return (
    isRecord(value) && typeof value["id"] === "string" && Array.isArray(value["values"]) && isRecord(value["scope"])
  );
}

/**
 * An indicator {@link accordo!Observation}: `{ "id": "gdp-2021-q1q3",
 * "indicator": "gdp", "period": "2021-Q1/2021-Q3", "values": [{ "currency":
 * "CNY", "figure": {...} }, { "currency": "USD", "figure": {...} }],
 * "growth": { "fraction": {...}, "basis": "unspecified", "flags": [] } }`.
 * Read with `zone.observation`.
 *
 * @example
 * {@includeCode ../../test/schemas/examples.test.ts#ObservationSchema}
 * @category Schemas
 * @since 0.1.0
 */
export const ObservationSchema: Schema<Observation, ObservationJSON> = domain({
  title: "Observation",
  description:
    "An indicator observation of a zone: indicator, scope, period, values in one or more currencies as figures, and growth with its basis.",
  json: observationShape,
  is: isObservation,
  decode: (json, ctx) => ctx.run([], () => observation(observationInput(json)), pathFromWhere("input", json)),
  encode: (o) => observationShapeOf(observation(o)),
});

const zoneShape = z.strictObject({
  id: text,
  name: localizedNameShape,
  otherNames: z.array(localizedNameShape).optional(),
  established: z.strictObject({ year: z.number().int(), sourceIds: ids }).optional(),
  area: z.strictObject({ figure: FigureSchema, unit: text, sourceIds: ids }).optional(),
  industries: z
    .array(
      z.strictObject({
        id: text,
        name: localizedNameShape,
        otherNames: z.array(localizedNameShape).optional(),
        sourceIds: ids,
      }),
    )
    .optional(),
  observations: z.array(observationShape).optional(),
  sources: z.array(sourceShape).optional(),
  sourceIds: ids,
});

type ZoneShape = z.output<typeof zoneShape>;

/**
 * A {@link accordo!Zone} profile: names (a canonical one and variants, each
 * with its sources), year established, area, leading industries and
 * indicator observations (as in {@link ObservationSchema}), and the sources
 * they cite. Read with `zone.create`, which checks ids, the industries each
 * observation's scope names and every source reference.
 *
 * @example
 * {@includeCode ../../test/schemas/examples.test.ts#ZoneSchema}
 * @category Schemas
 * @since 0.1.0
 */
export const ZoneSchema: Schema<Zone, ZoneJSON> = domain({
  title: "Zone",
  description:
    "A development zone profile: names, year established, area, leading industries, indicator observations and sources.",
  json: zoneShape,
  is: (value): value is Zone => hasIdAndLists(value, ["industries", "observations"]),
  decode: (json, ctx) =>
    ctx.run(
      [],
      () =>
        create(
          compact({
            ...json,
            name: compact(json.name),
            otherNames: json.otherNames?.map((n) => compact(n)),
            established: json.established === undefined ? undefined : compact(json.established),
            area: json.area === undefined ? undefined : compact(json.area),
            industries: json.industries?.map((i) =>
              compact({ ...i, name: compact(i.name), otherNames: i.otherNames?.map((n) => compact(n)) }),
            ),
            observations: json.observations?.map(observationInput),
            sources: json.sources?.map((s) => compact(s)),
          }),
        ),
      pathFromWhere("input", json),
    ),
  encode: (value): ZoneShape => {
    // rebuilt by the namespace's constructor first, so that a value it refuses (a forged or partial
    // object) is refused with its code instead of being written as JSON that parse refuses, or crashing
    const zn = create(value);
    return compact({
      id: zn.id,
      name: nameToShape(zn.name),
      otherNames: zn.otherNames.map(nameToShape),
      established:
        zn.established === undefined
          ? undefined
          : { year: zn.established.year, sourceIds: [...zn.established.sourceIds] },
      area:
        zn.area === undefined
          ? undefined
          : { figure: zn.area.figure, unit: zn.area.unit, sourceIds: [...zn.area.sourceIds] },
      industries: zn.industries.map((i) => ({
        id: i.id,
        name: nameToShape(i.name),
        otherNames: i.otherNames.map(nameToShape),
        sourceIds: [...i.sourceIds],
      })),
      observations: zn.observations.map(observationShapeOf),
      sources: zn.sources.map(sourceToShape),
      sourceIds: [...zn.sourceIds],
    });
  },
});
