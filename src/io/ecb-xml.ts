/**
 * The reader of the ECB's euro reference rates XML: the daily `eurofxref-daily.xml`, and
 * `eurofxref-hist-90d.xml` and `eurofxref-hist.xml`.
 *
 * @module
 */
import type { RateTable } from "../fx/types.js";
import { resolveCurrency } from "../money/currency.js";
import type { Currency } from "../money/types.js";
import { isDate } from "../period/calendar.js";
import { ECB_KEYS, checkOnlyFound, readOnly } from "./only.js";
import { CURRENCY_EXPECTED, CURRENCY_HINT, RATE_EXPECTED, type Sink, readWith } from "./read.js";
import type { Parser } from "./read.js";
import type { EcbReadOptions, RateFileInput, ReadReport, ReadResult, ThrowingOptions } from "./types.js";

/** An open XML element. */
interface Frame {
  readonly name: string;
  readonly line: number;
  readonly column: number;
  /** For a `<Cube time>`: its date, or null when it was refused (its rates are then left out). */
  readonly time?: string | null;
}

const ATTRIBUTE = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

class EcbXml implements Parser<RateTable | ReadReport> {
  private readonly sink: Sink;
  private readonly euro: Currency = resolveCurrency("EUR", "io");
  private readonly source: string;
  private readonly only: ReadonlySet<string> | undefined;
  private buffer = "";
  /** Line and 0-based column of the first character of `buffer`. */
  private line = 1;
  private column = 0;
  private readonly stack: Frame[] = [];
  private rooted = false;
  /** The day of the open `<Cube time>` (null: refused), or undefined outside one. */
  private time: string | null | undefined;
  private readonly days = new Map<string, number>();
  private readonly inDay = new Set<string>();
  private readonly found = new Set<string>();
  /** Unknown codes already refused (once each: their later rates are left out). */
  private readonly unknown = new Set<string>();

  constructor(sink: Sink, only: ReadonlySet<string> | undefined) {
    this.sink = sink;
    this.only = only;
    this.source = sink.options.source ?? "ECB";
  }

  push(text: string): void {
    this.buffer += text;
    this.scan(false);
  }

  end(): RateTable | ReadReport {
    this.scan(true);
    const open = this.stack[this.stack.length - 1];
    if (open !== undefined) {
      this.sink.fatal({
        line: this.line,
        column: this.column + 1,
        expected: `</${open.name}>, closing the element opened at line ${open.line}`,
        received: "the end of the file",
      });
    }
    if (!this.rooted) {
      this.sink.fatal({
        line: 1,
        column: 1,
        expected: "the ECB's XML, a <gesmes:Envelope> holding <Cube> elements",
        received: "no element",
      });
    }
    checkOnlyFound(this.sink.fn, this.only, this.found);
    return this.sink.finish(this.euro);
  }

  /** Moves the line and column from `from` to `to` in `text`. */
  private advance(text: string, from: number, to: number): void {
    const nl = text.lastIndexOf("\n", to - 1);
    if (nl < from) {
      this.column += to - from;
      return;
    }
    this.column = to - nl - 1;
    for (let i = text.indexOf("\n", from); i >= 0 && i < to; i = text.indexOf("\n", i + 1)) this.line++;
  }

  private scan(final: boolean): void {
    const text = this.buffer;
    const length = text.length;
    let pos = 0;
    while (pos < length) {
      const lt = text.indexOf("<", pos);
      if (lt < 0) {
        this.advance(text, pos, length);
        pos = length;
        break;
      }
      this.advance(text, pos, lt);
      pos = lt;
      const line = this.line;
      const column = this.column + 1;
      let close: string;
      if (text.startsWith("<!--", lt)) close = "-->";
      else if (text.startsWith("<![CDATA[", lt)) close = "]]>";
      else if (text.startsWith("<?", lt)) close = "?>";
      else close = ">";
      let end: number;
      if (close === ">") {
        // the end of the tag: the first ">" outside a quoted attribute value
        let quote = "";
        end = -1;
        for (let i = lt + 1; i < length; i++) {
          const c = text[i];
          if (quote !== "") {
            if (c === quote) quote = "";
          } else if (c === '"' || c === "'") quote = c;
          else if (c === ">") {
            end = i;
            break;
          }
        }
      } else {
        end = text.indexOf(close, lt + 2);
      }
      if (end < 0) {
        if (!final) break;
        this.sink.fatal({
          line,
          column,
          expected: `"${close}", ending the markup that starts here`,
          received: "the end of the file",
        });
      }
      if (close === ">") this.element(text.slice(lt + 1, end), line, column);
      const after = end + close.length;
      this.advance(text, lt, after);
      pos = after;
    }
    this.buffer = pos >= length ? "" : text.slice(pos);
  }

