/**
 * An RFC 4180 CSV tokenizer that reads text in chunks: quoted fields (with doubled quotes, the
 * separator and line breaks inside), CRLF or LF line endings, and the line and column where each
 * record and field starts, for error messages.
 *
 * @module
 * @internal
 */

/** One record: its fields, the line it starts on, and where each field starts. */
export interface CsvRecord {
  readonly fields: readonly string[];
  /** The 1-based line the record starts on. */
  readonly line: number;
  /**
   * The 1-based line and column where each field starts, for a record with quoted fields;
   * undefined for a plain one-line record (then {@link columnOf} adds up the field lengths).
   */
  readonly starts: readonly (readonly [number, number])[] | undefined;
}

/** A malformed piece of CSV: where, and what was expected there. */
export interface CsvProblem {
  readonly line: number;
  readonly column: number;
  readonly expected: string;
  readonly received: string;
}

/** The line and the 1-based column where field `i` of a record starts. */
export function positionOf(record: CsvRecord, i: number): readonly [number, number] {
  const start = record.starts?.[i];
  if (start !== undefined) return start;
  let column = 1;
  for (let k = 0; k < i && k < record.fields.length; k++) column += (record.fields[k] ?? "").length + 1;
  return [record.line, column];
}

/**
 * Splits text into records as it arrives. `push` takes the next chunk, `end` the end of the
 * input; records are handed to `onRecord` in order. Blank lines are skipped. The separator is
 * fixed, or chosen from the first line by `chooseSeparator` (SDMX-CSV 2.0 names it in its header).
 */
export class CsvTokenizer {
  private buffer = "";
  /** The line of the first character of `buffer`. */
  private line = 1;
  private separator: string | undefined;
  private readonly choose: ((firstLine: string) => string) | undefined;
  private readonly onRecord: (record: CsvRecord) => void;
  private readonly onProblem: (problem: CsvProblem) => never;

  constructor(
    onRecord: (record: CsvRecord) => void,
    onProblem: (problem: CsvProblem) => never,
    separator: string | ((firstLine: string) => string),
  ) {
    this.onRecord = onRecord;
    this.onProblem = onProblem;
    if (typeof separator === "string") this.separator = separator;
    else this.choose = separator;
  }

  /** Reads a chunk: every complete record in it is handed on; the rest waits for the next chunk. */
  push(chunk: string): void {
    this.buffer = this.buffer === "" ? chunk : this.buffer + chunk;
    this.drain(false);
  }

  /** Reads what is left: the last record need not end with a line break. */
  end(): void {
    this.drain(true);
  }

  private drain(final: boolean): void {
    const text = this.buffer;
    let pos = 0;
    const length = text.length;
    // The next quote at or after pos (-1: none left); found once per quote, not once per line.
    let quote = text.indexOf('"');
    while (pos < length) {
      if (this.separator === undefined) {
        const eol = text.indexOf("\n", pos);
        if (eol < 0 && !final) break;
        const first = text.slice(pos, eol < 0 ? length : eol);
        this.separator = (this.choose as (firstLine: string) => string)(
          first.endsWith("\r") ? first.slice(0, -1) : first,
        );
      }
      const eol = text.indexOf("\n", pos);
      if (eol < 0 && !final) break;
      const lineEnd = eol < 0 ? length : eol;
      if (quote >= 0 && quote < pos) quote = text.indexOf('"', pos);
      if (quote < 0 || quote > lineEnd) {
        // The common case: a record on one line, without quotes.
        let body = text.slice(pos, lineEnd);
        if (body.endsWith("\r")) body = body.slice(0, -1);
        if (body !== "") this.onRecord({ fields: body.split(this.separator), line: this.line, starts: undefined });
        this.line++;
        pos = eol < 0 ? length : eol + 1;
        continue;
      }
      const next = this.quoted(text, pos, final);
      if (next < 0) break;
      pos = next;
    }
    this.buffer = pos >= length ? "" : text.slice(pos);
  }

  /**
   * Reads one record with quotes from `start`; returns where the next record starts, or -1
   * when the record is not complete yet (more text is needed).
   */
  private quoted(text: string, start: number, final: boolean): number {
    const sep = this.separator as string;
    const fields: string[] = [];
    const starts: (readonly [number, number])[] = [];
    const firstLine = this.line;
    let line = firstLine;
    let lineStart = start;
    let pos = start;
    const length = text.length;
    for (;;) {
      starts.push([line, pos - lineStart + 1]);
      if (text[pos] === '"') {
        const openLine = line;
        const openColumn = pos - lineStart + 1;
        let value = "";
        pos++;
        for (;;) {
          const q = text.indexOf('"', pos);
          if (q < 0) {
            if (!final) return -1;
            return this.onProblem({
              line: openLine,
              column: openColumn,
              expected: "a closing quote for the field opened here",
              received: "the end of the file",
            });
          }
          const piece = text.slice(pos, q);
          for (let i = piece.indexOf("\n"); i >= 0; i = piece.indexOf("\n", i + 1)) {
            line++;
            lineStart = pos + i + 1;
          }
          value += piece;
          if (text[q + 1] === '"') {
            value += '"';
            pos = q + 2;
            continue;
          }
          if (q + 1 >= length && !final) return -1;
          pos = q + 1;
          break;
        }
        fields.push(value);
        const c = text[pos];
        if (c === sep) {
          pos++;
          continue;
        }
        if (c === "\r" && text[pos + 1] === "\n") pos++;
        else if (c === "\r" && pos + 1 >= length && !final) return -1;
        if (pos >= length || text[pos] === "\n") {
          this.line = line + 1;
          this.onRecord({ fields, line: firstLine, starts });
          return pos + 1;
        }
        return this.onProblem({
          line,
          column: pos - lineStart + 1,
          expected: `a separator "${sep}" or a line break after the closing quote`,
          received: c ?? "",
        });
      }
      // An unquoted field: up to the separator or the end of the line; it may not hold a quote.
      let end = pos;
      while (end < length && text[end] !== sep && text[end] !== "\n") end++;
      if (end >= length && !final) return -1;
      let value = text.slice(pos, end);
      const atEol = end >= length || text[end] === "\n";
      if (atEol && value.endsWith("\r")) value = value.slice(0, -1);
      const inner = value.indexOf('"');
      if (inner >= 0) {
        return this.onProblem({
          line,
          column: pos - lineStart + 1 + inner,
          expected:
            "no quote inside an unquoted field (RFC 4180: a field with quotes is enclosed in quotes, each doubled)",
          received: value,
        });
      }
      fields.push(value);
      if (!atEol) {
        pos = end + 1;
        continue;
      }
      this.line = line + 1;
      this.onRecord({ fields, line: firstLine, starts });
      return end + 1;
    }
  }
}
