/**
 * The reader of SDMX-CSV exchange-rate series (versions 1.0 and 2.0), as the ECB Data Portal
 * and other SDMX web services deliver them: one observation per row.
 *
 * @module
 */
import { D } from "../decimal.js";
import type { Decimal } from "../decimal.js";
import { refuse } from "../errors.js";
import type { RateKind, RateTable } from "../fx/types.js";
import type { Currency } from "../money/types.js";
import { isDate } from "../period/calendar.js";
import { lastDay, parse } from "../period/period.js";
import type { IsoDate, Period } from "../period/types.js";
import { CsvTokenizer, positionOf } from "./csv.js";
import type { CsvRecord } from "./csv.js";
import { COMMON_KEYS, Sink, commonBase, readCommon, run } from "./read.js";
import type { Parser } from "./read.js";
import type { RateFileInput, ReadOptions, ReadReport, ReadResult, ThrowingOptions } from "./types.js";

/** The columns the reader uses, by SDMX concept ID. */
const REQUIRED = ["CURRENCY", "CURRENCY_DENOM", "TIME_PERIOD", "OBS_VALUE"] as const;
const OPTIONAL = ["FREQ", "EXR_SUFFIX", "UNIT_MULT", "ACTION", "DATAFLOW", "STRUCTURE_ID"] as const;
type Concept = (typeof REQUIRED)[number] | (typeof OPTIONAL)[number];

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

/**
 * The separator of an SDMX-CSV file: a 2.0 file names it right after its first header,
 * `STRUCTURE` (or `STRUCTURE[;]`, which names a sub-field separator); otherwise a comma.
 */
function separatorOf(firstLine: string): string {
  const m = /^STRUCTURE(?:\[[^\]]*\])?(.)/.exec(firstLine);
  return m?.[1] ?? ",";
}

/** A code or ID without the label SDMX-CSV adds with `labels=both` (`"USD: US dollar"` → `"USD"`). */
function idOf(text: string): string {
  const at = text.indexOf(": ");
  return at < 0 ? text : text.slice(0, at);
}

/** When an observation holds, as read from TIME_PERIOD. */
interface When {
  readonly on: IsoDate | Period;
  /** The kind of period (`"day"` for a date). */
  readonly kind: string;
}

class SdmxCsv implements Parser<RateTable | ReadReport> {
  private readonly sink: Sink;
  private readonly tokenizer: CsvTokenizer;
  private columns: Partial<Record<Concept, number>> | undefined;
  private width = 0;
  private readonly seen = new Map<string, number>();
  private readonly periods = new Map<string, When | null>();
  private readonly scales = new Map<string, Decimal | null>();

  constructor(sink: Sink) {
    this.sink = sink;
    this.tokenizer = new CsvTokenizer(
      (record) => this.record(record),
      (p) => sink.fatal(p),
      separatorOf,
    );
  }

  push(text: string): void {
    this.tokenizer.push(text);
  }

  end(): RateTable | ReadReport {
    this.tokenizer.end();
    if (this.columns === undefined) {
      return this.sink.fatal({
        line: 1,
        column: 1,
        expected: "a header row of SDMX concept IDs (TIME_PERIOD, OBS_VALUE, ...)",
        received: "an empty file",
      });
    }
    return this.sink.finish(commonBase(this.sink.rates));
  }

