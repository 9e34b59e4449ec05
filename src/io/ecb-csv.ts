/**
 * The reader of the ECB's historical euro reference rates CSV (`eurofxref-hist.csv`, one
 * column per currency).
 *
 * @module
 */
import { resolveCurrency } from "../money/currency.js";
import type { Currency } from "../money/types.js";
import { isDate } from "../period/calendar.js";
import { positionOf } from "./csv.js";
import type { CsvRecord } from "./csv.js";
import { ECB_KEYS, checkOnlyFound, readOnly } from "./only.js";
import { CURRENCY_EXPECTED, CURRENCY_HINT, CsvReader, RATE_EXPECTED, type Sink, readWith } from "./read.js";
import type { EcbReadOptions, RateFileInput, ReadResult, ThrowingOptions } from "./types.js";

const HEADER = 'the header of the ECB\'s CSV, "Date,USD,JPY,..."';

/**
 * A currency column of the CSV: its currency, or null when it is left out (not in `only`), or
 * undefined when the code is unknown: refused at its first rate (a withdrawn currency's column is
 * all N/A in the years after it was replaced), once, the column then being left out.
 */
interface Column {
  readonly code: string;
  currency: Currency | null | undefined;
}

class EcbCsv extends CsvReader {
  private readonly euro: Currency = resolveCurrency("EUR", "io");
  private readonly source: string;
  private readonly only: ReadonlySet<string> | undefined;
  private columns: Column[] = [];
  /** The number of fields of each record (the header's). */
  private width = 0;
  /** True when the header ends with a separator (the ECB's trailing comma): an unnamed last column. */
  private trailing = false;
  private readonly dates = new Map<string, number>();

  constructor(sink: Sink, only: ReadonlySet<string> | undefined) {
    super(sink, ",", HEADER);
    this.only = only;
    this.source = sink.options.source ?? "ECB";
  }

  protected pivot(): Currency {
    return this.euro;
  }

  protected header(record: CsvRecord): void {
    const { fields, line } = record;
    if ((fields[0] ?? "").trim().toLowerCase() !== "date") {
      this.sink.fatal({
        line,
        column: 1,
        expected: HEADER,
        received: fields[0] ?? "",
      });
    }
    this.width = fields.length;
    this.trailing = fields.length > 1 && fields[fields.length - 1] === "";
    const last = this.trailing ? fields.length - 1 : fields.length;
    const columns: Column[] = [];
    const seen = new Set<string>();
    for (let i = 1; i < last; i++) {
      const code = (fields[i] ?? "").trim();
      const [, column] = positionOf(record, i);
      if (!/^[A-Z]{3}$/.test(code))
        this.sink.fatal({ line, column, expected: "a three-letter currency code", received: fields[i] });
      if (seen.has(code))
        this.sink.fatal({ line, column, expected: "a currency not already in the header", received: code });
      seen.add(code);
      if (this.only !== undefined && !this.only.has(code)) {
        columns.push({ code, currency: null });
        continue;
      }
      const currency = this.sink.currency(code);
      if (currency?.code === "EUR") {
        this.sink.problem({
          line,
          column,
          expected: "a currency other than the euro (the rates are of the euro)",
          received: code,
        });
      }
      columns.push({ code, currency: currency?.code === "EUR" ? null : currency });
    }
    checkOnlyFound(this.sink.fn, this.only, seen);
    this.columns = columns;
  }

