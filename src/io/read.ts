/**
 * What every reader shares: text or a stream of chunks in, a sink that gathers rates and either
 * throws or collects the problems it meets (each naming its line and column), and the table out.
 *
 * @module
 * @internal
 */
import { D } from "../decimal.js";
import type { Decimal } from "../decimal.js";
import { checkKeys, isAccordoError, own, refuse } from "../errors.js";
import type { AccordoError } from "../errors.js";
import type { Refusal } from "../errors.js";
import { RateBatch } from "../fx/bulk.js";
import type { ExchangeRate, RateDate, RateKind, RateTable } from "../fx/types.js";
import { resolveCurrency } from "../money/currency.js";
import type { Currency } from "../money/types.js";
import { CsvTokenizer } from "./csv.js";
import type { CsvRecord } from "./csv.js";
import type { ReadReport } from "./types.js";

/** A problem at a place in a file. */
export interface FileProblem {
  readonly line: number;
  readonly column: number;
  /** The name of the column or element the value belongs to (`"USD"`, `"OBS_VALUE"`), if any. */
  readonly field?: string | undefined;
  readonly expected: string;
  readonly received: unknown;
  readonly hint?: string | undefined;
}

/** The options every reader takes, checked. */
export interface CommonOptions {
  readonly pivot: Currency | undefined;
  readonly source: string | undefined;
  readonly collect: boolean;
  /** Custom currencies by code. */
  readonly currencies: ReadonlyMap<string, Currency>;
}

/** The keys every reader's options accept. */
export const COMMON_KEYS = ["pivot", "source", "currencies", "errors"] as const;

/** Checks the options every reader takes (after `checkKeys` with the reader's own keys). */
export function readCommon(fn: string, options: object | undefined, keys: readonly string[]): CommonOptions {
  checkKeys(fn, "options", options, keys);
  const pivotIn = own(options as { pivot?: unknown } | undefined, "pivot");
  const pivot = pivotIn === undefined ? undefined : resolveCurrency(pivotIn, `${fn}: options.pivot`);
  const source = own(options as { source?: unknown } | undefined, "source");
  if (source !== undefined && (typeof source !== "string" || source.trim() === "")) {
    refuse(typeof source === "string" ? "INVALID_INPUT" : "INVALID_TYPE", {
      function: fn,
      path: "options.source",
      expected: "a non-empty string (who published the rates)",
      received: source,
    });
  }
  const errors = own(options as { errors?: unknown } | undefined, "errors");
  if (errors !== undefined && errors !== "throw" && errors !== "collect") {
    refuse(typeof errors === "string" ? "INVALID_INPUT" : "INVALID_TYPE", {
      function: fn,
      path: "options.errors",
      expected: '"throw" (the default) or "collect"',
      received: errors,
    });
  }
  const listed = own(options as { currencies?: unknown } | undefined, "currencies");
  const currencies = new Map<string, Currency>();
  if (listed !== undefined) {
    if (!Array.isArray(listed)) {
      refuse("INVALID_TYPE", {
        function: fn,
        path: "options.currencies",
        expected: "an array of currencies from money.defineCurrency",
        received: listed,
      });
    }
    Array.from(listed as readonly unknown[], (c, i) => {
      const currency = resolveCurrency(c, `${fn}: options.currencies[${i}]`);
      currencies.set(currency.code, currency);
    });
  }
  return { pivot, source, collect: errors === "collect", currencies };
}

const PLAIN_DECIMAL = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Where a problem is, as the `path` of a refusal: `line 5, column 12 (USD)`. */
function placeOf(p: FileProblem): string {
  return `line ${p.line}, column ${p.column}${p.field === undefined ? "" : ` (${p.field})`}`;
}

