/**
 * Reading a figure from article text, keeping its written precision.
 *
 * @module
 */
import { readOptions, refuse } from "../errors.js";
import { readSentence } from "../sentence.js";
import { reported } from "./create.js";
import { readLocale, separatorsOf } from "./format.js";
import type { Figure, FigureParseOptions } from "./types.js";

/** The longest text read (longer text is refused with TEXT_TOO_LONG). */
const MAX_TEXT = 200;

/** Scale words by power of ten, in en, it, de, fr, es and zh (lower case). */
const SCALE_WORDS: ReadonlyMap<string, number> = /* @__PURE__ */ (() =>
  new Map([
    ...["thousand", "k", "mila", "mille", "tausend", "tsd.", "mil"].map((w) => [w, 3] as const),
    ...["million", "millions", "mn", "m", "milione", "milioni", "mln", "millionen", "mio.", "millón", "millones"].map(
      (w) => [w, 6] as const,
    ),
    ...[
      "billion",
      "billions",
      "bn",
      "miliardo",
      "miliardi",
      "mld",
      "milliarde",
      "milliarden",
      "mrd.",
      "milliard",
      "milliards",
      "mil millones",
    ].map((w) => [w, 9] as const),
    ...["trillion", "trillions", "tn"].map((w) => [w, 12] as const),
    ["万", 4],
    ["亿", 8],
    ["万亿", 12],
  ]))();

/**
 * Reads a number as an article writes it, with the bounds its written digits
 * imply: `"193,48 miliardi"` in `"it-IT"` is 193.48e9 within [193.475e9,
 * 193.485e9). The locale's decimal and group separators are used (default
 * `"en-US"`); a scale word after the number multiplies the value and the bounds
 * (thousand, million, billion, trillion, bn; mila, milioni, miliardi; Mio.,
 * Mrd., Milliarden; millions, milliards; millones, mil millones; 万, 亿, 万亿).
 * One punctuation mark that ends a sentence after the figure (`.`, `,`, `;`, `:`, `。`, `，`, `；`, `：`),
 * with spaces around it, is not read (`"30.26 billion."`); the text as written is read first, so
 * that `"Mio."` keeps its point and `"1,234."` is read as written, strict mode included.
 * Text longer than 200 characters is refused, so reading stays linear. With `strict: true` and no
 * `locale`, a number whose one separator is followed by three digits (`"1,234"`, `"1.234"`: thousands
 * or decimals?) is refused instead of read as in `"en-US"`.
 *
 * @param text - the figure as written (`"193,48 miliardi"`, `"1934.8亿"`, `"30.26 billion"`)
 * @param options - `locale` (BCP 47, default `"en-US"`), `rounding` (as in `figure.reported`) and `strict`
 *   (default false)
 * @returns a frozen figure with the rounding bounds of its last written digit
 * @throws {@link accordo!AccordoError} `INVALID_TEXT` when the text is not a number with an optional scale word
 *   (details name the locale), or is ambiguous in strict mode; `TEXT_TOO_LONG` over 200 characters;
 *   `INVALID_TYPE` when `strict` is not a boolean; `INVALID_VALUE` for an unknown locale;
 *   `UNKNOWN_OPTION` for an unknown option
 * @example
 * {@includeCode ../../test/figure/examples.test.ts#parse}
 * {@includeCode ../../test/figure/parse-strict.test.ts#parseStrict}
 * @category Constructors
 * @since 0.1.0
 */
export function parse(text: string, options: FigureParseOptions = {}): Figure {
  return readSentence(text, (t) => readFigure(t, options));
}

/** Reads the text as written (`parse` reads it again without a final punctuation mark). */
function readFigure(text: string, options: FigureParseOptions): Figure {
  const opts = readOptions("figure.parse", "options", options, ["locale", "rounding", "strict"]);
  const strict = opts.strict ?? false;
  if (typeof strict !== "boolean")
    refuse("INVALID_TYPE", {
      function: "figure.parse",
      path: "options.strict",
      expected: "a boolean",
      received: strict,
    });
  const locale = readLocale(opts.locale, "figure.parse") ?? "en-US";
  if (typeof text !== "string")
    return refuse("INVALID_TEXT", {
      function: "figure.parse",
      path: "text",
      expected: "a string",
      received: text,
      locale,
    });
  if (text.length > MAX_TEXT) {
    return refuse("TEXT_TOO_LONG", {
      function: "figure.parse",
      path: "text",
      expected: `at most ${MAX_TEXT} characters`,
      length: text.length,
    });
  }
  const s = text
    .normalize("NFKC")
    .replace(/[\u00a0\u202f\u2009]/g, " ")
    .trim()
    .replace(/\s+/g, " ")
    .replace(/\u2212/g, "-");
  const { decimal, group } = separatorsOf(locale);
  const groupChar = group.normalize("NFKC").replace(/[\u00a0\u202f\u2009]/g, " ");
  // the number: a sign, then digits and separators; the rest is the scale word
  let end = 0;
  if (s.startsWith("-") || s.startsWith("+")) end = 1;
  while (end < s.length && (/[0-9]/.test(s.charAt(end)) || s.charAt(end) === decimal || s.charAt(end) === groupChar))
    end++;
  const written = s.slice(0, end).trim();
  const word = s.slice(end).trim().toLowerCase();
  const exponent = word === "" ? 0 : SCALE_WORDS.get(word);
  const bad = (why: string): never =>
    refuse("INVALID_TEXT", {
      function: "figure.parse",
      path: "text",
      expected: `a number as written in ${locale}, with an optional scale word`,
      received: text,
      locale,
      hint: why,
    });
  if (exponent === undefined) return bad(`${JSON.stringify(word)} is not a known scale word`);
  // Strict mode: "1,234" or "1.234" with no locale given may use either separator as the decimal one.
  // ("1,234." too: the point may end the sentence.)
  if (strict && opts.locale === undefined && /^[+-]?\d{1,3}[.,]\d{3}[.,]?$/.test(written))
    return bad(`${JSON.stringify(written)} may use its separator for thousands or decimals; pass a locale`);
  const pieces = written.split(decimal);
  if (pieces.length > 2) return bad(`more than one decimal separator ${JSON.stringify(decimal)}`);
  const [integer = "", fraction] = pieces;
  const groups = integer.replace(/^[+-]/, "").split(groupChar);
  if (groups.length > 1 && !(groups.slice(1).every((g) => /^\d{3}$/.test(g)) && /^\d{1,3}$/.test(groups[0] ?? ""))) {
    return bad(`misplaced group separator ${JSON.stringify(groupChar)}`);
  }
  const digits = `${integer.replace(/^[+-]/, "").split(groupChar).join("")}${fraction === undefined ? "" : `.${fraction}`}`;
  if (!/^\d*(\.\d*)?$/.test(digits) || !/\d/.test(digits)) return bad("no number");
  const sign = written.startsWith("-") ? "-" : "";
  return reported(`${sign}${digits}`, {
    scale: exponent,
    ...(opts.rounding === undefined ? {} : { rounding: opts.rounding }),
  });
}
