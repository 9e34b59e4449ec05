/**
 * The reader of SDMX-CSV exchange-rate series (versions 1.0 and 2.0), as the ECB Data Portal,
 * the BIS and the IMF deliver them: one observation per row.
 *
 * @module
 */
import { D } from "../decimal.js";
import type { Decimal } from "../decimal.js";
import { refuse } from "../errors.js";
import type { RateKind } from "../fx/types.js";
import type { Currency } from "../money/types.js";
import { isDate } from "../period/calendar.js";
import { lastDay, parse } from "../period/period.js";
import type { IsoDate, Period } from "../period/types.js";
import { positionOf } from "./csv.js";
import type { CsvRecord } from "./csv.js";
import { COMMON_KEYS, CURRENCY_EXPECTED, CsvReader, RATE_EXPECTED, type Sink, commonBase, readWith } from "./read.js";
import {
  CONCEPTS,
  LAYOUTS_HINT,
  LAYOUTS_TEXT,
  collectionText,
  idOf,
  layoutOf,
  pairOf,
  readAreas,
  separatorOf,
} from "./sdmx-layout.js";
import type { Concept, LayoutName } from "./sdmx-layout.js";
import type { RateFileInput, ReadResult, SdmxReadOptions, ThrowingOptions } from "./types.js";

const SDMX_KEYS: readonly string[] = /* @__PURE__ */ (() => [...COMMON_KEYS, "areas"])();

/** The kind of period each SDMX frequency code has (`D`aily and `B`usiness days are days). */
const FREQUENCIES: Readonly<Record<string, string>> = {
  A: "year",
  S: "half",
  Q: "quarter",
  M: "month",
  W: "week",
  D: "day",
  B: "day",
};

const ACTIONS = new Set(["", "I", "A", "R", "Information", "Append", "Replace"]);

/** When an observation holds, as read from TIME_PERIOD. */
interface When {
  readonly on: IsoDate | Period;
  /** The kind of period (`"day"` for a date). */
  readonly kind: string;
}

class SdmxCsv extends CsvReader {
  private columns: Partial<Record<Concept, number>> = {};
  private layout: LayoutName = "ECB";
  private width = 0;
  private readonly areas: ReadonlyMap<string, Currency>;
  /** The line and value of each observation read, by pair, period, kind and source. */
  private readonly seen = new Map<string, readonly [number, string]>();
  private readonly periods = new Map<string, When | null>();
  private readonly scales = new Map<string, Decimal | null>();

  constructor(sink: Sink, areas: ReadonlyMap<string, Currency>) {
    super(sink, separatorOf, "a header row of SDMX concept IDs (TIME_PERIOD, OBS_VALUE, ...)");
    this.areas = areas;
  }

  protected pivot(): Currency {
    return commonBase(this.sink.rates);
  }