/** The refusal's `expected` for an unknown currency code. @internal */
export const CURRENCY_EXPECTED = "an ISO 4217 currency code accordo knows, or one in options.currencies";
/** The refusal's hint for an unknown currency code: what to do with a withdrawn one. @internal */
export const CURRENCY_HINT =
  "Withdrawn currencies (CYP, SIT, EEK, ...) are not ISO 4217 codes today: leave their column out with options.only, " +
  'or define them with money.defineCurrency and pass them in options.currencies; with errors: "collect", the rest of the column is left out';

/** What a rate must be, for refusals. @internal */
export const RATE_EXPECTED = "a positive decimal number written with a dot (1.0813)";

/** Gathers the rates read from a file, and its problems: thrown at once, or collected. */
export class Sink {
  private readonly batch = new RateBatch();
  readonly errors: AccordoError[] = [];
  readonly fn: string;
  readonly options: CommonOptions;
  private readonly known = new Map<string, Currency | null>();

  constructor(fn: string, options: CommonOptions) {
    this.fn = fn;
    this.options = options;
  }

  /** The error for a problem (not thrown). */
  error(p: FileProblem): AccordoError {
    const refusal: Refusal = {
      function: this.fn,
      path: placeOf(p),
      expected: p.expected,
      received: p.received,
      line: p.line,
      column: p.column,
      ...(p.field === undefined ? {} : { field: p.field }),
      ...(p.hint === undefined ? {} : { hint: p.hint }),
    };
    try {
      return refuse("INVALID_TEXT", refusal);
    } catch (e) {
      if (isAccordoError(e)) return e;
      throw e;
    }
  }

  /** A problem in one row or value: thrown, or collected (and the value left out) with `errors: "collect"`. */
  problem(p: FileProblem): void {
    const e = this.error(p);
    if (!this.options.collect) throw e;
    this.errors.push(e);
  }

  /** A problem that stops the reading whatever the options (the file's structure is broken). */
  fatal(p: FileProblem): never {
    throw this.error(p);
  }

  /** The currency a code names (custom currencies first), or undefined. */
  currency(code: string): Currency | undefined {
    let found = this.known.get(code);
    if (found === undefined) {
      found = this.options.currencies.get(code) ?? null;
      if (found === null && /^[A-Z]{3}$/.test(code)) {
        try {
          found = resolveCurrency(code, this.fn);
        } catch {
          found = null;
        }
      }
      this.known.set(code, found);
    }
    return found ?? undefined;
  }

  /** The positive decimal a text writes, or undefined when it writes none (report it as {@link RATE_EXPECTED}). */
  rate(text: string): Decimal | undefined {
    if (!PLAIN_DECIMAL.test(text)) return undefined;
    const d = new D(text);
    return d.isFinite() && !d.isZero() ? d : undefined;
  }

  /** The rates read so far. */
  get rates(): readonly ExchangeRate[] {
    return this.batch.list;
  }

  /** Keeps a direct rate made of checked parts (distinct from the others by pair, date, source and kind). */
  add(base: Currency, quote: Currency, value: Decimal, on: RateDate, source: string | null, kind: RateKind): void {
    this.batch.add(base, quote, value, on, source, kind);
  }

  /**
   * The table of the rates read (pivot: options.pivot, else `pivot`), with the problems collected.
   * The rates were made from checked parts and checked distinct as they were read.
   */
  finish(pivot: Currency): RateTable | ReadReport {
    const made = this.batch.table(this.options.pivot ?? pivot);
    if (!this.options.collect) return made;
    return Object.freeze({ table: made, errors: Object.freeze([...this.errors]) });
  }
}

/** The base most rates share, else USD: the default pivot of a file of mixed pairs. */
export function commonBase(rates: readonly ExchangeRate[]): Currency {
  const first = rates[0];
  const usd = resolveCurrency("USD", "io");
  if (first === undefined) return usd;
  return rates.every((r) => r.base === first.base) ? first.base : usd;
}

/** A reader of one format: takes the text in pieces, and gives its result at the end. */
export interface Parser<T> {
  push(text: string): void;
  end(): T;
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === "function"
  );
}

