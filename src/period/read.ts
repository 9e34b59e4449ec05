/**
 * Reporting periods read from article text in en, it, zh, de, fr or es: each word is looked up once
 * (linear time), then the words found decide the period.
 *
 * @module
 */
import { isAccordoError, refuse } from "../errors.js";
import { day, half, month, quarter, range, week, year } from "./build.js";
import type { Period, SinglePeriod } from "./types.js";
import {
  fold,
  languageWords,
  monthWords,
  zhNumber,
  type Language,
  type PeriodLanguage,
  type Unit,
  type Word,
} from "./words.js";

/** The longest text read (longer text is refused with TEXT_TOO_LONG). @internal */
export const MAX_PERIOD_TEXT = 200;

/** A token of period text: a word of the language, or one of the shapes found in any language. */
type Token =
  | Word
  | { readonly t: "year"; readonly n: number; readonly twoDigits: boolean }
  | { readonly t: "num"; readonly n: number }
  | { readonly t: "label"; readonly u: "quarter" | "half"; readonly n: number }
  | { readonly t: "monthName"; readonly n: number }
  | { readonly t: "firstMonths"; readonly n: number }; // "9M": the first nine months

/** What the reader was given: the text, the locale and its language, strictness. */
interface Context {
  readonly text: string;
  readonly locale: string;
  readonly language: PeriodLanguage;
  readonly strict: boolean;
}

/** Why text is not read, in `details.reason` of the refusal. */
type Reason =
  "empty" | "unknown-word" | "fiscal-year" | "two-digit-year" | "two-periods" | "incomplete" | "no-year" | "impossible";

function bad(ctx: Context, reason: Reason, hint: string): never {
  return refuse("INVALID_TEXT", {
    function: "period.parse",
    path: "text",
    expected: `a reporting period as written in ${ctx.locale}`,
    received: ctx.text,
    locale: ctx.locale,
    reason,
    hint,
  });
}

const FISCAL = new Set(["fy", "fiscal", "esercizio", "geschaftsjahr", "exercice", "ejercicio"]);
const FISCAL_HINT =
  "Fiscal years are not read: their months depend on the company; give the calendar period (e.g. 2023-Q1/2023-Q4)";