  protected row(record: CsvRecord): void {
    const columns = this.columns;
    const { fields, line } = record;
    if (fields.length !== this.width) {
      const [, column] = positionOf(record, Math.min(fields.length, this.width));
      this.sink.problem({ line, column, expected: `${this.width} fields, as in the header`, received: fields.length });
      return;
    }
    const date = fields[0] ?? "";
    if (!isDate(date)) {
      this.sink.problem({ line, column: 1, field: "Date", expected: "an ISO date YYYY-MM-DD", received: date });
      return;
    }
    const earlier = this.dates.get(date);
    if (earlier !== undefined) {
      this.sink.problem({
        line,
        column: 1,
        field: "Date",
        expected: `a date not already read (line ${earlier} has ${date})`,
        received: date,
      });
      return;
    }
    this.dates.set(date, line);
    const { sink, euro, source } = this;
    for (let i = 0; i < columns.length; i++) {
      const col = columns[i] as Column;
      const cell = fields[i + 1] as string;
      if (col.currency === null || cell === "N/A" || cell === "") continue;
      if (col.currency === undefined) {
        col.currency = null;
        const where = positionOf(record, i + 1);
        sink.problem({
          line: where[0],
          column: where[1],
          field: col.code,
          expected: CURRENCY_EXPECTED,
          received: col.code,
          hint: CURRENCY_HINT,
        });
        continue;
      }
      const value = sink.rate(cell);
      if (value !== undefined) sink.add(euro, col.currency, value, date, source, "spot");
      else
        sink.problem({
          line,
          column: positionOf(record, i + 1)[1],
          field: col.code,
          expected: RATE_EXPECTED,
          received: cell,
        });
    }
    if (this.trailing && fields[this.width - 1] !== "") {
      const [, column] = positionOf(record, this.width - 1);
      sink.problem({
        line,
        column,
        expected: "an empty last field (the header names no currency there)",
        received: fields[this.width - 1],
      });
    }
  }
}

/**
 * Reads the ECB's euro foreign exchange reference rates from the historical CSV it publishes,
 * `eurofxref-hist.csv` (in `eurofxref-hist.zip`; unzip it first), or the one-day `eurofxref.csv`:
 * a header `Date,USD,JPY,...` then one row per day, newest first, one rate per currency, `N/A`
 * where the ECB published none, and a trailing comma on each line. Each rate is 1 EUR in the
 * column's currency, kind `spot`, dated the row's day, source `"ECB"` unless `options.source`.
 *
 * A byte order mark and CRLF line endings are accepted; fields are read as RFC 4180 says. A
 * malformed row or value (a date that is not a day, a rate that is not a positive decimal, a
 * row with too few fields, a day read twice) is refused with `INVALID_TEXT` naming its line and
 * column, or, with `errors: "collect"`, left out and its error returned beside the table. A
 * currency the library does not know (the withdrawn CYP, SIT, EEK, ... columns of the history)
 * is refused at its first rate (a column of `N/A` only is read without complaint), once: leave
 * it out with `only`, or define it with `money.defineCurrency` and pass it in `currencies`.
 *
 * @param input - the file's text, or its content as a stream of chunks (string or UTF-8 bytes)
 * @param options - `only` (the currencies to read), `source` (default `"ECB"`), `pivot` (default
 *   EUR), `currencies` (custom currencies), `errors` (`"throw"` or `"collect"`)
 * @returns a frozen {@link accordo!RateTable} (a {@link ReadReport} with `errors: "collect"`); a Promise of
 *   it for a stream
 * @throws {@link accordo!AccordoError} `INVALID_TEXT` for a malformed file or value (details:
 *   `line`, `column`, `field`, `expected`, `received`); `INVALID_TYPE` for an input that is neither
 *   text nor an async iterable, or an option of the wrong type; `UNKNOWN_OPTION` for an unknown option; `INVALID_INPUT` for an
 *   invalid option value, or an `only` code the file has no column for; `UNKNOWN_CURRENCY` for an
 *   unknown `pivot`
 * @example
 * {@includeCode ../../test/io/examples.test.ts#readEcbCsv}
 * @category Reading files
 * @since 0.1.0
 */
export function readEcbCsv<I extends RateFileInput, O extends EcbReadOptions = ThrowingOptions>(
  input: I,
  options?: O,
): ReadResult<I, O> {
  const fn = "io.readEcbCsv";
  return readWith(fn, input, options, ECB_KEYS, (sink) => new EcbCsv(sink, readOnly(fn, options))) as ReadResult<I, O>;
}
