/**
 * Parsing amounts as articles and tables write them: symbols, codes and names
 * of currencies, localized separators, scale words (billion, miliardi, 亿).
 * The words are in `parse-words.ts`, the number in `parse-number.ts`, steps 3 to 6 in `parse-read.ts`.
 *
 * @module
 */
import { D, inRange, outOfRange } from "../decimal.js";
import { isAccordoError, readOptions, refuse } from "../errors.js";
import { readSentence } from "../sentence.js";
import { fromDigits } from "../words.js";
import { resolveCurrency } from "./currency.js";
import { make } from "./money.js";
import { readNumber, readSign, unreadable } from "./parse-number.js";
import {
  clearLocaleWords as clearWords,
  lower,
  maskNames,
  normalize,
  wordsFor,
  type WordLevel,
  type Words,
} from "./parse-words.js";
import type { Currency, Money, MoneyParseOptions } from "./types.js";
import { checkOneAmount, pickCurrency, readWords, scaleAndLanguages, type Reading, type Where } from "./parse-read.js";

/**
 * The longest text `money.parse` reads, in UTF-16 units: 2,000. No amount `money.format` writes
 * is longer; longer text is refused with TEXT_TOO_LONG before it is read.
 *
 * @example
 * {@includeCode ../../test/money/examples.test.ts#PARSE_TEXT_LIMIT}
 * @category Parsing
 * @since 0.1.0
 */
export const PARSE_TEXT_LIMIT = 2000;

/**
 * Parses an amount of money written as articles and tables write it:
 * `"$30.26 billion"`, `"193,48 miliardi di yuan"`, `"66,38 miliardi di dollari"`,
 * `"1934.8亿元"`, `"EUR 1,234.56"`, `"1.234.567,89 EUR"`, `"¥1,100"`,
 * `"12 000,50 €"` (no-break and narrow no-break spaces included), `"-$5"`, `"(1,234.56)"`.
 * Accounting parentheses enclose the number; a pair on one side of it belongs to a name
 * (`"-12.3456 Chilean units of account (UF)"`).
 *
 * - **Currency**: an ISO code, a symbol or a name in the locale, in any plural form (from `Intl`,
 *   e.g. `"US$"`, `"€"`, `"yuan cinesi"`, `"японских иен"`), or a press word (`"dollars"`, `"dollari"`, `"元"`).
 *   Symbols follow the locale, `"en-US"` when none is given: `"¥"` is JPY there and
 *   CNY in `"zh-CN"`. With `options.currency`, the text may omit the currency; if it
 *   names another one, that is a CURRENCY_MISMATCH. The symbols and names of withdrawn
 *   currencies (`"kn"`) are read only when `options.currency` names them. A symbol that is also the narrow symbol
 *   of `options.currency` names it (`"$5"` with `currency: "CAD"`, `"¥5"` with `"CNY"`).
 *   Scale words follow the number: before it, `"K"` is a currency symbol, never a thousand.
 * - **Scale words** multiply: thousand, million, billion, trillion, k, m, bn; mila, milioni,
 *   miliardi; Mio., Mrd.; milliards; 万, 亿, 万亿; lakh, crore (लाख, करोड़). With a `locale`, the
 *   scale words `Intl` writes there in compact and long notation come first, with their
 *   meaning in that language: "billion" and "Bn" (French), "B" (Spanish, Hungarian) and "bn"
 *   (Swedish) are 10^12, "tn" (Swedish), "t" (Danish) and "B" (Turkish) a thousand, "M"
 *   (Indonesian) and "T" (Vietnamese) 10^9, "Cr" (Indian English) a crore. Without a locale
 *   they are English: "B" and "billion" are 10^9, "T" 10^12.
 * - **Digits** of any script are read (`"١٬٢٣٤٫٥٦ €"` as `locale: "ar-EG"` writes it, Persian,
 *   Bengali, Devanagari), the Arabic separators "٫" and "٬" are a decimal point and a thousands
 *   separator, and the bidirectional marks that Intl writes in Arabic, Hebrew and Persian are ignored.
 * - **Separators**: given (`decimalSeparator`, `groupSeparator`), from `locale`, or inferred:
 *   with both "." and ",", the last one is the decimal point; a separator that repeats
 *   groups thousands; a single "," or "." followed by other than 3 digits is the decimal point.
 *   A single separator followed by exactly 3 digits ("1,234") is ambiguous: the language of
 *   the words decides ("1,234 miliardi" is Italian); otherwise it is read as a thousands
 *   separator ("¥1,100" is 1100 yen), except in strict mode.
 * - **Strict mode** (`strict: true`) refuses the ambiguous cases with INVALID_TEXT and a
 *   message saying why, rather than guessing; it also refuses a symbol shared by several
 *   currencies (which is refused in any mode when nothing decides).
 *
 * - **End of a sentence**: one punctuation mark after the amount (`.`, `,`, `;`, `:`, `。`, `，`, `；`,
 *   `：`), with spaces around it, is not read (`"1934.8亿元。"`); the text as written is read first, so
 *   that `"Mio."` keeps its point. Strict mode refuses what it refuses without the mark.
 * - **One amount**: text that is not exactly one amount is refused with INVALID_TEXT, in any
 *   mode: the same currency word twice (`"5 USD USD"`, `"$ $ 5"`), a scale word repeated or out of
 *   order (`"5 k k USD"`, `"$5 bn bn"`, `"5 million USD million"`), two connectors.
 * - **Length**: a text longer than {@link PARSE_TEXT_LIMIT} (2,000) characters is refused with
 *   TEXT_TOO_LONG before it is read: no amount `format` writes is longer (10^1000 with its
 *   groups, fraction and currency name fits). Below it, reading takes time linear in the length.
 * - **Columns**: amounts written alike (`"$30.26 billion"`, `"$40.57 billion"`: the same characters
 *   around digits in the same places) are read alike, so the reading of one is remembered, by options,
 *   for the next ones of the same shape (a bounded cache of the last shapes read): a column is read
 *   several times faster than its first amount, with the same results. Refusals are not remembered.
 *
 * The amount is exact and not rounded: `"$30.26 billion"` is 30260000000 USD.
 *
 * @param text - the text to read
 * @param options - see {@link MoneyParseOptions}
 * @returns a frozen Money
 * @throws {@link accordo!AccordoError} `TEXT_TOO_LONG` for a text longer than 2,000 characters;
 *   `INVALID_TEXT` for text that is not one amount: unknown words, misplaced separators or signs, an
 *   ambiguous number in strict mode, no currency, an ambiguous currency, a currency or scale word
 *   repeated; `INVALID_INPUT` for an invalid locale or separator option; `INVALID_TYPE` for a text
 *   that is not a string or an option of the wrong type; `OUT_OF_RANGE` for an amount outside the
 *   library's range; `CURRENCY_MISMATCH` when the text names a currency other than
 *   `options.currency`; `UNKNOWN_CURRENCY` for an unknown code in `options.currency`; `UNKNOWN_OPTION`
 *   for an unknown option
 * @example
 * {@includeCode ../../test/money/examples.test.ts#parse}
 * @category Parsing
 * @since 0.1.0
 */