  private element(tag: string, line: number, column: number): void {
    const sink = this.sink;
    if (tag.startsWith("!")) return; // a DOCTYPE
    if (tag.startsWith("/")) {
      const name = tag.slice(1).trim();
      const open = this.stack.pop();
      if (open === undefined)
        return sink.fatal({ line, column, expected: "no closing tag: no element is open", received: `</${name}>` });
      if (open.name !== name) {
        sink.fatal({
          line,
          column,
          expected: `</${open.name}>, closing the element opened at line ${open.line}`,
          received: `</${name}>`,
        });
      }
      if (open.time !== undefined) {
        this.time = undefined;
        this.inDay.clear();
      }
      return;
    }
    const selfClosing = tag.endsWith("/");
    const body = selfClosing ? tag.slice(0, -1) : tag;
    const nameEnd = body.search(/\s|$/);
    const name = body.slice(0, nameEnd);
    if (!/^[A-Za-z_][\w.:-]*$/.test(name))
      sink.fatal({ line, column, expected: "an element name after <", received: `<${tag}>` });
    if (this.stack.length === 0) {
      if (this.rooted || name.slice(name.indexOf(":") + 1) !== "Envelope") {
        sink.fatal({
          line,
          column,
          expected: this.rooted ? "nothing after the root element" : "the ECB's root element <gesmes:Envelope>",
          received: `<${name}>`,
        });
      }
      this.rooted = true;
    }
    let frame: Frame = { name, line, column };
    if (name === "Cube") {
      const attributes = new Map<string, string>();
      const rest = body
        .slice(nameEnd)
        .replace(ATTRIBUTE, (_, key: string, dq: string | undefined, sq: string | undefined) => {
          attributes.set(key, dq ?? sq ?? "");
          return "";
        });
      if (rest.trim() !== "")
        sink.fatal({ line, column, expected: "attributes written name='value'", received: `<${tag}>` });
      frame = this.cube(attributes, frame);
    }
    if (!selfClosing) this.stack.push(frame);
  }

