/**
 * Readers of plain lists of rates, one rate per row: CSV with a header `date,base,quote,rate`
 * (and optionally `source`, `kind`), and JSON, an array of `{ date, base, quote, rate }` objects.
 *
 * @module
 */
import { readKind } from "../fx/rate.js";
import type { RateKind, RateTable } from "../fx/types.js";
import type { Currency } from "../money/types.js";
import { isDate } from "../period/calendar.js";
import { format, parse } from "../period/period.js";
import type { IsoDate, Period } from "../period/types.js";
import { positionOf } from "./csv.js";
import type { CsvRecord } from "./csv.js";
import { parseJson } from "./json.js";
import type { JsonNode, Place } from "./json.js";
import { COMMON_KEYS, CURRENCY_EXPECTED, CsvReader, RATE_EXPECTED, type Sink, commonBase, readWith } from "./read.js";
import type { Parser } from "./read.js";
import type { RateFileInput, ReadOptions, ReadReport, ReadResult, ThrowingOptions } from "./types.js";

/** The fields of a row, by name. */
const FIELDS = ["date", "base", "quote", "rate", "source", "kind"] as const;
type Field = (typeof FIELDS)[number];
const REQUIRED: readonly Field[] = ["date", "base", "quote", "rate"];

/** Turns rows into rates: checks each field, and that no rate is read twice. */
class Rows {
  readonly sink: Sink;
  private readonly seen = new Map<string, number>();
  private readonly periods = new Map<string, IsoDate | Period | null>();

  constructor(sink: Sink) {
    this.sink = sink;
  }

  /** A date or a period (for an average), or null when the text is neither. */
  private when(text: string): IsoDate | Period | null {
    let found = this.periods.get(text);
    if (found === undefined) {
      found = null;
      if (isDate(text)) found = text;
      else if (/^\d{4}/.test(text)) {
        try {
          found = parse(text);
        } catch {
          found = null;
        }
      }
      this.periods.set(text, found);
    }
    return found;
  }

  /** Reads one row; `place` says where a field's value is (for a problem). */
  add(row: Partial<Record<Field, string>>, line: number, place: (field: Field) => Place): void {
    const { sink } = this;
    const report = (field: Field, expected: string, received: unknown): void =>
      sink.problem({ ...place(field), field, expected, received });
    const base = sink.currency(row.base ?? "");
    if (base === undefined) return report("base", CURRENCY_EXPECTED, row.base);
    const quote = sink.currency(row.quote ?? "");
    if (quote === undefined) return report("quote", CURRENCY_EXPECTED, row.quote);
    if (base.code === quote.code) return report("quote", `a currency other than the base (${base.code})`, row.quote);
    const dateText = row.date ?? "";
    const on = this.when(dateText);
    if (on === null)
      return report("date", "an ISO date (2024-03-01) or, for an average, a period (2024-03, 2024-Q1, 2024)", dateText);
    let kind: RateKind = typeof on === "string" ? "spot" : "average";
    if (row.kind !== undefined && row.kind !== "") {
      try {
        kind = readKind(row.kind, "kind");
      } catch {
        return report("kind", "spot, average, fixed or implied", row.kind);
      }
    }
    const value = sink.rate(row.rate ?? "");
    if (value === undefined) return report("rate", RATE_EXPECTED, row.rate);
    const source = row.source !== undefined && row.source.trim() !== "" ? row.source : (sink.options.source ?? null);
    const key = JSON.stringify([base.code, quote.code, typeof on === "string" ? on : format(on), kind, source]);
    const earlier = this.seen.get(key);
    if (earlier !== undefined) {
      return report(
        "date",
        `a rate not already read (line ${earlier} has ${base.code}/${quote.code} on ${dateText}, same source and kind)`,
        dateText,
      );
    }
    this.seen.set(key, line);
    sink.add(base, quote, value, on, source, kind);
  }
}

class RatesCsv extends CsvReader {
  private readonly rows: Rows;
  private columns: (Field | undefined)[] = [];

  constructor(sink: Sink) {
    super(sink, ",", "a header such as date,base,quote,rate");
    this.rows = new Rows(sink);
  }