export function parse(text: string, options: MoneyParseOptions = {}): Money {
  return parseAs(text, options, "money.parse");
}

/**
 * {@link parse}, whose refusals name `fn` (`"money.parseReported"` for the readers built on it).
 * @internal
 */
export function parseAs(text: string, options: MoneyParseOptions | undefined, fn: string): Money {
  const given = plainOptions(text, options);
  if (given === undefined) return readSentence(text, (t) => readMoney(t, options, fn));
  let shapes = plans.get(given.key);
  const hash = shapeHash(text);
  const plan = shapes?.get(hash);
  if (plan !== undefined && sameShape(plan.shape, text)) return fromPlan(plan, text, fn);
  // The full reading, with the options as read for the key (a getter is read once).
  const money = readSentence(text, (t) => readMoney(t, given.options, fn));
  const learnt = learn(text, money);
  if (learnt !== undefined) {
    if (shapes === undefined || shapes.size >= PLAN_LIMIT) {
      if (plans.size >= PLAN_LIMIT) plans.clear();
      shapes = new Map();
      plans.set(given.key, shapes);
    }
    shapes.set(hash, learnt);
  }
  return money;
}

/*
 * Amounts of one column are written alike: "$30.26 billion", "$4.07 billion"; "1.234,50 €",
 * "9.876,05 €". How the parser reads a text (where the number is, which separator is the decimal
 * point, the scale words, the currency, the sign) depends on the characters around the digits and on
 * how many digits stand where, not on which digits they are: so the reading of a text is a plan that
 * reads every text of the same shape, the text with each digit 1 to 9 replaced by one placeholder
 * (a 0 is kept, since a leading 0 can change the reading: "0,123"). The plans of the last shapes read
 * are kept, by options; a text of a known shape is read from its digits in a few steps. A shape is
 * learnt only from a reading whose number holds every ASCII digit of the text, in order (not from a
 * currency name with digits, or digits of another script), and only for plain options whose values
 * are strings or booleans. A refusal is never learnt: a text is refused only by the full reading.
 */