/** The tokens of one word of text in a language written with spaces. */
function wordTokens(word: string, lang: Language, months: ReadonlyMap<string, number>, ctx: Context): Token[] {
  let m: RegExpExecArray | null;
  if ((m = /^\d{4}$/.exec(word)) !== null) return [{ t: "year", n: Number(word), twoDigits: false }];
  if ((m = /^'(\d{2})$/.exec(word)) !== null) return [{ t: "year", n: Number(m[1]), twoDigits: true }];
  if (/^\d{1,2}$/.test(word)) return [{ t: "num", n: Number(word) }];
  if ((m = /^(\d{1,2})(?:\.|°|o|a|st|nd|rd|th|er|re|e|eme|ieme)$/.exec(word)) !== null)
    return [{ t: "ord", n: Number(m[1]) }];
  if ((m = /^([a-z])([1-4])$/.exec(word) ?? /^([1-4])([a-z])$/.exec(word)) !== null) {
    const letter = /[a-z]/.test(m[1] ?? "") ? (m[1] ?? "") : (m[2] ?? "");
    const u = lang.labels.get(letter);
    const n = Number(/[1-4]/.test(m[1] ?? "") ? m[1] : m[2]);
    if (u !== undefined) return [{ t: "label", u, n }];
  }
  if ((m = /^([1-4])([a-z])(\d{2})$/.exec(word)) !== null) {
    const u = lang.labels.get(m[2] ?? "");
    if (u !== undefined)
      return [
        { t: "label", u, n: Number(m[1]) },
        { t: "year", n: Number(m[3]), twoDigits: true },
      ];
  }
  if ((m = /^(\d{1,2})m$/.exec(word)) !== null) return [{ t: "firstMonths", n: Number(m[1]) }];
  if (word.startsWith("fy") || FISCAL.has(word)) return bad(ctx, "fiscal-year", FISCAL_HINT);
  const known = lang.words.get(word);
  if (known !== undefined) return [known];
  const monthNumber = months.get(word);
  if (monthNumber !== undefined) return [{ t: "monthName", n: monthNumber }];
  if ((m = /^([a-z]+)(\d{1,2})$/.exec(word)) !== null && lang.words.get(m[1] ?? "")?.t === "unit")
    return [lang.words.get(m[1] ?? "") as Word, { t: "num", n: Number(m[2]) }];
  return bad(ctx, "unknown-word", `${JSON.stringify(word)} is not a word of a period in ${ctx.locale}`);
}

/** The tokens of text in a language written with spaces (folded, split at spaces, commas and apostrophes). */
function latinTokens(text: string, ctx: Context): Token[] {
  const lang = languageWords(ctx.language as Exclude<PeriodLanguage, "zh">);
  const months = monthWords(ctx.locale, lang);
  const tokens: Token[] = [];
  const spaced = text.replace(/(\S)'/g, "$1 '");
  for (const raw of spaced.split(/[\s,]+/)) {
    if (raw === "") continue;
    // an apostrophe before letters is an elision ("dell'anno"); before two digits, a year ("'21")
    const word = /^'\D/.test(raw) ? raw.slice(1) : raw;
    for (const token of wordTokens(word, lang, months, ctx)) tokens.push(token);
  }
  return tokens;
}

/** The pieces of Chinese period text, tried in this order at each position. */
const ZH_PIECES: readonly (readonly [RegExp, (m: RegExpExecArray) => Token | undefined])[] = [
  [/(\d{4})年/y, (m) => ({ t: "year", n: Number(m[1]), twoDigits: false })],
  [/(\d{2})年/y, (m) => ({ t: "year", n: Number(m[1]), twoDigits: true })],
  [/(\d{1,2})月份?/y, (m) => ({ t: "monthName", n: Number(m[1]) })],
  [/([一二三四五六七八九十]{1,3})月份?/y, (m) => month12(zhNumber(m[1] ?? ""))],
  [/(\d{1,2})[日号號]/y, (m) => ({ t: "num", n: Number(m[1]) })],
  [/第(\d{1,2})/y, (m) => ({ t: "ord", n: Number(m[1]) })],
  [/第([一二三四五六七八九十]{1,3})/y, (m) => ordinal(zhNumber(m[1] ?? ""))],
  [/前/y, () => ({ t: "first" })],
  [/上半年/y, () => ({ t: "label", u: "half", n: 1 })],
  [/下半年/y, () => ({ t: "label", u: "half", n: 2 })],
  [/季度|季/y, () => ({ t: "unit", u: "quarter" })],
  [/[个個]月/y, () => ({ t: "unit", u: "month" })],
  [/周|週|星期/y, () => ({ t: "unit", u: "week" })],
  [/半年/y, () => ({ t: "unit", u: "half" })],
  [/([qh])([1-4])/y, (m) => ({ t: "label", u: m[1] === "q" ? "quarter" : "half", n: Number(m[2]) })],
  [/([1-4])([qh])/y, (m) => ({ t: "label", u: m[2] === "q" ? "quarter" : "half", n: Number(m[1]) })],
  [/(\d{4})/y, (m) => ({ t: "year", n: Number(m[1]), twoDigits: false })],
  [/'(\d{2})/y, (m) => ({ t: "year", n: Number(m[1]), twoDigits: true })],
  [/(\d{1,2})/y, (m) => ({ t: "num", n: Number(m[1]) })],
  [/([一二三四五六七八九十两]{1,3})/y, (m) => count(zhNumber(m[1] ?? ""))],
  [/[的年度\s]/y, () => ({ t: "filler" })],
];

function month12(n: number | undefined): Token | undefined {
  return n === undefined ? undefined : { t: "monthName", n };
}
function ordinal(n: number | undefined): Token | undefined {
  return n === undefined ? undefined : { t: "ord", n };
}
function count(n: number | undefined): Token | undefined {
  return n === undefined ? undefined : { t: "card", n };
}

/** The tokens of Chinese text, scanned once from left to right. */
function zhTokens(text: string, ctx: Context): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  scan: while (at < text.length) {
    for (const [pattern, make] of ZH_PIECES) {
      pattern.lastIndex = at;
      const m = pattern.exec(text);
      const token = m === null ? undefined : make(m);
      if (m !== null && token !== undefined) {
        tokens.push(token);
        at = pattern.lastIndex;
        continue scan;
      }
    }
    if (/^(fy|财年|财政年度)/.test(text.slice(at))) return bad(ctx, "fiscal-year", FISCAL_HINT);
    return bad(
      ctx,
      "unknown-word",
      `${JSON.stringify(text.slice(at, at + 8))} is not part of a period in ${ctx.locale}`,
    );
  }
  return tokens;
}

/** A single period without its year, or the first N of a unit: built once the year is known. */
type Shape = (y: number) => Period;

const UNIT_OF: Readonly<Record<Unit, (y: number, n: number) => SinglePeriod>> = /* @__PURE__ */ Object.freeze({
  half,
  quarter,
  month,
  week,
});

/** The period named by the tokens of one side of a range: its shape and, when written, its year. */
function resolve(tokens: readonly Token[], ctx: Context): { readonly shape: Shape; readonly year?: number } {
  const slots = new Map<string, Token>();
  for (const token of tokens) {
    if (token.t === "filler") continue;
    const slot = token.t === "num" || token.t === "ord" || token.t === "card" ? "number" : token.t;
    if (slots.has(slot)) return bad(ctx, "two-periods", "The text names more than one period, or a part of one twice");
    slots.set(slot, token);
  }
  const get = <T extends Token["t"]>(t: T): Extract<Token, { t: T }> | undefined =>
    slots.get(t === "num" || t === "ord" || t === "card" ? "number" : t) as Extract<Token, { t: T }> | undefined;
  const y = get("year");
  if (y !== undefined && y.twoDigits && ctx.strict)
    bad(
      ctx,
      "two-digit-year",
      "A two-digit year is ambiguous: write the century, or pass strict: false to read it as 20xx",
    );
  const yearValue = y === undefined ? undefined : y.twoDigits ? 2000 + y.n : y.n;
  const number = slots.get("number") as { t: "num" | "ord" | "card"; n: number } | undefined;
  const unit = get("unit");
  const first = slots.has("first") || (slots.has("firstOrOne") && number !== undefined && number.t !== "ord");
  const others = (...allowed: string[]): void => {
    for (const slot of slots.keys())
      if (slot !== "year" && !allowed.includes(slot))
        bad(ctx, "incomplete", "These words do not make one period together");
  };
  const withYear = (shape: Shape): { readonly shape: Shape; readonly year?: number } =>
    yearValue === undefined ? { shape } : { shape, year: yearValue };
  if (first) {
    others("first", "firstOrOne", "number", "unit");
    const n = number?.n ?? 0;
    if (unit === undefined || unit.u === "week" || n < 2)
      bad(ctx, "incomplete", "The first N of a year needs a count from two and quarters, months or halves");
    const make = UNIT_OF[unit.u];
    return withYear((yy) => range(make(yy, 1), make(yy, n)));
  }
  const firstMonths = get("firstMonths");
  if (firstMonths !== undefined) {
    others("firstMonths");
    return withYear((yy) => range(month(yy, 1), month(yy, firstMonths.n)));
  }
  const label = get("label");
  if (label !== undefined) {
    others("label");
    return withYear((yy) => UNIT_OF[label.u](yy, label.n));
  }
  const monthName = get("monthName");
  if (monthName !== undefined) {
    others("monthName", "number");
    return withYear((yy) => (number === undefined ? month(yy, monthName.n) : day(yy, monthName.n, number.n)));
  }
  if (unit !== undefined) {
    others("unit", "number", "firstOrOne");
    const n = slots.has("firstOrOne") ? 1 : number?.n;
    if (n === undefined || unit.u === "month") bad(ctx, "incomplete", `Which ${unit.u} is not said`);
    return withYear((yy) => UNIT_OF[unit.u](yy, n));
  }
  others();
  return withYear(year);
}

/** Splits a range at its dash (or 至, 到) into its two ends; one piece when there is none. */
function sides(text: string, ctx: Context): readonly string[] {
  // Chinese writes the months of one year as 1—9月: each end gets its 月
  const zh = ctx.language === "zh" ? text.replace(/(\d{1,2})\s*[-–—‒―~～]\s*(\d{1,2})月/g, "$1月—$2月") : text;
  const parts = zh.split(/\s*(?:[-–—‒―]|\s~\s|至|到)\s*/);
  if (parts.length > 2) bad(ctx, "two-periods", "A range has two ends");
  return parts;
}

/**
 * Reads a period from article text in a language (the text is at most {@link MAX_PERIOD_TEXT}
 * characters, checked by the caller). @internal
 */
export function readText(text: string, ctx: Context): Period {
  const cleaned = fold(text)
    .replace(/[’‘`´]/g, "'")
    .replace(/^[\s(]+|[\s.,;:!?)\u3002]+$/g, "");
  if (cleaned === "") return bad(ctx, "empty", "The text is empty");
  const ends = sides(cleaned, ctx).map((side) => {
    const tokens = ctx.language === "zh" ? zhTokens(side, ctx) : latinTokens(side, ctx);
    return resolve(tokens, ctx);
  });
  const years = ends.map((e) => e.year).filter((y): y is number => y !== undefined);
  if (years.length === 0) return bad(ctx, "no-year", "No year is written (a four-digit year, such as 2021)");
  try {
    // an end without a year takes the other end's: "Q2–Q3 2021", "2021年1—9月"
    const made = ends.map((e, i) => e.shape(e.year ?? (years[i === 0 ? years.length - 1 : 0] as number)));
    if (made.length === 1) return made[0] as Period;
    const [a, b] = made as [Period, Period];
    if (a.kind === "range" || b.kind === "range")
      return bad(ctx, "impossible", "The ends of a range must be single periods");
    return range(a, b);
  } catch (error) {
    // an impossible period ("Q5 2021", "31 November 2021") is text that cannot be read
    if (isAccordoError(error, "INVALID_PERIOD") || isAccordoError(error, "OUT_OF_RANGE"))
      return bad(ctx, "impossible", `It names no real period (${error.message})`);
    throw error;
  }
}