  protected pivot(): Currency {
    return commonBase(this.sink.rates);
  }

  protected header(record: CsvRecord): void {
    const { sink } = this;
    const { fields, line } = record;
    const columns: (Field | undefined)[] = [];
    fields.forEach((name, i) => {
      const field = name.trim().toLowerCase();
      const [, column] = positionOf(record, i);
      if (!(FIELDS as readonly string[]).includes(field)) {
        sink.fatal({ line, column, expected: `a column name: ${FIELDS.join(", ")}`, received: name });
      }
      if (columns.includes(field as Field))
        sink.fatal({ line, column, expected: "a column not already in the header", received: name });
      columns.push(field as Field);
    });
    const missing = REQUIRED.filter((f) => !columns.includes(f));
    if (missing.length > 0)
      sink.fatal({
        line,
        column: 1,
        expected: `a header with the columns ${REQUIRED.join(", ")} (missing: ${missing.join(", ")})`,
        received: fields.join(","),
      });
    this.columns = columns;
  }

  protected row(record: CsvRecord): void {
    const { sink, columns } = this;
    const { fields, line } = record;
    if (fields.length !== columns.length) {
      const [, column] = positionOf(record, Math.min(fields.length, columns.length));
      sink.problem({ line, column, expected: `${columns.length} fields, as in the header`, received: fields.length });
      return;
    }
    const row: Partial<Record<Field, string>> = {};
    columns.forEach((field, i) => {
      if (field !== undefined) row[field] = fields[i] ?? "";
    });
    this.rows.add(row, line, (field) => {
      const [l, column] = positionOf(record, columns.indexOf(field));
      return { line: l, column };
    });
  }
}

/**
 * Reads a plain CSV list of rates: a header naming the columns `date`, `base`, `quote`, `rate`
 * and optionally `source` and `kind` (in any order, any case; no other), then one rate per row:
 * 1 `base` is worth `rate` `quote`. `date` is an ISO date, or a period (`2024-03`, `2024-Q1`,
 * `2024`) for an average. `kind` defaults to `spot` for a date and `average` for a period;
 * `source` to `options.source`, else null. RFC 4180 quoting, a byte order mark and CRLF line
 * endings are read.
 *
 * @param input - the file's text, or its content as a stream of chunks (string or UTF-8 bytes)
 * @param options - `source` (for rows without one), `pivot` (default: the base all rates share,
 *   else USD), `currencies` (custom currencies), `errors` (`"throw"` or `"collect"`)
 * @returns a frozen {@link RateTable} (a {@link ReadReport} with `errors: "collect"`); a Promise of
 *   it for a stream
 * @throws {@link accordo!AccordoError} `INVALID_TEXT` for a malformed file or row (an unknown or
 *   missing column, a row of the wrong width, an unknown currency, a date that is neither a day
 *   nor a period, an unknown kind, a rate that is not a positive decimal, a rate read twice), with
 *   `line`, `column`, `field`, `expected`, `received` in its details; `INVALID_TYPE` for an input
 *   that is neither text nor an async iterable, or an option of the wrong type; `UNKNOWN_OPTION` for an unknown option;
 *   `INVALID_INPUT` for an invalid option value; `UNKNOWN_CURRENCY` for an unknown `pivot`
 * @example
 * {@includeCode ../../test/io/examples.test.ts#readRatesCsv}
 * @category Reading files
 * @since 0.1.0
 */
export function readRatesCsv<I extends RateFileInput, O extends ReadOptions = ThrowingOptions>(
  input: I,
  options?: O,
): ReadResult<I, O> {
  return readWith("io.readRatesCsv", input, options, COMMON_KEYS, (sink) => new RatesCsv(sink)) as ReadResult<I, O>;
}

class RatesJson implements Parser<RateTable | ReadReport> {
  private readonly rows: Rows;
  private text = "";

  constructor(sink: Sink) {
    this.rows = new Rows(sink);
  }

  push(text: string): void {
    this.text += text;
  }