/** The placeholder of a digit 1 to 9 in a shape (a private-use character; a text holding it is read in full). */
const DIGIT = 0xe000;
/** The longest text whose shape is learnt: a column's amounts, not prose. */
const SHAPE_LIMIT = 64;
/** How many shapes are kept by options, and how many sets of options (all are forgotten when the count is reached). */
const PLAN_LIMIT = 1024;
/** The options of `money.parse`. */
const OPTION_NAMES: readonly (keyof MoneyParseOptions)[] = [
  "locale",
  "currency",
  "decimalSeparator",
  "groupSeparator",
  "strict",
];

/** How a shape reads. */
interface Plan {
  /** The shape: the text with each digit 1 to 9 as the placeholder. */
  readonly shape: string;
  /** Where the runs of ASCII digits start and end in the text, in pairs. */
  readonly runs: readonly number[];
  /** How many digits come before the decimal point (-1: none). */
  readonly point: number;
  readonly negative: boolean;
  /** The power of ten of the scale words. */
  readonly exponent: number;
  readonly currency: Currency;
}

/** The plans, by the options' key and then by the shape's hash (a plan holds its shape, to check against the text). */
const plans = new Map<string, Map<number, Plan>>();

/** A hash of the text's shape (FNV-1a over its UTF-16 units, each digit 1 to 9 as the placeholder). */
function shapeHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h = Math.imul(h ^ (c >= 49 && c <= 57 ? DIGIT : c), 0x01000193);
  }
  return h;
}

/** Whether the text has the shape. */
function sameShape(shape: string, text: string): boolean {
  if (shape.length !== text.length) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const s = shape.charCodeAt(i);
    if (s === DIGIT ? c < 49 || c > 57 : c !== s) return false;
  }
  return true;
}

/**
 * The key of the options' values, and a copy of the options with those values; undefined when the
 * text or the options are not of the plain kind whose readings are learnt (then the text is read in
 * full, and the options checked, as always).
 */
function plainOptions(
  text: unknown,
  options: MoneyParseOptions | undefined,
): { readonly key: string; readonly options: MoneyParseOptions | undefined } | undefined {
  if (typeof text !== "string" || text.length > SHAPE_LIMIT) return undefined;
  if (options === undefined) return { key: "", options };
  if (typeof options !== "object" || options === null || Object.getPrototypeOf(options) !== Object.prototype)
    return undefined;
  let key = "";
  const copy: Record<string, string | boolean> = {};
  for (const name of Object.keys(options)) {
    if (!(OPTION_NAMES as readonly string[]).includes(name)) return undefined;
    const value: unknown = options[name as keyof MoneyParseOptions];
    if (value === undefined) continue;
    if (typeof value !== (name === "strict" ? "boolean" : "string")) return undefined;
    copy[name] = value as string | boolean;
  }
  for (const name of OPTION_NAMES) if (copy[name] !== undefined) key += `${name}=${String(copy[name])}\u0000`;
  return { key, options: copy };
}

/** The plan of a text's shape from its full reading, when the reading's number holds all the text's ASCII digits. */
function learn(text: string, money: Money): Plan | undefined {
  const written = writtenOf(money);
  if (written === undefined) return undefined;
  const negative = written.digits.startsWith("-");
  const unsigned = negative ? written.digits.slice(1) : written.digits;
  const point = unsigned.indexOf(".");
  const runs: number[] = [];
  let digits = "";
  let shape = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const digit = c >= 48 && c <= 57;
    if (c === DIGIT) return undefined;
    if (digit && (i === 0 || !isDigit(text.charCodeAt(i - 1)))) runs.push(i);
    if (digit && (i + 1 === text.length || !isDigit(text.charCodeAt(i + 1)))) runs.push(i + 1);
    if (digit) digits += text.charAt(i);
    shape += c >= 49 && c <= 57 ? String.fromCharCode(DIGIT) : text.charAt(i);
  }
  if ((point < 0 ? unsigned : unsigned.slice(0, point) + unsigned.slice(point + 1)) !== digits) return undefined;
  return { shape, runs, point, negative, exponent: written.exponent, currency: money.currency };
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Reads a text of a known shape with its plan: what the full reading gives. */
function fromPlan(plan: Plan, text: string, fn: string): Money {
  const { runs, point } = plan;
  let digits = "";
  for (let r = 0; r < runs.length; r += 2) digits += text.slice(runs[r], runs[r + 1]);
  const sign = plan.negative ? "-" : "";
  const number = point < 0 ? digits : `${digits.slice(0, point)}.${digits.slice(point)}`;
  const amount =
    fromDigits(plan.negative, digits, plan.exponent - (point < 0 ? 0 : digits.length - point)) ??
    new D(`${sign}${number}e${plan.exponent}`);
  if (!amount.isFinite() || !inRange(amount)) outOfRange(`${fn}: text`, text);
  return wrote(make(amount, plan.currency), `${sign}${number}`, plan.exponent);
}