  private header(record: CsvRecord): void {
    const { fields, line } = record;
    const columns: Partial<Record<Concept, number>> = {};
    const wanted: readonly string[] = [...REQUIRED, ...OPTIONAL];
    fields.forEach((field, i) => {
      const id = idOf(field.replace(/^(STRUCTURE)\[[^\]]*\]$/, "$1")).trim();
      if (wanted.includes(id) && columns[id as Concept] === undefined) columns[id as Concept] = i;
    });
    const missing = REQUIRED.filter((id) => columns[id] === undefined);
    if (missing.length > 0) {
      this.sink.fatal({
        line,
        column: 1,
        expected: `an SDMX-CSV header with the columns ${REQUIRED.join(", ")} (missing: ${missing.join(", ")})`,
        received: fields.join(","),
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
    this.width = fields.length;
    this.columns = columns;
  }

  /** The date or period of a TIME_PERIOD value, or null when it is not one. */
  private when(text: string): When | null {
    let found = this.periods.get(text);
    if (found === undefined) {
      found = null;
      if (isDate(text)) found = { on: text, kind: "day" };
      else if (/^\d{4}(?:-(?:\d{2}|[QSW]\d{1,2}))?$/.test(text)) {
        try {
          const p = parse(text);
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

  private record(record: CsvRecord): void {
    const columns = this.columns;
    if (columns === undefined) {
      this.header(record);
      return;
    }
    const { sink } = this;
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
    const quote = this.currencyAt(cell("CURRENCY") as string, () => at("CURRENCY"));
    const base = this.currencyAt(cell("CURRENCY_DENOM") as string, () => at("CURRENCY_DENOM"));
    if (quote === undefined || base === undefined) return;
    if (base.code === quote.code) {
      sink.problem({
        ...at("CURRENCY"),
        expected: `a currency other than CURRENCY_DENOM (${base.code})`,
        received: quote.code,
      });
      return;
    }
    const period = cell("TIME_PERIOD") as string;
    const when = this.when(period);
    if (when === null) {
      sink.problem({
        ...at("TIME_PERIOD"),
        expected: "an SDMX time period: 2024-03-01, 2024-03, 2024-Q1, 2024-S1, 2024-W09 or 2024",
        received: period,
      });
      return;
    }
    const freq = cell("FREQ");
    if (freq !== undefined && freq !== "" && FREQUENCIES[freq] !== when.kind) {
      const expected =
        FREQUENCIES[freq] === undefined
          ? "a frequency code: A, S, Q, M, W, D or B"
          : `a frequency matching TIME_PERIOD ${period} (a ${when.kind})`;
      sink.problem({ ...at("FREQ"), expected, received: freq });
      return;
    }
    let kind: RateKind = "spot";
    let on: IsoDate | Period = when.on;
    if (typeof on !== "string") {
      const suffix = cell("EXR_SUFFIX");
      if (suffix === "A") kind = "average";
      else if (suffix === "E") on = lastDay(on);
      else {
        sink.problem({
          ...(suffix === undefined ? at("TIME_PERIOD") : at("EXR_SUFFIX")),
          field: "EXR_SUFFIX",
          expected: `EXR_SUFFIX A (an average over ${period}) or E (the rate at its end)`,
          received: suffix ?? "no EXR_SUFFIX column",
        });
        return;
      }
    }
    const value = sink.rate(observed);
    if (value === undefined) {
      sink.problem({ ...at("OBS_VALUE"), expected: Sink.RATE, received: observed });
      return;
    }
    const multiplier = cell("UNIT_MULT") ?? "";
    const scale = this.scale(multiplier);
    if (scale === null) {
      sink.problem({ ...at("UNIT_MULT"), expected: "a whole power of ten (0, 3, 6, -2, ...)", received: multiplier });
      return;
    }
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
    if (earlier !== undefined) {
      sink.problem({
        ...at("TIME_PERIOD"),
        expected: `an observation not already read (line ${earlier} has ${base.code}/${quote.code} ${period})`,
        received: period,
      });
      return;
    }
    this.seen.set(key, line);
    sink.add(base, quote, scale.eq(1) ? value : value.times(scale), on, source, kind);
  }

  private currencyAt(code: string, at: () => { line: number; column: number; field: string }): Currency | undefined {
    const currency = this.sink.currency(code);
    if (currency === undefined) this.sink.problem({ ...at(), expected: Sink.CURRENCY, received: code });
    return currency;
  }
}

/**
 * Reads exchange-rate series in SDMX-CSV (versions 1.0 and 2.0), as the ECB Data Portal
 * (`format=csvdata`) and other SDMX web services deliver them: a header of concept IDs, then one
 * observation per row. It uses the columns of the ECB's exchange-rate structure: `CURRENCY`,
 * `CURRENCY_DENOM` (1 unit of it is worth OBS_VALUE units of CURRENCY), `TIME_PERIOD`, `OBS_VALUE`,
 * and, when present, `FREQ`, `EXR_SUFFIX`, `UNIT_MULT`, `ACTION` and `DATAFLOW` (1.0) or
 * `STRUCTURE_ID` (2.0); other columns are skipped. Headers and codes with labels
 * (`CURRENCY: Currency`, `USD: US dollar`) and the separator a 2.0 file names after `STRUCTURE`
 * are read.
 *
 * A daily observation (`2024-03-01`) becomes a `spot` rate on that day. A period observation
 * (`2024-03`, `2024-Q1`, `2024`) becomes, with `EXR_SUFFIX` A, an `average` rate dated the
 * period; with `EXR_SUFFIX` E (end of period), a `spot` rate dated the period's last day. The
 * value is scaled by 10^UNIT_MULT. An observation with an empty or `NaN` OBS_VALUE (a missing
 * observation) has no rate and is passed over. The source is `options.source`, else the agency
 * of `DATAFLOW` / `STRUCTURE_ID` (`ECB:EXR(1.0)` → `"ECB"`); a file with neither column needs
 * `options.source`.
 *
 * @param input - the file's text, or its content as a stream of chunks (string or UTF-8 bytes)
 * @param options - `source`, `pivot` (default: the base all rates share, else USD), `currencies`
 *   (custom currencies), `errors` (`"throw"` or `"collect"`)
 * @returns a frozen {@link RateTable} (a {@link ReadReport} with `errors: "collect"`); a Promise of
 *   it for a stream
 * @throws {@link accordo!AccordoError} `INVALID_TEXT` for a malformed file or row (a missing
 *   column, a row of the wrong width, an unknown currency, a period that does not match FREQ, a
 *   period without EXR_SUFFIX A or E, a value that is not a positive decimal, an observation read
 *   twice, a row that deletes data), with `line`, `column`, `field`, `expected`, `received` in
 *   its details; `INVALID_INPUT` when the file names no agency and `options.source` is not given,
 *   or for an invalid option value; `INVALID_TYPE` for an input that is neither text nor an async
 *   iterable; `UNKNOWN_OPTION` for an unknown option; `UNKNOWN_CURRENCY` for an unknown `pivot`
 * @example
 * {@includeCode ../../test/io/examples.test.ts#readSdmxCsv}
 * @category Reading files
 * @since 0.1.0
 */
export function readSdmxCsv<I extends RateFileInput, O extends ReadOptions = ThrowingOptions>(
  input: I,
  options?: O,
): ReadResult<I, O> {
  const fn = "io.readSdmxCsv";
  const common = readCommon(fn, options, COMMON_KEYS);
  return run(fn, input, new SdmxCsv(new Sink(fn, common))) as ReadResult<I, O>;
}
