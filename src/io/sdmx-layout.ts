/**
 * The layouts of SDMX-CSV exchange-rate series the reader maps to rates: which columns name the
 * two currencies, which one of them is the base, and whether a period's value is an average or
 * the rate at the period's end.
 *
 * - ECB (`EXR`): `CURRENCY` per 1 `CURRENCY_DENOM`; `EXR_SUFFIX` A (average) or E (end of period).
 * - BIS (`WS_XRU`, US dollar exchange rates): `CURRENCY` per 1 US dollar; `COLLECTION` A or E.
 * - IMF (`ER`, and the legacy `IFS`): `INDICATOR` `A_B` is units of A per 1 B (`XDC_USD`: domestic
 *   currency per US dollar), with `TYPE_OF_TRANSFORMATION` `PA_RT` (period average) or `EOP_RT`
 *   (end of period), or IFS's `ENDA_XDC_USD_RATE` / `ENDE_XDC_USD_RATE`; `XDC` is the currency of
 *   the row's `COUNTRY` (or `REF_AREA`), which the file does not name: `options.areas` does.
 *
 * @module
 * @internal
 */
import { own, refuse } from "../errors.js";
import { resolveCurrency } from "../money/currency.js";
import type { Currency } from "../money/types.js";
import type { Sink } from "./read.js";

/**
 * The separator of an SDMX-CSV file: a 2.0 file names it right after its first header,
 * `STRUCTURE` (or `STRUCTURE[;]`, which names a sub-field separator); otherwise a comma.
 */
export function separatorOf(firstLine: string): string {
  const m = /^STRUCTURE(?:\[[^\]]*\])?(.)/.exec(firstLine);
  return m?.[1] ?? ",";
}

/** A code or ID without the label SDMX-CSV adds with `labels=both` (`"USD: US dollar"` → `"USD"`). */
export function idOf(text: string): string {
  const at = text.indexOf(": ");
  return at < 0 ? text : text.slice(0, at);
}

/** The SDMX concepts (column IDs) the reader uses. */
export const CONCEPTS = [
  "DATAFLOW",
  "STRUCTURE_ID",
  "ACTION",
  "FREQ",
  "FREQUENCY",
  "TIME_PERIOD",
  "OBS_VALUE",
  "UNIT_MULT",
  "SCALE",
  "CURRENCY",
  "CURRENCY_DENOM",
  "EXR_SUFFIX",
  "COLLECTION",
  "INDICATOR",
  "COUNTRY",
  "REF_AREA",
  "TYPE_OF_TRANSFORMATION",
] as const;
export type Concept = (typeof CONCEPTS)[number];

/** The layouts the reader maps. */
export type LayoutName = "ECB" | "BIS" | "IMF";

/** What the header of each layout must have, for the refusal of a header the reader cannot map. */
export const LAYOUTS_TEXT =
  "the columns of an exchange-rate layout the reader maps: the ECB's (CURRENCY, CURRENCY_DENOM), " +
  "the BIS's US dollar rates (CURRENCY, COLLECTION) or the IMF's (INDICATOR, with COUNTRY or REF_AREA)";

/** The hint of that refusal. */
export const LAYOUTS_HINT =
  "Other SDMX dataflows (effective exchange rates, prices, ...) hold no bilateral rate; " +
  "download the series of the ECB's EXR, the BIS's WS_XRU or the IMF's ER dataflow";

/** The layout a header's columns have, or undefined when they have none the reader maps. */
export function layoutOf(has: (concept: Concept) => boolean): LayoutName | undefined {
  if (has("CURRENCY") && has("CURRENCY_DENOM")) return "ECB";
  if (has("CURRENCY") && has("COLLECTION")) return "BIS";
  if (has("INDICATOR") && (has("COUNTRY") || has("REF_AREA"))) return "IMF";
  return undefined;
}

/** The two currencies of a row as the file writes them, and how a period's value was collected. */
export interface Pair {
  /** The code of the currency of which one unit is priced (`XDC`: the area's currency). */
  readonly base: string;
  /** The code of the currency the price is in. */
  readonly quote: string;
  /** The column of each code, for problems. */
  readonly baseAt: Concept;
  readonly quoteAt: Concept;
  /** `A` (average over the period), `E` (end of period), or what the file wrote instead. */
  readonly collection: string | undefined;
  /** The column of the collection, for problems. */
  readonly collectionAt: Concept;
}

