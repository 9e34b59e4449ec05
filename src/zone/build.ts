/**
 * Constructors of the zone namespace: observations and whole zone profiles,
 * validated and frozen.
 *
 * @module
 */
import { refuseAt } from "../decimal.js";
import { readFigure } from "../figure/internal.js";
import type { Figure } from "../figure/types.js";
import type { GrowthBasis, GrowthFlag, GrowthRate } from "../growth/types.js";
import { resolveCurrency } from "../money/currency.js";
import { currencyJSON } from "../money/money.js";
import { format as formatPeriod } from "../period/period.js";
import { frozenValue, valuePrototype } from "../value.js";
import { ZONE_BRAND } from "../brand.js";
import type {
  Area,
  Established,
  Industry,
  Observation,
  ObservationInput,
  ObservationScope,
  ObservationValue,
  Zone,
  ZoneInput,
} from "./types.js";
import { citesKnown, closed, code, idList, idsOf, list, listOf, localizedName, localizedNames } from "../checks.js";
import { period, readSource, record, refuseWith, text, type Mutable } from "../checks.js";

const BASES: readonly GrowthBasis[] = ["nominal", "real", "unspecified"];
const FLAGS: readonly GrowthFlag[] = [
  "negativeBase",
  "absoluteDenominator",
  "signChange",
  "signMayChange",
  "naiveBounds",
];

function readBasis(value: unknown, where: string): GrowthBasis {
  if (value === undefined) return "unspecified";
  if (!(BASES as readonly unknown[]).includes(value))
    refuseWith(
      typeof value === "string" ? "INVALID_INPUT" : "INVALID_TYPE",
      where,
      `one of ${BASES.join(", ")}`,
      value,
      {
        accepted: BASES,
      },
    );
  return value as GrowthBasis;
}

/** A growth rate, or a figure holding a fraction taken with `basisOption`. @internal */
export function readGrowth(value: unknown, basisOption: unknown, where: string): GrowthRate {
  const input = record(value, where);
  if (input["kind"] === "growthRate") {
    closed(input, where, ["kind", "fraction", "basis", "flags"]);
    const flags = list(input["flags"], `${where}.flags`);
    flags.forEach((flag, i) => {
      if (!(FLAGS as readonly unknown[]).includes(flag))
        refuseWith(
          typeof flag === "string" ? "INVALID_INPUT" : "INVALID_TYPE",
          `${where}.flags[${i}]`,
          `one of ${FLAGS.join(", ")}`,
          flag,
          { accepted: FLAGS },
        );
    });
    return Object.freeze({
      kind: "growthRate",
      fraction: readFigure(input["fraction"], `${where}.fraction`),
      basis: readBasis(input["basis"], `${where}.basis`),
      flags: Object.freeze([...(flags as GrowthFlag[])]),
    });
  }
  return Object.freeze({
    kind: "growthRate",
    fraction: readFigure(value, where),
    basis: readBasis(basisOption, `${where}Basis`),
    flags: Object.freeze([]),
  });
}

/**
 * An observation's scope (the whole zone when absent); an input's (`strict`) has no other keys
 * than `kind` and `industryIds`. @internal
 */
export function readScope(value: unknown, where: string, strict = true): ObservationScope {
  if (value === undefined) return ZONE_SCOPE;
  const input = strict ? closed(value, where, ["kind", "industryIds"]) : record(value, where);
  if (input["kind"] === "zone") return ZONE_SCOPE;
  if (input["kind"] !== "industries")
    refuseAt(
      typeof input["kind"] === "string" ? "INVALID_INPUT" : "INVALID_TYPE",
      `${where}.kind`,
      '"zone" or "industries"',
      input["kind"],
    );
  const industryIds = idList(input["industryIds"], `${where}.industryIds`);
  if (industryIds.length === 0)
    refuseAt("INVALID_INPUT", `${where}.industryIds`, "a list of at least one industry id", industryIds);
  return Object.freeze({ kind: "industries", industryIds });
}

const ZONE_SCOPE: ObservationScope = /* @__PURE__ */ Object.freeze({ kind: "zone" });