  end(): RateTable | ReadReport {
    const { sink } = this.rows;
    const root = parseJson(this.text, (p) => sink.fatal(p));
    this.text = "";
    if (root.type !== "array")
      return sink.fatal({
        ...root.at,
        expected: "an array of rates [{ date, base, quote, rate }, ...]",
        received: `a JSON ${root.type}`,
      });
    root.items.forEach((item) => this.item(item));
    return sink.finish(commonBase(sink.rates));
  }

  private item(item: JsonNode): void {
    const { sink } = this.rows;
    if (item.type !== "object") {
      sink.problem({
        ...item.at,
        expected: "a rate, { date, base, quote, rate, source?, kind? }",
        received: `a JSON ${item.type}`,
      });
      return;
    }
    const row: Partial<Record<Field, string>> = {};
    const places = new Map<Field, Place>();
    for (const [key, value, keyAt] of item.entries) {
      const field = (key === "on" ? "date" : key) as Field;
      if (!(FIELDS as readonly string[]).includes(field) || places.has(field)) {
        const expected = places.has(field)
          ? `a property not already given (date and on are the same)`
          : `one of the properties ${FIELDS.join(", ")} (or on for date)`;
        sink.problem({ ...keyAt, field: key, expected, received: key });
        return;
      }
      places.set(field, value.at);
      if (value.type === "string") row[field] = value.value;
      else if (value.type === "number" && field === "rate") row[field] = value.text;
      else if (value.type === "literal" && value.value === null && (field === "source" || field === "kind")) continue;
      else {
        const expected =
          field === "rate"
            ? "a decimal string or a JSON number"
            : field === "source" || field === "kind"
              ? "a string or null"
              : "a string";
        sink.problem({
          ...value.at,
          field,
          expected,
          received: value.type === "literal" ? String(value.value) : `a JSON ${value.type}`,
        });
        return;
      }
    }
    const missing = REQUIRED.find((f) => !places.has(f));
    if (missing !== undefined) {
      sink.problem({
        ...item.at,
        expected: `a rate with ${REQUIRED.join(", ")} (missing: ${missing})`,
        received: "an object without it",
      });
      return;
    }
    this.rows.add(row, item.at.line, (field) => places.get(field) ?? item.at);
  }
}

/**
 * Reads a plain JSON list of rates: an array of objects `{ date, base, quote, rate, source?,
 * kind? }` (`on` may stand for `date`; no other property): 1 `base` is worth `rate` `quote`.
 * `rate` is a decimal string or a JSON number, read from its digits as written (no digit is lost
 * to floating point). `date` is an ISO date, or a period (`2024-03`, `2024-Q1`, `2024`) for an
 * average; `kind` defaults to `spot` for a date and `average` for a period; `source` to
 * `options.source`, else null. A stream of chunks is read whole, then parsed.
 *
 * @param input - the file's text, or its content as a stream of chunks (string or UTF-8 bytes)
 * @param options - `source` (for rates without one), `pivot` (default: the base all rates share,
 *   else USD), `currencies` (custom currencies), `errors` (`"throw"` or `"collect"`)
 * @returns a frozen {@link RateTable} (a {@link ReadReport} with `errors: "collect"`); a Promise of
 *   it for a stream
 * @throws {@link accordo!AccordoError} `INVALID_TEXT` for text that is not JSON, a root that is
 *   not an array, or a malformed rate (an unknown or missing property, a value of the wrong type,
 *   an unknown currency, a date that is neither a day nor a period, an unknown kind, a rate that
 *   is not a positive decimal, a rate given twice), with `line`, `column`, `field`, `expected`,
 *   `received` in its details; `INVALID_TYPE` for an input that is neither text nor an async
 *   iterable, or an option of the wrong type; `UNKNOWN_OPTION` for an unknown option; `INVALID_INPUT` for an invalid option
 *   value; `UNKNOWN_CURRENCY` for an unknown `pivot`
 * @example
 * {@includeCode ../../test/io/examples.test.ts#readRatesJson}
 * @category Reading files
 * @since 0.1.0
 */
export function readRatesJson<I extends RateFileInput, O extends ReadOptions = ThrowingOptions>(
  input: I,
  options?: O,
): ReadResult<I, O> {
  return readWith("io.readRatesJson", input, options, COMMON_KEYS, (sink) => new RatesJson(sink)) as ReadResult<I, O>;
}