const INPUT =
  "text (a string), or an async iterable of string or Uint8Array chunks (a Node stream, a web ReadableStream)";

/**
 * Runs a parser over text (synchronously) or over a stream of chunks (asynchronously, decoding
 * bytes as UTF-8 across chunk boundaries). A byte order mark at the start is dropped.
 */
export function run<T>(fn: string, input: unknown, parser: Parser<T>): T | Promise<T> {
  if (typeof input === "string") {
    parser.push(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
    return parser.end();
  }
  if (!isAsyncIterable(input))
    return refuse("INVALID_TYPE", { function: fn, path: "input", expected: INPUT, received: input });
  return (async () => {
    const decoder = new TextDecoder("utf-8", { fatal: true });
    let first = true;
    let index = 0;
    for await (const chunk of input) {
      let text: string;
      if (typeof chunk === "string") text = chunk;
      else if (chunk instanceof Uint8Array) {
        try {
          text = decoder.decode(chunk, { stream: true });
        } catch {
          return refuse("INVALID_TEXT", {
            function: fn,
            path: `input (chunk ${index})`,
            expected: "text encoded as UTF-8",
            received: `bytes that are not UTF-8`,
          });
        }
      } else {
        return refuse("INVALID_TYPE", {
          function: fn,
          path: `input (chunk ${index})`,
          expected: "a string or a Uint8Array",
          received: chunk,
        });
      }
      index++;
      if (first && text !== "") {
        first = false;
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      }
      if (text !== "") parser.push(text);
    }
    let rest: string;
    try {
      rest = decoder.decode();
    } catch {
      return refuse("INVALID_TEXT", {
        function: fn,
        path: "input (its end)",
        expected: "text encoded as UTF-8",
        received: "an incomplete UTF-8 sequence",
      });
    }
    if (rest !== "") parser.push(rest);
    return parser.end();
  })();
}

/**
 * A reader of a CSV format: the tokenizer's plumbing, the header first (`header`, called with
 * the first record), then each row (`row`); an empty file is refused naming the header expected.
 */
export abstract class CsvReader implements Parser<RateTable | ReadReport> {
  protected readonly sink: Sink;
  private readonly tokenizer: CsvTokenizer;
  private readonly headerText: string;
  private started = false;

  /**
   * @param sink - where rates and problems go
   * @param separator - the separator, or how to choose it from the first line
   * @param headerText - what the header should be, for the refusal of an empty file
   */
  constructor(sink: Sink, separator: string | ((firstLine: string) => string), headerText: string) {
    this.sink = sink;
    this.headerText = headerText;
    this.tokenizer = new CsvTokenizer(
      (record) => {
        if (this.started) this.row(record);
        else {
          this.started = true;
          this.header(record);
        }
      },
      (p) => sink.fatal(p),
      separator,
    );
  }

  push(text: string): void {
    this.tokenizer.push(text);
  }

  end(): RateTable | ReadReport {
    this.tokenizer.end();
    if (!this.started)
      return this.sink.fatal({ line: 1, column: 1, expected: this.headerText, received: "an empty file" });
    return this.sink.finish(this.pivot());
  }

  /** Reads the header (the first record). */
  protected abstract header(record: CsvRecord): void;
  /** Reads a row after the header. */
  protected abstract row(record: CsvRecord): void;
  /** The pivot of the table made when options name none. */
  protected abstract pivot(): Currency;
}

/**
 * What every reader function does: checks the options (the common ones and `keys`), makes the
 * sink and the parser, and runs it over the input.
 */
export function readWith<T>(
  fn: string,
  input: unknown,
  options: object | undefined,
  keys: readonly string[],
  make: (sink: Sink) => Parser<T>,
): T | Promise<T> {
  const common = readCommon(fn, options, keys);
  return run(fn, input, make(new Sink(fn, common)));
}