  protected header(record: CsvRecord): void {
    const { fields, line } = record;
    const columns: Partial<Record<Concept, number>> = {};
    const wanted: readonly string[] = CONCEPTS;
    fields.forEach((field, i) => {
      const id = idOf(field.replace(/^(STRUCTURE)\[[^\]]*\]$/, "$1")).trim();
      if (wanted.includes(id) && columns[id as Concept] === undefined) columns[id as Concept] = i;
    });
    const layout = layoutOf((concept) => columns[concept] !== undefined);
    const missing = (["TIME_PERIOD", "OBS_VALUE"] as const).filter((id) => columns[id] === undefined);
    if (layout === undefined || missing.length > 0) {
      this.sink.fatal({
        line,
        column: 1,
        expected:
          layout === undefined
            ? `an SDMX-CSV header with ${LAYOUTS_TEXT}`
            : `an SDMX-CSV header with the columns TIME_PERIOD and OBS_VALUE (missing: ${missing.join(", ")})`,
        received: fields.join(","),
        hint: layout === undefined ? LAYOUTS_HINT : undefined,
      });
    }
    if (
      this.sink.options.source === undefined &&
      columns.DATAFLOW === undefined &&
      columns.STRUCTURE_ID === undefined
    ) {
      refuse("INVALID_INPUT", {
        function: this.sink.fn,
        path: "options.source",
        expected: "who published the rates (the file names no agency: it has no DATAFLOW or STRUCTURE_ID column)",
        received: undefined,
        hint: 'Pass it, e.g. { source: "ECB" } for a file from the ECB Data Portal',
      });
    }
    this.layout = layout;
    this.width = fields.length;
    this.columns = columns;
  }

  /** The date or period of a TIME_PERIOD value (`2024-03-01`, `2024-03`, `2024-M03`, `2024-Q1`, ...), or null. */
  private when(text: string): When | null {
    let found = this.periods.get(text);
    if (found === undefined) {
      found = null;
      if (isDate(text)) found = { on: text, kind: "day" };
      else if (/^\d{4}(?:-(?:M?\d{2}|[QSW]\d{1,2}))?$/.test(text)) {
        try {
          const p = parse((text as string).replace("-M", "-"));
          found = { on: p, kind: p.kind };
        } catch {
          found = null;
        }
      }
      this.periods.set(text, found);
    }
    return found;
  }

  /** 10^UNIT_MULT for a UNIT_MULT value ("" is 0), or null when it is not a whole number. */
  private scale(text: string): Decimal | null {
    let found = this.scales.get(text);
    if (found === undefined) {
      found = text === "" ? new D(1) : /^-?\d{1,3}$/.test(text) ? new D(10).pow(Number(text)) : null;
      this.scales.set(text, found);
    }
    return found;
  }

  protected row(record: CsvRecord): void {
    const { sink, columns, layout } = this;
    const { fields, line } = record;
    if (fields.length !== this.width) {
      const [, column] = positionOf(record, Math.min(fields.length, this.width));
      sink.problem({ line, column, expected: `${this.width} fields, as in the header`, received: fields.length });
      return;
    }
    // where a column's value is, computed only for a problem
    const at = (concept: Concept): { line: number; column: number; field: string } => {
      const [l, column] = positionOf(record, columns[concept] ?? 0);
      return { line: l, column, field: concept };
    };
    const cell = (concept: Concept): string | undefined => {
      const i = columns[concept];
      return i === undefined ? undefined : idOf(fields[i] ?? "").trim();
    };
    const action = cell("ACTION");
    if (action !== undefined && !ACTIONS.has(action)) {
      sink.problem({
        ...at("ACTION"),
        expected: "an observation (ACTION I, A or R); a row that deletes data has no rate",
        received: action,
      });
      return;
    }
    const observed = cell("OBS_VALUE") as string;
    // An observation without a value: SDMX marks a missing one empty (or NaN), with OBS_STATUS M or L.
    if (observed === "" || observed === "NaN") return;
    const pair = pairOf(layout, cell);
    if ("at" in pair) {
      sink.problem({ ...at(pair.at), expected: pair.expected, received: pair.received, hint: pair.hint });
      return;
    }
    // The BIS's series of the US dollar in US dollars (always 1) holds no exchange rate.
    if (layout === "BIS" && pair.quote === "USD") return;
    const base = this.currencyAt(pair.base, pair.baseAt, cell, at);
    const quote = this.currencyAt(pair.quote, pair.quoteAt, cell, at);
    if (quote === undefined || base === undefined) return;
    if (base.code === quote.code) {
      sink.problem({
        ...at(pair.quoteAt),
        expected: `two different currencies (${base.code} twice)`,
        received: quote.code,
      });
      return;
    }
    const period = cell("TIME_PERIOD") as string;
    const when = this.when(period);
    if (when === null) {
      sink.problem({
        ...at("TIME_PERIOD"),
        expected: "an SDMX time period: 2024-03-01, 2024-03, 2024-M03, 2024-Q1, 2024-S1, 2024-W09 or 2024",
        received: period,
      });
      return;
    }
    const freqAt: Concept = columns.FREQ === undefined ? "FREQUENCY" : "FREQ";
    const freq = cell(freqAt);
    if (freq !== undefined && freq !== "" && FREQUENCIES[freq] !== when.kind) {
      const expected =
        FREQUENCIES[freq] === undefined
          ? "a frequency code: A, S, Q, M, W, D or B"
          : `a frequency matching TIME_PERIOD ${period} (a ${when.kind})`;
      sink.problem({ ...at(freqAt), expected, received: freq });
      return;
    }
    let kind: RateKind = "spot";
    let on: IsoDate | Period = when.on;
    if (typeof on !== "string") {
      if (pair.collection === "A") kind = "average";
      else if (pair.collection === "E") on = lastDay(on);
      else {
        const place = columns[pair.collectionAt] === undefined ? at("TIME_PERIOD") : at(pair.collectionAt);
        sink.problem({
          ...place,
          field: pair.collectionAt,
          expected: collectionText(layout, period),
          received: pair.collection ?? `no ${pair.collectionAt} column`,
        });
        return;
      }
    }
    const value = this.value(observed, cell, at);
    if (value === undefined) return;
    const agency = cell("DATAFLOW") ?? cell("STRUCTURE_ID") ?? "";
    // AGENCY:ID(VERSION): the agency is what comes before the colon (an ID alone names none)
    const source = sink.options.source ?? (agency.includes(":") ? agency.slice(0, agency.indexOf(":")).trim() : "");
    if (source === "") {
      sink.problem({
        ...at(columns.DATAFLOW === undefined ? "STRUCTURE_ID" : "DATAFLOW"),
        expected: "AGENCY:ID(VERSION), naming the publisher",
        received: agency,
      });
      return;
    }
    const key = `${base.code}>${quote.code}@${typeof on === "string" ? on : period}|${kind}|${source}`;
    const earlier = this.seen.get(key);
    const written = value.toString();
    if (earlier !== undefined) {
      // the same rate published for several areas (the euro of each euro-area member) is kept once
      if (earlier[1] === written) return;
      sink.problem({
        ...at("TIME_PERIOD"),
        expected: `an observation not already read (line ${earlier[0]} has ${base.code}/${quote.code} ${period} at ${earlier[1]})`,
        received: period,
      });
      return;
    }
    this.seen.set(key, [line, written]);
    sink.add(base, quote, value, on, source, kind);
  }

  /**
   * OBS_VALUE × 10^UNIT_MULT, or × 10^SCALE (the IMF's name of the same attribute; when a file has
   * both, they must agree and apply once), or undefined after a problem.
   */
  private value(
    observed: string,
    cell: (concept: Concept) => string | undefined,
    at: (concept: Concept) => { line: number; column: number; field: string },
  ): Decimal | undefined {
    const value = this.sink.rate(observed);
    if (value === undefined) {
      this.sink.problem({ ...at("OBS_VALUE"), expected: RATE_EXPECTED, received: observed });
      return undefined;
    }
    const unitMult = cell("UNIT_MULT") ?? "";
    const scaleText = cell("SCALE") ?? "";
    let field: Concept = "UNIT_MULT";
    let multiplier = unitMult;
    for (const [concept, text] of [
      ["UNIT_MULT", unitMult],
      ["SCALE", scaleText],
    ] as const) {
      if (this.scale(text) !== null) continue;
      const expected = "a whole power of ten (0, 3, 6, -2, ...), a code of SDMX's unit multipliers";
      this.sink.problem({ ...at(concept), expected, received: text });
      return undefined;
    }
    if (scaleText !== "") {
      if (unitMult !== "" && !(this.scale(unitMult) as Decimal).eq(this.scale(scaleText) as Decimal)) {
        this.sink.problem({
          ...at("SCALE"),
          expected: `the power of ten UNIT_MULT gives (${unitMult}): both multiply OBS_VALUE`,
          received: scaleText,
        });
        return undefined;
      }
      field = "SCALE";
      multiplier = scaleText;
    }
    const scale = this.scale(multiplier) as Decimal;
    if (scale.eq(1)) return value;
    const scaled = value.times(scale);
    if (scaled.isFinite() && !scaled.isZero()) return scaled;
    this.sink.problem({
      ...at(field),
      expected: "a power of ten that keeps OBS_VALUE within the range of numbers (1e-999 to below 1e1000)",
      received: multiplier,
    });
    return undefined;
  }

  /** The currency of a code of the file (`XDC`: the area's, from options.areas), or undefined after a problem. */
  private currencyAt(
    code: string,
    concept: Concept,
    cell: (concept: Concept) => string | undefined,
    at: (concept: Concept) => { line: number; column: number; field: string },
  ): Currency | undefined {
    if (code === "XDC") {
      const areaAt: Concept = this.columns.COUNTRY === undefined ? "REF_AREA" : "COUNTRY";
      const area = cell(areaAt) ?? "";
      const currency = this.areas.get(area);
      if (currency === undefined) {
        this.sink.problem({
          ...at(areaAt),
          expected: "an area whose currency options.areas names (XDC, the domestic currency, is not in the file)",
          received: area,
          hint: `Pass it, e.g. { areas: { ${area === "" ? "SWE" : area}: "SEK" } } with the area's ISO 4217 code`,
        });
      }
      return currency;
    }
    const currency = this.sink.currency(code);
    if (currency === undefined)
      this.sink.problem({ ...at(concept), expected: CURRENCY_EXPECTED, received: code, hint: undefined });
    return currency;
  }
}

