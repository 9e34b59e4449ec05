/**
 * Public types of the `io` namespace.
 *
 * @module
 */
import type { AccordoError } from "../errors.js";
import type { RateTable } from "../fx/types.js";
import type { Currency } from "../money/types.js";

/**
 * What a reader reads: the whole text of a file (read synchronously), or its content as a stream
 * of chunks (read asynchronously): a Node readable stream, a web `ReadableStream` (both are async
 * iterable in Node 20), or any async iterable of strings or UTF-8 bytes.
 *
 * @category Reading files
 * @since 0.1.0
 */
export type RateFileInput = string | AsyncIterable<string | Uint8Array>;

/**
 * Options every reader takes.
 *
 * @category Reading files
 * @since 0.1.0
 */
export interface ReadOptions {
  /** The pivot currency of the table made (a code or a Currency); each reader says its default. */
  readonly pivot?: string | Currency | undefined;
  /** Who published the rates, stored as each rate's `source`; each reader says its default. */
  readonly source?: string | undefined;
  /** Custom currencies (from `money.defineCurrency`) that codes in the file may name. */
  readonly currencies?: readonly Currency[] | undefined;
  /**
   * `"throw"` (the default): the first malformed row or value throws. `"collect"`: each one is
   * left out and its error collected; the reader then returns a {@link ReadReport}. A file whose
   * structure is broken (no header, a missing column, an unclosed quote or element) throws either way.
   */
  readonly errors?: "throw" | "collect" | undefined;
}

/**
 * Options of {@link io.readEcbCsv} and {@link io.readEcbXml}.
 *
 * @category Reading files
 * @since 0.1.0
 */
export interface EcbReadOptions extends ReadOptions {
  /**
   * Read only these currencies (codes); the others are left out. Each must be in the file. Use it
   * to skip the columns of currencies the euro replaced (CYP, SIT, EEK, ...), which are not ISO
   * 4217 codes any more, or to load a large history faster.
   */
  readonly only?: readonly string[] | undefined;
}

/**
 * Options of {@link io.readSdmxCsv}.
 *
 * @category Reading files
 * @since 0.1.0
 */
export interface SdmxReadOptions extends ReadOptions {
  /**
   * The currency of each area code of the file (`COUNTRY` or `REF_AREA`), as a code or a Currency:
   * the IMF writes a rate of the domestic currency as `XDC` (`XDC_USD`: domestic currency per US
   * dollar) and names the area, not its currency. `{ SWE: "SEK", JPN: "JPY" }`.
   */
  readonly areas?: Readonly<Record<string, string | Currency>> | undefined;
}

/**
 * What a reader returns with `errors: "collect"`: the table of the rates read, and the error of
 * each row or value left out (an `AccordoError` with code `INVALID_TEXT` whose details name the
 * line and column), in the order met.
 *
 * @category Reading files
 * @since 0.1.0
 */
export interface ReadReport {
  /** The rates that could be read. */
  readonly table: RateTable;
  /** One error per row or value left out. */
  readonly errors: readonly AccordoError[];
}

/**
 * Options that ask a reader to collect the problems it meets rather than throw at the first.
 *
 * @category Reading files
 * @since 0.1.0
 */
export interface CollectingOptions {
  /** Collect each malformed row or value, and return a {@link ReadReport}. */
  readonly errors: "collect";
}

/**
 * The options a reader assumes when none are given: the first problem throws.
 *
 * @category Reading files
 * @since 0.1.0
 */
export interface ThrowingOptions {
  /** Throw at the first malformed row or value (the default). */
  readonly errors?: "throw";
}

/**
 * What a reader gives for options `O`: a {@link ReadReport} with `errors: "collect"`, else the table.
 *
 * @category Reading files
 * @since 0.1.0
 */
export type ReadOutcome<O> = O extends CollectingOptions
  ? ReadReport
  : "errors" extends keyof O
    ? O[keyof O & "errors"] extends "throw" | undefined
      ? RateTable
      : RateTable | ReadReport
    : RateTable;

/**
 * What a reader returns for input `I` and options `O`: its {@link ReadOutcome} for text, a Promise
 * of it for a stream of chunks.
 *
 * @category Reading files
 * @since 0.1.0
 */
export type ReadResult<I, O> = I extends string ? ReadOutcome<O> : Promise<ReadOutcome<O>>;
