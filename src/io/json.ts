/**
 * A JSON parser (RFC 8259) that keeps where each value starts, for error messages, and the text
 * of each number as written, so that a rate written `1.08125000000000000001` loses no digit.
 *
 * @module
 * @internal
 */

/** A JSON value with its place. Numbers keep their text. */
export type JsonNode =
  | { readonly type: "object"; readonly entries: readonly (readonly [string, JsonNode, Place])[]; readonly at: Place }
  | { readonly type: "array"; readonly items: readonly JsonNode[]; readonly at: Place }
  | { readonly type: "string"; readonly value: string; readonly at: Place }
  | { readonly type: "number"; readonly text: string; readonly at: Place }
  | { readonly type: "literal"; readonly value: boolean | null; readonly at: Place };

/** A 1-based line and column. */
export interface Place {
  readonly line: number;
  readonly column: number;
}

/** What a malformed JSON text gives: where, and what was expected there. */
export interface JsonProblem extends Place {
  readonly expected: string;
  readonly received: string;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
};

/** Parses a whole JSON text; `onProblem` is called (and throws) at the first error. */
export function parseJson(text: string, onProblem: (problem: JsonProblem) => never): JsonNode {
  let pos = 0;
  let line = 1;
  let lineStart = 0;
  const here = (): Place => ({ line, column: pos - lineStart + 1 });
  const problem = (expected: string): never =>
    onProblem({
      ...here(),
      expected,
      received: pos >= text.length ? "the end of the text" : JSON.stringify(text.slice(pos, pos + 12)),
    });
  const space = (): void => {
    for (; pos < text.length; pos++) {
      const c = text.charCodeAt(pos);
      if (c === 10) {
        line++;
        lineStart = pos + 1;
      } else if (c !== 32 && c !== 9 && c !== 13) return;
    }
  };
  const string = (): string => {
    pos++; // the opening quote
    let out = "";
    for (;;) {
      const q = text.indexOf('"', pos);
      const b = text.indexOf("\\", pos);
      if (q < 0) return problem('a closing quote "');
      const stop = b >= 0 && b < q ? b : q;
      const piece = text.slice(pos, stop);
      // eslint-disable-next-line no-control-regex
      const control = /[\u0000-\u001f]/.exec(piece);
      if (control !== null) {
        pos += control.index;
        return problem("no control character inside a string (escape it)");
      }
      out += piece;
      pos = stop;
      if (stop === q) {
        pos++;
        return out;
      }
      const e = text[pos + 1] ?? "";
      if (e === "u") {
        const hex = text.slice(pos + 2, pos + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) return problem("a \\u escape with four hexadecimal digits");
        out += String.fromCharCode(parseInt(hex, 16));
        pos += 6;
      } else if (ESCAPES[e] !== undefined) {
        out += ESCAPES[e];
        pos += 2;
      } else {
        return problem('an escape: \\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX');
      }
    }
  };
  /** The members of an object or array from its opening bracket to `close`, each read by `read`. */
  const list = <T>(close: string, what: string, read: () => T): T[] => {
    pos++; // the opening bracket
    const out: T[] = [];
    space();
    if (text[pos] === close) {
      pos++;
      return out;
    }
    for (;;) {
      out.push(read());
      space();
      if (text[pos] === ",") pos++;
      else if (text[pos] === close) {
        pos++;
        return out;
      } else return problem(`"," or "${close}" after ${what}`);
    }
  };
  const value = (depth: number): JsonNode => {
    space();
    const at = here();
    const c = text[pos];
    if (depth > 512) return problem("JSON nested at most 512 levels deep");
    if (c === "{") {
      const entries = list("}", "a property", () => {
        space();
        const keyAt = here();
        if (text[pos] !== '"') return problem("a property name in double quotes");
        const key = string();
        space();
        if (text[pos] !== ":") return problem('":" after the property name');
        pos++;
        return [key, value(depth + 1), keyAt] as const;
      });
      return { type: "object", entries, at };
    }
    if (c === "[") return { type: "array", items: list("]", "an array element", () => value(depth + 1)), at };
    if (c === '"') return { type: "string", value: string(), at };
    NUMBER.lastIndex = pos;
    const number = NUMBER.exec(text);
    if (number !== null) {
      pos += number[0].length;
      return { type: "number", text: number[0], at };
    }
    for (const [word, literal] of [
      ["true", true],
      ["false", false],
      ["null", null],
    ] as const) {
      if (text.startsWith(word, pos)) {
        pos += word.length;
        return { type: "literal", value: literal, at };
      }
    }
    return problem("a JSON value");
  };
  const root = value(0);
  space();
  if (pos < text.length) problem("the end of the text after the JSON value");
  return root;
}