/**
 * Reads exchange-rate series in SDMX-CSV (versions 1.0 and 2.0), as the ECB Data Portal
 * (`format=csvdata`), the BIS (`WS_XRU`, US dollar exchange rates) and the IMF (`ER`, and the
 * legacy `IFS`) deliver them: a header of concept IDs, then one observation per row. The header
 * tells the layout, which says how a row's currencies are written:
 *
 * - the ECB's: `CURRENCY` per 1 `CURRENCY_DENOM`; `EXR_SUFFIX` A (average) or E (end of period);
 * - the BIS's: `CURRENCY` per 1 US dollar; `COLLECTION` A or E (the US's own series is passed over);
 * - the IMF's: `INDICATOR` `A_B`, units of A per 1 B (`XDC_USD`, `USD_XDC`, `XDC_EUR`, ...), with
 *   `TYPE_OF_TRANSFORMATION` `PA_RT` (average) or `EOP_RT` (end of period), or IFS's
 *   `ENDA_XDC_USD_RATE` (average) and `ENDE_XDC_USD_RATE` (end of period). `XDC`, the domestic
 *   currency, is not in the file: `options.areas` names the currency of each `COUNTRY` or `REF_AREA`.
 *
 * `TIME_PERIOD`, `OBS_VALUE` and, when present, `FREQ` (or `FREQUENCY`), `UNIT_MULT` (or the IMF's `SCALE`), `ACTION` and
 * `DATAFLOW` (1.0) or `STRUCTURE_ID` (2.0) are read; other columns are skipped. Headers and codes
 * with labels (`CURRENCY: Currency`, `USD: US dollar`) and the separator a 2.0 file names after
 * `STRUCTURE` are read. A daily observation becomes a `spot` rate on its day. A period
 * (`2024-03`, `2024-M03`, `2024-Q1`, `2024`) averaged becomes an `average` rate dated the period;
 * at its end, a `spot` rate dated the period's last day. The value is scaled, exactly, by 10^UNIT_MULT
 * or 10^SCALE (`6` or `6: Millions` multiplies by a million; a file with both needs them to agree);
 * a multiplier that is not a whole power of ten (`Millions` without its code) is a malformed row. An
 * empty or `NaN` OBS_VALUE (a missing observation) is passed over, and so is a repeat of an
 * observation with the same value (the BIS and the IMF publish the euro for each euro-area member).
 * The source is `options.source`, else the agency of `DATAFLOW` / `STRUCTURE_ID` (`BIS:WS_XRU(1.0)`
 * → `"BIS"`); a file with neither column needs `options.source`.
 *
 * @param input - the file's text, or its content as a stream of chunks (string or UTF-8 bytes)
 * @param options - `source`, `areas` (the currency of each area code, for the IMF's `XDC`), `pivot`
 *   (default: the base all rates share, else USD), `currencies` (custom currencies), `errors`
 *   (`"throw"` or `"collect"`)
 * @returns a frozen {@link accordo!RateTable} (a {@link ReadReport} with `errors: "collect"`); a Promise of
 *   it for a stream
 * @throws {@link accordo!AccordoError} `INVALID_TEXT` for a header the reader cannot map (no
 *   layout above, or no TIME_PERIOD or OBS_VALUE: always thrown, with a hint) or a malformed row (a
 *   row of the wrong width, an unknown currency or indicator, an area `options.areas` does not
 *   name, a period that does not match FREQ, a period neither averaged nor at its end, a value that
 *   is not a positive decimal, a UNIT_MULT or SCALE that is no power of ten (or two that disagree), an observation read twice with two values, a row that deletes
 *   data), with `line`, `column`, `field`, `expected`, `received` in its details; `INVALID_INPUT`
 *   when the file names no agency and `options.source` is not given, or for an invalid option
 *   value; `INVALID_TYPE` for an input that is neither text nor an async iterable, `areas` that
 *   is not an object, or another option of the wrong type; `UNKNOWN_OPTION` for an unknown option; `UNKNOWN_CURRENCY` for an unknown
 *   `pivot` or currency in `areas`
 * @example
 * {@includeCode ../../test/io/examples.test.ts#readSdmxCsv}
 * {@includeCode ../../test/io/examples.test.ts#readSdmxCsvImf}
 * @category Reading files
 * @since 0.1.0
 */
export function readSdmxCsv<I extends RateFileInput, O extends SdmxReadOptions = ThrowingOptions>(
  input: I,
  options?: O,
): ReadResult<I, O> {
  const fn = "io.readSdmxCsv";
  return readWith(
    fn,
    input,
    options,
    SDMX_KEYS,
    (sink) => new SdmxCsv(sink, readAreas(fn, options, sink)),
  ) as ReadResult<I, O>;
}