/** Whether a plan reads the text with these options (for the tests of the plans). @internal */
export function knownShape(text: string, options?: MoneyParseOptions): boolean {
  const given = plainOptions(text, options);
  const plan = given === undefined ? undefined : plans.get(given.key)?.get(shapeHash(text));
  return plan !== undefined && sameShape(plan.shape, text);
}

/** Forgets the shapes learnt (for the tests of the full reading). @internal */
export function clearShapes(): void {
  plans.clear();
}

/** Reads the text as written (`parse` reads it again without a final punctuation mark). */
function readMoney(text: string, options: MoneyParseOptions | undefined, fn: string): Money {
  const r = reading(text, options, fn);
  const s = normalize(text);
  if (s === "") unreadable(r, "the text is empty");
  // The cheapest words first: the locale's codes, scale words and press words; then its symbols; then its
  // narrow symbols; then the names of its currencies with the press words; then en-US's words after the locale's. A first parse in a locale
  // builds only what its text needs. (A name made only of symbols and scale words, which would be
  // read as a name when longer, is the one case where the first reading is not the full one.)
  // Once fuller words are built for the locale, they are read first: they give the full reading.
  const english = r.locale !== undefined && r.locale !== "en-US";
  const attempts = english ? ATTEMPTS : ATTEMPTS.slice(0, -1);
  const key = `${r.locale ?? ""}\u0000${r.expected?.historic === true ? r.expected.code : ""}`;
  let last: unknown;
  for (let k = Math.min(built.get(key) ?? 0, attempts.length - 1); k < attempts.length; k++) {
    const [withEnglish, level] = attempts[k] ?? [true, "names"];
    try {
      return read(s, r, wordsFor(r.locale, r.expected, withEnglish, level));
    } catch (error) {
      if (!isAccordoError(error)) throw error;
      last = error;
      if (k + 1 < attempts.length && (built.get(key) ?? 0) < k + 1) {
        if (built.size >= 256) built.clear();
        built.set(key, k + 1);
      }
    }
  }
  throw last;
}

/** The words tried in turn: [with en-US's, which words of the locale]. */
const ATTEMPTS: readonly (readonly [boolean, WordLevel])[] = [
  [false, "press"],
  [false, "symbols"],
  [false, "narrow"],
  [false, "names"],
  [true, "names"],
];
/** For each locale (and withdrawn currency), the first attempt whose words are built. */
const built = new Map<string, number>();

/**
 * Forgets the words built for each locale, so that the next parse of a locale builds them again
 * (for the tests of the code that builds them). @internal
 */
export function clearLocaleWords(): void {
  clearWords();
  built.clear();
}

/** Reads the normalized text `s` with the given words: the steps below, in order. */
function read(s: string, r: Reading, words: Words): Money {
  const where = r;
  const { numberText, prefix, suffix } = findNumber(s, words, where);
  const { negative, before, after } = readSign(prefix, suffix, words, where);
  const found = readWords(before, after, words, r);
  const currency = pickCurrency(found, r);
  checkOneAmount(found, r);
  const { exponent, langs } = scaleAndLanguages(found);
  const digits = readNumber(numberText, {
    fn: r.fn,
    text: r.text,
    strict: r.strict,
    ...(r.locale !== undefined ? { locale: r.locale } : {}),
    ...(r.decimalSeparator !== undefined ? { decimal: r.decimalSeparator } : {}),
    ...(r.groupSeparator !== undefined ? { group: r.groupSeparator } : {}),
    langs,
  });
  const amount = new D(`${negative ? "-" : ""}${digits}e${exponent}`);
  // Text may write more digits than the range holds ("1" and 1,001 zeros): refused, never Infinity.
  if (!amount.isFinite() || !inRange(amount)) outOfRange(`${r.fn}: text`, r.text);
  return wrote(make(amount, currency), `${negative ? "-" : ""}${digits}`, exponent);
}

