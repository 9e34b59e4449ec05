/**
 * Reading the JSON of growth rates and percentage points back (what `JSON.stringify` writes of
 * them, and `GrowthRateSchema` / `PercentagePointsSchema` in `accordo/schemas` accept).
 *
 * @module
 */
import { refuse } from "../errors.js";
import { between } from "../figure/create.js";
import type { Figure } from "../figure/types.js";
import { pointsOf, readRate } from "./internal.js";
import type { GrowthRate, PercentagePoints } from "./types.js";

/** A decimal written as JSON writes one: a string of a number, no spaces. */
const DECIMAL = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Refuses a key of `json` other than `keys` (inherited ones too, as the schemas' strict objects do). */
function onlyKeys(fn: string, path: string, json: object, keys: readonly string[]): void {
  for (const key in json) {
    if (!keys.includes(key)) {
      refuse("INVALID_VALUE", {
        function: fn,
        path: `${path}.${key}`,
        expected: `no other key than ${keys.join(", ")}`,
        key,
      });
    }
  }
}

function object(fn: string, path: string, json: unknown, shape: string): Readonly<Record<string, unknown>> {
  if (typeof json !== "object" || json === null || Array.isArray(json))
    return refuse("INVALID_TYPE", { function: fn, path, expected: `an object ${shape}`, received: json });
  return json as Readonly<Record<string, unknown>>;
}

/** Reads the JSON of a figure (FigureSchema's): decimal strings, optional flags (true when omitted). */
function figureFromJSON(fn: string, path: string, json: unknown): Figure {
  const f = object(fn, path, json, "{ value, lo, hi, loInclusive, hiInclusive }");
  onlyKeys(fn, path, f, ["value", "lo", "hi", "loInclusive", "hiInclusive"]);
  const { value, lo, hi, loInclusive, hiInclusive } = f;
  for (const [key, text] of [
    ["value", value],
    ["lo", lo],
    ["hi", hi],
  ] as const) {
    if (typeof text !== "string" || !DECIMAL.test(text))
      refuse("INVALID_VALUE", {
        function: fn,
        path: `${path}.${key}`,
        expected: 'a decimal number written as a string, e.g. "0.388"',
        received: text,
      });
  }
  for (const [key, flag] of [
    ["loInclusive", loInclusive],
    ["hiInclusive", hiInclusive],
  ] as const) {
    if (flag !== undefined && typeof flag !== "boolean")
      refuse("INVALID_VALUE", { function: fn, path: `${path}.${key}`, expected: "a boolean", received: flag });
  }
  return between(lo as string, hi as string, {
    value: value as string,
    ...(loInclusive === undefined ? {} : { loInclusive: loInclusive as boolean }),
    ...(hiInclusive === undefined ? {} : { hiInclusive: hiInclusive as boolean }),
  });
}

function kindOf(fn: string, json: Readonly<Record<string, unknown>>, kind: string): void {
  if (json["kind"] !== kind)
    refuse("INVALID_VALUE", {
      function: fn,
      path: "json.kind",
      expected: JSON.stringify(kind),
      received: json["kind"],
    });
}

/**
 * Reads the JSON of a growth rate back, validating it: exactly what `JSON.stringify` writes of a
 * {@link GrowthRate} (`{ "kind": "growthRate", "fraction": <FigureSchema's JSON>, "basis": "real",
 * "flags": [] }`) and `GrowthRateSchema` accepts. `flags` may be omitted (none); no other key is
 * allowed. The result equals the rate written: same fraction, bounds, ends, basis and flags.
 *
 * @param json - a parsed JSON value
 * @returns a frozen growth rate
 * @throws {@link accordo!AccordoError} `INVALID_TYPE` when `json` or its fraction is not an object;
 *   `INVALID_VALUE` for another kind, an unknown key, a decimal that is not a string;
 *   `INVALID_INPUT` for bounds out of order, an unknown basis or flag
 * @example
 * {@includeCode ../../test/growth/parse-examples.test.ts#fromJSON}
 * @category Conversions
 * @since 0.1.0
 */
export function fromJSON(json: unknown): GrowthRate {
  const fn = "growth.fromJSON";
  const r = object(fn, "json", json, "{ kind, fraction, basis, flags }");
  onlyKeys(fn, "json", r, ["kind", "fraction", "basis", "flags"]);
  kindOf(fn, r, "growthRate");
  const fraction = figureFromJSON(fn, "json.fraction", r["fraction"]);
  return readRate(
    { kind: "growthRate", fraction, basis: r["basis"] as GrowthRate["basis"], flags: (r["flags"] ?? []) as [] },
    `${fn}: json`,
  );
}

/**
 * Reads the JSON of percentage points back, validating it: exactly what `JSON.stringify` writes of
 * {@link PercentagePoints} (`{ "kind": "percentagePoints", "points": <FigureSchema's JSON> }`, what
 * `growth.parse` returns for `"-2.1 pp"`) and `PercentagePointsSchema` accepts.
 *
 * @param json - a parsed JSON value
 * @returns frozen percentage points
 * @throws {@link accordo!AccordoError} `INVALID_TYPE` when `json` or its points are not an object;
 *   `INVALID_VALUE` for another kind, an unknown key, a decimal that is not a string;
 *   `INVALID_INPUT` for bounds out of order
 * @example
 * {@includeCode ../../test/growth/parse-examples.test.ts#pointsFromJSON}
 * @category Conversions
 * @since 0.1.0
 */
export function pointsFromJSON(json: unknown): PercentagePoints {
  const fn = "growth.pointsFromJSON";
  const p = object(fn, "json", json, "{ kind, points }");
  onlyKeys(fn, "json", p, ["kind", "points"]);
  kindOf(fn, p, "percentagePoints");
  return pointsOf(figureFromJSON(fn, "json.points", p["points"]));
}