/** A problem with a row's layout columns: where, and what was expected. */
export interface PairProblem {
  readonly at: Concept;
  readonly expected: string;
  readonly received: string;
  readonly hint?: string;
}

const IFS = /^END([AE])_([A-Z]{3})_([A-Z]{3})_RATE$/;
const ER = /^([A-Z]{3})_([A-Z]{3})$/;
const TRANSFORMATIONS: Readonly<Record<string, string>> = { PA_RT: "A", EOP_RT: "E" };

/** The pair of a row in a layout; `cell` reads a column (undefined when the file has none). */
export function pairOf(layout: LayoutName, cell: (concept: Concept) => string | undefined): Pair | PairProblem {
  if (layout === "ECB") {
    const collection = cell("EXR_SUFFIX");
    return {
      base: cell("CURRENCY_DENOM") ?? "",
      quote: cell("CURRENCY") ?? "",
      baseAt: "CURRENCY_DENOM",
      quoteAt: "CURRENCY",
      collection,
      collectionAt: "EXR_SUFFIX",
    };
  }
  if (layout === "BIS") {
    return {
      base: "USD",
      quote: cell("CURRENCY") ?? "",
      baseAt: "CURRENCY",
      quoteAt: "CURRENCY",
      collection: cell("COLLECTION"),
      collectionAt: "COLLECTION",
    };
  }
  const indicator = cell("INDICATOR") ?? "";
  const ifs = IFS.exec(indicator);
  if (ifs !== null) {
    const [, collection, quote, base] = ifs as unknown as [string, string, string, string];
    return { base, quote, baseAt: "INDICATOR", quoteAt: "INDICATOR", collection, collectionAt: "INDICATOR" };
  }
  const er = ER.exec(indicator);
  if (er === null) {
    return {
      at: "INDICATOR",
      expected:
        "an exchange-rate indicator: A_B, units of A per 1 B (XDC_USD, USD_XDC, XDC_EUR, ...), or ENDA_/ENDE_XDC_USD_RATE",
      received: indicator,
      hint: "Indices and other indicators hold no bilateral rate: leave them out of the download",
    };
  }
  const [, quote, base] = er as unknown as [string, string, string];
  const transformation = cell("TYPE_OF_TRANSFORMATION");
  return {
    base,
    quote,
    baseAt: "INDICATOR",
    quoteAt: "INDICATOR",
    collection: transformation === undefined ? undefined : (TRANSFORMATIONS[transformation] ?? transformation),
    collectionAt: "TYPE_OF_TRANSFORMATION",
  };
}

/** What a period's collection must be, for problems. */
export function collectionText(layout: LayoutName, period: string): string {
  if (layout === "ECB") return `EXR_SUFFIX A (an average over ${period}) or E (the rate at its end)`;
  if (layout === "BIS") return `COLLECTION A (an average over ${period}) or E (the rate at its end)`;
  return `TYPE_OF_TRANSFORMATION PA_RT (an average over ${period}) or EOP_RT (the rate at its end)`;
}

/** The checked `areas` option: the currency of each area code, by code. */
export function readAreas(fn: string, options: object | undefined, sink: Sink): ReadonlyMap<string, Currency> {
  const areas = own(options as { areas?: unknown } | undefined, "areas");
  const map = new Map<string, Currency>();
  if (areas === undefined) return map;
  if (typeof areas !== "object" || areas === null || Array.isArray(areas)) {
    return refuse("INVALID_TYPE", {
      function: fn,
      path: "options.areas",
      expected: 'an object from area codes to currencies, e.g. { SWE: "SEK" }',
      received: areas,
    });
  }
  for (const key of Object.keys(areas)) {
    const value = own(areas as Record<string, unknown>, key);
    const custom = typeof value === "string" ? sink.options.currencies.get(value) : undefined;
    map.set(key, custom ?? resolveCurrency(value, `${fn}: options.areas.${key}`));
  }
  return map;
}