/** The amount the last reading returned, its digits as written (with the sign) and the power of ten of its scale words. */
let lastMoney: Money | undefined;
let lastDigits = "";
let lastExponent = 0;

function wrote(money: Money, digits: string, exponent: number): Money {
  lastMoney = money;
  lastDigits = digits;
  lastExponent = exponent;
  return money;
}

/**
 * The digits as written (with the sign) and the power of ten of the scale words of `money`, when it
 * is the amount the last reading returned (`money.parseReported` asks right after its reading): what
 * it turns into a figure with the written precision. @internal
 */
export function writtenOf(money: Money): { readonly digits: string; readonly exponent: number } | undefined {
  return money === lastMoney ? { digits: lastDigits, exponent: lastExponent } : undefined;
}

/** The locales checked before, as Intl resolves them. */
const resolvedLocales = new Map<string, string>();

/** Checks the text's type and length and the options; resolves the locale and the expected currency. */
function reading(text: string, given: MoneyParseOptions | undefined, fn: string): Reading {
  if (typeof text !== "string")
    return refuse("INVALID_TYPE", { function: fn, path: "text", expected: "a string", received: text });
  const options = readOptions(fn, "options", given, OPTION_NAMES);
  const strict = options.strict ?? false;
  if (typeof strict !== "boolean")
    refuse("INVALID_TYPE", {
      function: fn,
      path: "options.strict",
      expected: "a boolean",
      received: strict,
    });
  const expected =
    options.currency === undefined ? undefined : resolveCurrency(options.currency, `${fn}: options.currency`);
  for (const name of ["decimalSeparator", "groupSeparator"] as const) {
    const sep: unknown = options[name];
    if (sep !== undefined && typeof sep !== "string")
      refuse("INVALID_TYPE", {
        function: fn,
        path: `options.${name}`,
        expected: "one of . , ' or a space",
        received: sep,
      });
  }
  let locale: string | undefined;
  if (options.locale !== undefined) {
    if (typeof options.locale !== "string")
      refuse("INVALID_TYPE", {
        function: fn,
        path: "options.locale",
        expected: "a BCP 47 locale string",
        received: options.locale,
      });
    locale = resolvedLocales.get(options.locale);
    if (locale === undefined) {
      try {
        locale = Intl.NumberFormat.supportedLocalesOf([options.locale])[0] ?? options.locale;
        new Intl.NumberFormat(locale);
      } catch {
        refuse("INVALID_INPUT", {
          function: fn,
          path: "options.locale",
          expected: "a BCP 47 locale",
          received: options.locale,
        });
      }
      if (resolvedLocales.size >= 256) resolvedLocales.clear();
      resolvedLocales.set(options.locale, locale);
    }
  }
  if (text.length > PARSE_TEXT_LIMIT) {
    refuse("TEXT_TOO_LONG", {
      function: fn,
      path: "text",
      expected: `at most ${PARSE_TEXT_LIMIT} characters`,
      received: `${text.length} characters`,
      limit: PARSE_TEXT_LIMIT,
      length: text.length,
      locale: locale ?? "en-US",
    });
  }
  return {
    fn,
    text,
    strict,
    expected,
    locale,
    decimalSeparator: options.decimalSeparator,
    groupSeparator: options.groupSeparator,
  };
}

/**
 * Step 1, the number: one run of digits and separators, outside the currency names that hold
 * digits ("São-toméischer Dobra (2018)"). Returns it and the text before and after it.
 */
function findNumber(s: string, words: Words, where: Where): { numberText: string; prefix: string; suffix: string } {
  const masked = maskNames(lower(s), words);
  const numbers = [...masked.matchAll(/\d(?:[\d.,' ]*\d)?/g)];
  if (numbers.length !== 1) {
    unreadable(where, `expected exactly one number, found ${numbers.length}`);
  }
  const start = numbers[0]?.index ?? 0;
  const numberText = s.slice(start, start + (numbers[0]?.[0].length ?? 0));
  return { numberText, prefix: s.slice(0, start), suffix: s.slice(start + numberText.length) };
}