function readValues(value: unknown, where: string): readonly ObservationValue[] {
  const items = list(value, where);
  if (items.length === 0) refuseAt("INVALID_INPUT", where, "a list of at least one value", items);
  const seen = new Set<string>();
  return Object.freeze(
    items.map((item, i) => {
      const at = `${where}[${i}]`;
      const input = closed(item, at, ["currency", "figure"]);
      const currency = resolveCurrency(input["currency"], `${at}.currency`);
      if (seen.has(currency.code))
        refuseAt("INVALID_INPUT", `${at}.currency`, "a currency no other value of the list has", currency.code);
      seen.add(currency.code);
      const figure: Figure = readFigure(input["figure"], `${at}.figure`);
      return Object.freeze({ currency, figure });
    }),
  );
}

const OBSERVATION_KEYS = [
  "id",
  "indicator",
  "scope",
  "period",
  "values",
  "growth",
  "growthBasis",
  "sourceIds",
] as const;

function readObservation(value: unknown, where: string): Observation {
  const input = closed(value, where, OBSERVATION_KEYS);
  const out: Mutable<Observation> = {
    id: text(input["id"], `${where}.id`),
    indicator: code(input["indicator"], `${where}.indicator`),
    scope: readScope(input["scope"], `${where}.scope`),
    period: period(input["period"], `${where}.period`),
    values: readValues(input["values"], `${where}.values`),
    sourceIds: idList(input["sourceIds"], `${where}.sourceIds`),
  };
  if (input["growth"] !== undefined) out.growth = readGrowth(input["growth"], input["growthBasis"], `${where}.growth`);
  else if (input["growthBasis"] !== undefined)
    refuseAt("INVALID_INPUT", `${where}.growthBasis`, "absent when no growth is given", input["growthBasis"]);
  return Object.freeze(out);
}

/**
 * Makes an {@link Observation}: checks its id, indicator code, scope (the
 * whole zone by default), period, values (at least one, one per currency,
 * each a valid figure) and growth (a `GrowthRate`, or a figure holding a
 * fraction, taken with `growthBasis`). That the industries of its scope
 * exist is checked when it joins a zone ({@link create}).
 *
 * @param input - the observation's fields; `period` as a `Period` or its string form, or a day as a
 *   JS `Date` (its UTC day) or a `Temporal.PlainDate`-like object
 * @returns the observation, frozen
 * @throws {@link accordo!AccordoError} with `details.function` `"zone.observation"` and `details.path`
 *   naming the field: `INVALID_TYPE` for a value of the wrong type; `UNKNOWN_OPTION` for an unknown
 *   key, at any depth; `INVALID_INPUT` for an empty id, an indicator that is not a code, an empty or
 *   duplicate industry list, no values, two values in one currency, a value or growth that is not a
 *   figure, an unknown basis; `UNKNOWN_CURRENCY` for an unknown currency code; `INVALID_PERIOD` for a
 *   malformed period
 * @example
 * {@includeCode ../../test/zone/examples.test.ts#observation}
 * @category Observations
 * @since 0.1.0
 */
export function observation(input: ObservationInput): Observation {
  return readObservation(input, "zone.observation: input");
}

function readIndustry(value: unknown, where: string): Industry {
  const input = closed(value, where, ["id", "name", "otherNames", "sourceIds"]);
  return Object.freeze({
    id: text(input["id"], `${where}.id`),
    name: localizedName(input["name"], `${where}.name`),
    otherNames: localizedNames(input["otherNames"], `${where}.otherNames`),
    sourceIds: idList(input["sourceIds"], `${where}.sourceIds`),
  });
}

function readEstablished(value: unknown, where: string): Established {
  const input = closed(value, where, ["year", "sourceIds"]);
  const year = input["year"];
  if (typeof year !== "number") refuseAt("INVALID_TYPE", `${where}.year`, "an integer year from 1 to 9999", year);
  if (!Number.isInteger(year) || year < 1 || year > 9999)
    refuseAt("OUT_OF_RANGE", `${where}.year`, "an integer year from 1 to 9999", year);
  return Object.freeze({ year, sourceIds: idList(input["sourceIds"], `${where}.sourceIds`) });
}

function readArea(value: unknown, where: string): Area {
  const input = closed(value, where, ["figure", "unit", "sourceIds"]);
  const figure = readFigure(input["figure"], `${where}.figure`);
  if (figure.lo.lt(0)) refuseAt("OUT_OF_RANGE", `${where}.figure`, "a figure not below 0", figure.lo);
  return Object.freeze({
    figure,
    unit: text(input["unit"], `${where}.unit`),
    sourceIds: idList(input["sourceIds"], `${where}.sourceIds`),
  });
}

