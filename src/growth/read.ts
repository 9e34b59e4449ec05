/**
 * Reading a growth rate or a change in percentage points from article text, keeping its written
 * precision: the number is read by `figure.parse`, the words around it by the table of
 * `read-words.ts`.
 *
 * @module
 */
import { isAccordoError, readOptions, refuse } from "../errors.js";
import { readSentence } from "../sentence.js";
import { mul } from "../figure/arithmetic.js";
import { readLocale } from "../figure/format.js";
import { parse as parseFigure } from "../figure/parse.js";
import type { Figure } from "../figure/types.js";
import { pointsOf, rateOf, readBasis } from "./internal.js";
import { LANG_LOCALE, wordsStartingWith, type GrowthWord, type WordLang } from "./read-words.js";
import type { GrowthBasis, GrowthParseOptions, GrowthRate, PercentagePoints } from "./types.js";

/** The longest text read, in UTF-16 units (longer text is refused with TEXT_TOO_LONG before it is read). */
const MAX_TEXT = 200;

const FN = "growth.parse";
const LETTER = /\p{L}/u;
/** A number at a position: digit groups joined by one separator each (".", ",", "'" or a space). */
const NUMBER = /\d+(?:[.,' ]\d+)*/y;
/** Languages that write a decimal comma. */
const COMMA: ReadonlySet<WordLang> = new Set<WordLang>(["it", "de", "fr", "es"]);

/** What the scan of the text found. */
interface Scan {
  number: string | undefined;
  sign: "+" | "-" | undefined;
  unit: GrowthWord | undefined;
  direction: GrowthWord | undefined;
  /** The first word of price basis (real, nominal); a second one must agree. */
  basis: GrowthWord | undefined;
  yoy: GrowthWord | undefined;
  readonly langs: WordLang[];
}

/**
 * Reads a growth rate as an article writes it, with the bounds of its written digits:
 * `"+38,8%"`, `"in crescita del 38,8%"`, `"增长38.8%"`, `"up 38.8% year on year"`,
 * `"Zuwachs von 38,8 %"`, `"en hausse de 38,8 %"`, `"un aumento del 38,8%"`, `"down 2.1%"`,
 * `"in calo del 2,1%"`, `"下降2.1%"`. `38.8%` is the fraction 0.388 within [0.3875, 0.3885).
 *
 * - **Percentage points** (`"-2.1 pp"`, `"0,7 punti percentuali"`, `"下降0.5个百分点"`,
 *   `"Prozentpunkte"`, `"points de pourcentage"`, `"puntos porcentuales"`) are a change of a
 *   percentage, not a growth rate: they are read as {@link PercentagePoints}, the type
 *   `growth.pointChange` returns (`-2.1 pp` holds the points -2.1).
 * - **Direction**: a word of direction sets the sign (up, rose, in crescita, in calo, 增长, 下降,
 *   Zuwachs, Rückgang, hausse, baisse, aumento, caída, descenso...). A sign that contradicts it
 *   (`"down +2.1%"`) is refused; one that agrees (`"in calo del -2,1%"`) is the same fall. Nouns
 *   without a direction (growth, crescita, Wachstum, croissance, crecimiento) leave the sign to the number.
 * - **Price basis**: words of a real rate (实际, real, in real terms, in termini reali, a prezzi
 *   costanti, preisbereinigt, en volume, en termes réels, en términos reales) or of a nominal one (名义,
 *   nominal, in nominal terms, nominale, en valeur) set the rate's basis (`"实际增长5.2%"` is real);
 *   without them it is `options.basis`, by default `"unspecified"`. Text that says both, or a basis
 *   other than `options.basis` (when that is not `"unspecified"`), is refused. Percentage points carry
 *   no basis: the words are read and not kept.
 * - **Year on year** (year on year, yoy, su base annua, 同比, gegenüber dem Vorjahr, sur un an,
 *   interanual) says what the rate compares with (the same period a year earlier); it does not change
 *   the value: the rate is neither annualised nor compounded. A rate records no comparison span, so
 *   words that compare with the previous month or quarter (环比, month on month, m/m, quarter on
 *   quarter, q/q, rispetto al mese precedente, gegenüber dem Vormonat, sur un mois, intermensual,
 *   intertrimestral) are refused, with a problem that says so, rather than read as a rate that looks
 *   like any other.
 * - **Separators**: those of `options.locale`; without one, those of the language of the words
 *   (Italian, German, French and Spanish write a decimal comma; English and Chinese a point);
 *   without words, a single `,` or `.` followed by other than three digits is the decimal separator.
 * - **Strict mode** (`strict: true`) refuses what the default mode reads by a convention: a number
 *   without `%` or percentage points (read as a percentage otherwise, as in a table's "%" column), and
 *   a number such as `"1,234%"` whose separator no locale and no word decides (read as en-US otherwise).
 * - In any mode, text that is not one rate is refused: no number or two numbers, a unit away from its
 *   number, two directions, both a real and a nominal basis, an unknown word (`"rose to 5%"` is a
 *   level, not a change).
 * - **End of a sentence**: one punctuation mark after the rate (`.`, `,`, `;`, `:`, `。`, `，`, `；`,
 *   `：`), with spaces around it, is not read (`"up 38.8% year on year."`); the text as written is
 *   tried first, so that `"p.p."` keeps its point.
 * - Text longer than 200 characters is refused before it is read; reading is linear in the length.
 *
 * @param text - the growth as written (`"in crescita del 38,8%"`, `"-2.1 pp"`)
 * @param options - `locale` (BCP 47), `strict` (default false), `basis` of a rate (default
 *   `"unspecified"`) and the publisher's `rounding` (default `"halfUp"`, as in `figure.reported`)
 * @returns a frozen growth rate, or frozen percentage points when the text says points
 * @throws {@link accordo!AccordoError} `INVALID_TYPE` when the text is not a string or an option has the
 *   wrong type; `TEXT_TOO_LONG` over 200 characters; `INVALID_TEXT` when the text is not one growth rate or
 *   change in points (details: `locale` used and `problem`), compares with the previous month or quarter,
 *   says a basis against `options.basis`, or is ambiguous in strict mode; `UNKNOWN_OPTION`
 *   for an unknown option; `INVALID_VALUE` for an unknown locale; `INVALID_INPUT` for an unknown basis
 * @example
 * {@includeCode ../../test/growth/parse-examples.test.ts#parse}
 * {@includeCode ../../test/growth/parse-examples.test.ts#parsePoints}
 * {@includeCode ../../test/growth/parse-examples.test.ts#parseStrict}
 * {@includeCode ../../test/growth/parse-examples.test.ts#parseBasis}
 * @category Constructors
 * @since 0.1.0
 */
export function parse(text: string, options?: GrowthParseOptions): GrowthRate | PercentagePoints {
  return readSentence(text, (t) => readGrowth(t, options));
}

/** Reads the text as written (`parse` reads it again without a final punctuation mark). */
function readGrowth(text: string, options: GrowthParseOptions | undefined): GrowthRate | PercentagePoints {
  const opts = readOptions(FN, "options", options, ["locale", "strict", "basis", "rounding"]);
  const given = opts.locale === undefined ? undefined : readLocale(opts.locale, FN);
  const strict = opts.strict ?? false;
  if (typeof strict !== "boolean")
    refuse("INVALID_TYPE", { function: FN, path: "options.strict", expected: "a boolean", received: strict });
  const basis = readBasis(opts.basis, `${FN}: options.basis`);
  if (typeof text !== "string")
    return refuse("INVALID_TYPE", { function: FN, path: "text", expected: "a string", received: text });
  if (text.length > MAX_TEXT) {
    return refuse("TEXT_TOO_LONG", {
      function: FN,
      path: "text",
      expected: `at most ${MAX_TEXT} characters`,
      received: `${text.length} characters`,
      limit: MAX_TEXT,
      length: text.length,
    });
  }
  const s = text
    .normalize("NFKC")
    .replace(/[\u00a0\u202f\u2009]/g, " ")
    .replace(/[\u2019\u02bc]/g, "'")
    .replace(/[\u2212\u2013](?=\s?\d)/g, "-")
    .trim()
    .replace(/\s+/g, " ")
    .toLowerCase();
  const scan = scanText(s, text, given);
  const bad = (problem: string, locale = given ?? "en-US"): never => unreadable(text, locale, problem);
  if (scan.number === undefined) return bad("no number");
  const locale = given ?? localeOf(scan, text, strict);
  if (scan.unit === undefined && strict) bad("a number without % or percentage points, in strict mode", locale);
  const down = scan.direction?.role === "down";
  if (scan.sign !== undefined && scan.direction !== undefined && (scan.sign === "-") !== down) {
    bad(`the sign ${scan.sign} contradicts ${JSON.stringify(scan.direction.text)}`, locale);
  }
  // The sign is written before the digits, so that "down 2.1%" is the figure "-2.1" (as "-2.1%" is).
  const negative = down || scan.sign === "-";
  let signed: Figure;
  try {
    signed = parseFigure(`${negative ? "-" : ""}${scan.number}`, {
      locale,
      ...(opts.rounding === undefined ? {} : { rounding: opts.rounding }),
    });
  } catch (error) {
    if (isAccordoError(error, "INVALID_TEXT"))
      return bad(`the number ${JSON.stringify(scan.number)} is not written as in ${locale}`, locale);
    throw error;
  }
  if (scan.unit?.role === "points") return pointsOf(signed);
  const said: GrowthBasis | undefined =
    scan.basis === undefined ? undefined : scan.basis.role === "real" ? "real" : "nominal";
  if (said !== undefined && basis !== "unspecified" && basis !== said)
    bad(`the text says ${JSON.stringify(scan.basis?.text)} (${said}), options.basis says ${basis}`, locale);
  return rateOf(mul(signed, "0.01"), said ?? basis, []);
}

/** Refuses text that is not one growth rate, naming the locale whose separators were used and the problem. */
function unreadable(text: string, locale: string, problem: string): never {
  return refuse("INVALID_TEXT", {
    function: FN,
    path: "text",
    expected: `a growth rate or a change in percentage points, written as in ${locale}`,
    received: text,
    locale,
    problem,
    hint: `${problem.charAt(0).toUpperCase()}${problem.slice(1)}.`,
  });
}

/**
 * Scans the normalized text once, left to right: at each position a sign and number, or the longest
 * known word starting there (a word of letters ends where the text's word ends). Linear in the length:
 * a bounded number of words is tried at each position.
 */
function scanText(s: string, text: string, locale: string | undefined): Scan {
  const scan: Scan = {
    number: undefined,
    sign: undefined,
    unit: undefined,
    direction: undefined,
    basis: undefined,
    yoy: undefined,
    langs: [],
  };
  const bad = (problem: string): never => unreadable(text, locale ?? "en-US", problem);
  let afterNumber = false;
  let i = 0;
  while (i < s.length) {
    const c = s.charAt(i);
    if (c === " ") {
      i++;
      continue;
    }
    const signed = (c === "+" || c === "-") && /\d/.test(s.charAt(s.charAt(i + 1) === " " ? i + 2 : i + 1));
    if (signed || /\d/.test(c)) {
      if (scan.number !== undefined) bad("more than one number");
      const start = signed ? (s.charAt(i + 1) === " " ? i + 2 : i + 1) : i;
      if (signed) scan.sign = c === "-" ? "-" : "+";
      NUMBER.lastIndex = start;
      const found = NUMBER.exec(s)?.[0] ?? "";
      scan.number = found;
      i = start + found.length;
      afterNumber = true;
      continue;
    }
    const word = wordAt(s, i);
    if (word === undefined) return bad(`unexpected ${JSON.stringify(s.slice(i).split(" ")[0])}: not a known word`);
    if (word.lang !== undefined) scan.langs.push(word.lang);
    if (word.role === "percent" || word.role === "points") {
      if (!afterNumber) bad(`${JSON.stringify(word.text)} is not right after the number`);
      scan.unit = word;
    } else if (word.role === "up" || word.role === "down") {
      if (scan.direction !== undefined) bad(`two words of direction (${scan.direction.text}, ${word.text})`);
      scan.direction = word;
    } else if (word.role === "real" || word.role === "nominal") {
      if (scan.basis !== undefined && scan.basis.role !== word.role)
        bad(`both a real and a nominal basis (${scan.basis.text}, ${word.text})`);
      scan.basis ??= word;
    } else if (word.role === "yoy") {
      if (scan.yoy !== undefined) bad(`two year-on-year words (${scan.yoy.text}, ${word.text})`);
      scan.yoy = word;
    } else if (word.role === "span") {
      bad(
        `${JSON.stringify(word.text)} compares with the previous month or quarter, not with the same period a ` +
          "year earlier: growth rates are read as stated and record no comparison span, so only " +
          "year-on-year rates (or rates without such words) are read",
      );
    }
    afterNumber = false;
    i += word.text.length;
  }
  return scan;
}

/** The longest known word at position `i`, or undefined. */
function wordAt(s: string, i: number): GrowthWord | undefined {
  for (const word of wordsStartingWith(s.charAt(i)) ?? []) {
    if (!s.startsWith(word.text, i)) continue;
    const last = word.text.charAt(word.text.length - 1);
    if (LETTER.test(last) && !/[\u4e00-\u9fff]/.test(last) && LETTER.test(s.charAt(i + word.text.length))) continue;
    return word;
  }
  return undefined;
}

/**
 * The locale whose separators the number is read with when none is given: that of the words'
 * language when they agree on the decimal separator; else what the number shows (a single `,` or
 * `.` followed by other than three digits is the decimal separator); "1,234" is ambiguous.
 */
function localeOf(scan: Scan, text: string, strict: boolean): string {
  const comma = scan.langs.filter((l) => COMMA.has(l));
  const point = scan.langs.filter((l) => !COMMA.has(l));
  if (comma.length > 0 && point.length === 0) return LANG_LOCALE[comma[0] ?? "it"];
  if (point.length > 0 && comma.length === 0) return LANG_LOCALE[point[0] ?? "en"];
  const n = scan.number ?? "";
  const last = Math.max(n.lastIndexOf(","), n.lastIndexOf("."));
  if (last < 0) return "en-US";
  const mark = n.charAt(last);
  const once = n.indexOf(mark) === last;
  const other = mark === "," ? "." : ",";
  if (n.includes(other)) return mark === "," ? "it-IT" : "en-US";
  if (!once) return mark === "," ? "en-US" : "it-IT";
  if (n.length - last - 1 !== 3) return mark === "," ? "it-IT" : "en-US";
  if (strict) {
    unreadable(
      text,
      "en-US",
      `${JSON.stringify(n)} may be read with ${JSON.stringify(
        mark,
      )} as a thousands or a decimal separator, in strict mode; pass a locale`,
    );
  }
  return "en-US";
}