  /** A `<Cube>`: a wrapper, a day (`time`), or a rate (`currency`, `rate`) within a day. */
  private cube(attributes: ReadonlyMap<string, string>, frame: Frame): Frame {
    const { sink } = this;
    const { line, column } = frame;
    const time = attributes.get("time");
    const code = attributes.get("currency");
    const rate = attributes.get("rate");
    if (time !== undefined && attributes.size === 1) {
      if (this.time !== undefined)
        sink.fatal({
          line,
          column,
          expected: "a <Cube time> outside any other <Cube time>",
          received: `<Cube time='${time}'>`,
        });
      this.inDay.clear();
      const earlier = this.days.get(time);
      if (!isDate(time)) {
        sink.problem({ line, column, field: "time", expected: "an ISO date YYYY-MM-DD", received: time });
        this.time = null;
      } else if (earlier !== undefined) {
        sink.problem({
          line,
          column,
          field: "time",
          expected: `a day not already read (line ${earlier} has ${time})`,
          received: time,
        });
        this.time = null;
      } else {
        this.days.set(time, line);
        this.time = time;
      }
      return { ...frame, time: this.time };
    }
    if (code !== undefined && rate !== undefined && attributes.size === 2) {
      const day = this.time;
      if (day === undefined) {
        sink.problem({
          line,
          column,
          expected: "a rate inside a <Cube time='YYYY-MM-DD'>",
          received: `<Cube currency='${code}' rate='${rate}'>`,
        });
        return frame;
      }
      if (day === null) return frame;
      this.found.add(code);
      if (this.only !== undefined && !this.only.has(code)) return frame;
      const currency = sink.currency(code);
      if (currency === undefined && this.unknown.has(code)) return frame;
      if (currency === undefined) this.unknown.add(code);
      if (currency === undefined || currency.code === "EUR") {
        sink.problem({
          line,
          column,
          field: "currency",
          expected:
            currency === undefined ? CURRENCY_EXPECTED : "a currency other than the euro (the rates are of the euro)",
          received: code,
          hint: currency === undefined ? CURRENCY_HINT : undefined,
        });
        return frame;
      }
      if (this.inDay.has(code)) {
        sink.problem({
          line,
          column,
          field: "currency",
          expected: `a currency not already read for ${day}`,
          received: code,
        });
        return frame;
      }
      this.inDay.add(code);
      const value = sink.rate(rate);
      if (value !== undefined) sink.add(this.euro, currency, value, day, this.source, "spot");
      else sink.problem({ line, column, field: "rate", expected: RATE_EXPECTED, received: rate });
      return frame;
    }
    if (attributes.size > 0) {
      const shown = [...attributes.keys()].join(", ");
      sink.problem({
        line,
        column,
        expected: "a <Cube> with no attribute, with time, or with currency and rate",
        received: `<Cube> with ${shown}`,
      });
    }
    return frame;
  }
}

/**
 * Reads the ECB's euro foreign exchange reference rates from the XML it publishes: the daily
 * `eurofxref-daily.xml`, and `eurofxref-hist-90d.xml` and `eurofxref-hist.xml` (the same shape
 * with one dated `<Cube>` per day): a `<gesmes:Envelope>` holding `<Cube time='YYYY-MM-DD'>`
 * elements, each holding `<Cube currency='USD' rate='1.0813'/>`. Each rate is 1 EUR in that
 * currency, kind `spot`, dated its `<Cube time>`, source `"ECB"` unless `options.source`.
 *
 * Comments, the XML declaration and text are skipped; elements must nest. A malformed value (a
 * time that is not a day, a rate that is not a positive decimal, a day or a currency of a day
 * read twice, a currency the library does not know) is refused with `INVALID_TEXT` naming its
 * line and column, or, with `errors: "collect"`, left out and its error returned beside the
 * table. Broken markup (an unclosed tag or element, another root element) is always refused.
 *
 * @param input - the file's text, or its content as a stream of chunks (string or UTF-8 bytes)
 * @param options - `only` (the currencies to read), `source` (default `"ECB"`), `pivot` (default
 *   EUR), `currencies` (custom currencies), `errors` (`"throw"` or `"collect"`)
 * @returns a frozen {@link RateTable} (a {@link ReadReport} with `errors: "collect"`); a Promise of
 *   it for a stream
 * @throws {@link accordo!AccordoError} `INVALID_TEXT` for malformed XML or a malformed value
 *   (details: `line`, `column`, `field`, `expected`, `received`); `INVALID_TYPE` for an input that
 *   is neither text nor an async iterable, or an option of the wrong type; `UNKNOWN_OPTION` for an unknown option; `INVALID_INPUT`
 *   for an invalid option value, or an `only` code the file does not have; `UNKNOWN_CURRENCY` for
 *   an unknown `pivot`
 * @example
 * {@includeCode ../../test/io/examples.test.ts#readEcbXml}
 * @category Reading files
 * @since 0.1.0
 */
export function readEcbXml<I extends RateFileInput, O extends EcbReadOptions = ThrowingOptions>(
  input: I,
  options?: O,
): ReadResult<I, O> {
  const fn = "io.readEcbXml";
  return readWith(fn, input, options, ECB_KEYS, (sink) => new EcbXml(sink, readOnly(fn, options))) as ReadResult<I, O>;
}