/** An observation as ObservationSchema writes it: currencies as codes, the growth without its kind. */
function observationJSON(o: Observation): unknown {
  return {
    ...o,
    period: formatPeriod(o.period),
    values: o.values.map((v) => ({ currency: currencyJSON(v.currency), figure: v.figure })),
    growth:
      o.growth === undefined
        ? undefined
        : { fraction: o.growth.fraction, basis: o.growth.basis, flags: o.growth.flags },
  };
}

/**
 * What every Zone the library makes inherits: `JSON.stringify` writes ZoneSchema's JSON,
 * `String()` gives `"bda (北京经济技术开发区)"`.
 */
const ZONE = /* @__PURE__ */ valuePrototype<Zone>(
  "Zone",
  (z) => ({ ...z, observations: z.observations.map(observationJSON) }),
  (z) => `${z.id} (${z.name.name})`,
);

/**
 * Makes a {@link Zone} and checks it whole: ids unique within industries,
 * observations and sources; every industry of an observation's scope listed
 * in the zone; every `sourceIds` entry naming a listed source.
 *
 * @param input - the zone's fields; lists may be left out; periods as in {@link observation}
 * @returns the zone, frozen throughout
 * @throws {@link accordo!AccordoError} with `details.function` `"zone.create"` and `details.path`
 *   naming the field (`input.observations[0].values[1].currency`): `INVALID_TYPE` for a value of the
 *   wrong type; `UNKNOWN_OPTION` for an unknown key, at any depth; `INVALID_INPUT` for any malformed
 *   piece, a duplicate id, an unknown industry or source; `OUT_OF_RANGE` for an established year
 *   outside 1 to 9999 or a negative area; `UNKNOWN_CURRENCY` for an unknown currency code;
 *   `INVALID_PERIOD` for a malformed period or date
 * @example
 * {@includeCode ../../test/zone/examples.test.ts#create}
 * @category Zones
 * @since 0.1.0
 */
export function create(input: ZoneInput): Zone {
  const where = "zone.create: input";
  const value = closed(input, where, [
    "id",
    "name",
    "otherNames",
    "established",
    "area",
    "industries",
    "observations",
    "sources",
    "sourceIds",
  ]);
  const out: Mutable<Zone> = {
    id: text(value["id"], `${where}.id`),
    name: localizedName(value["name"], `${where}.name`),
    otherNames: listOf(value, "otherNames", where, localizedName),
    industries: listOf(value, "industries", where, readIndustry),
    observations: listOf(value, "observations", where, readObservation),
    sources: listOf(value, "sources", where, readSource),
    sourceIds: idList(value["sourceIds"], `${where}.sourceIds`),
  };
  if (value["established"] !== undefined)
    out.established = readEstablished(value["established"], `${where}.established`);
  if (value["area"] !== undefined) out.area = readArea(value["area"], `${where}.area`);
  checkReferences(out, where);
  return frozenValue(ZONE, out, ZONE_BRAND);
}

function checkReferences(z: Zone, where: string): void {
  const sources = idsOf(z.sources, "source", `${where}.sources`);
  const industries = idsOf(z.industries, "industry", `${where}.industries`);
  idsOf(z.observations, "observation", `${where}.observations`);

  citesKnown(z.sourceIds, sources, `${where}.sourceIds`);
  citesKnown(z.name.sourceIds, sources, `${where}.name.sourceIds`);
  z.otherNames.forEach((n, i) => citesKnown(n.sourceIds, sources, `${where}.otherNames[${i}].sourceIds`));
  if (z.established !== undefined) citesKnown(z.established.sourceIds, sources, `${where}.established.sourceIds`);
  if (z.area !== undefined) citesKnown(z.area.sourceIds, sources, `${where}.area.sourceIds`);
  z.industries.forEach((n, i) => {
    const at = `${where}.industries[${i}]`;
    citesKnown(n.sourceIds, sources, `${at}.sourceIds`);
    citesKnown(n.name.sourceIds, sources, `${at}.name.sourceIds`);
    n.otherNames.forEach((m, j) => citesKnown(m.sourceIds, sources, `${at}.otherNames[${j}].sourceIds`));
  });
  z.observations.forEach((o, i) => {
    const at = `${where}.observations[${i}]`;
    citesKnown(o.sourceIds, sources, `${at}.sourceIds`);
    if (o.scope.kind === "industries") {
      o.scope.industryIds.forEach((id, j) => {
        if (!industries.has(id))
          refuseAt("INVALID_INPUT", `${at}.scope.industryIds[${j}]`, "the id of an industry of the zone", id);
      });
    }
  });
}
