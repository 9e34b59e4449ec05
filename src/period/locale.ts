/**
 * Reporting periods written as a reader of a language expects: `first three quarters of 2021`,
 * `primi tre trimestri del 2021`, `2021年前三季度`, `H1 2024`, `September 2021`.
 *
 * @module
 */
import { ZH_NUMERALS, languageWords, monthNames, type PeriodLanguage } from "./words.js";
import type { Period, SinglePeriod } from "./types.js";

/** How one language writes each kind of single period and the first N quarters or months of a year. */
interface Phrases {
  readonly year: (y: string) => string;
  readonly half: (y: string, h: number) => string;
  readonly quarter: (y: string, q: number) => string;
  readonly month: (y: string, name: string) => string;
  readonly week: (y: string, w: number) => string;
  readonly day: (y: string, name: string, d: number, locale: string) => string;
  readonly firstQuarters: (y: string, count: string) => string;
  readonly firstMonths: (y: string, count: string) => string;
}

const IT_ORD = ["primo", "secondo", "terzo", "quarto"];
const FR_ORD = ["premier", "deuxième", "troisième", "quatrième"];
const ES_ORD = ["primer", "segundo", "tercer", "cuarto"];

const PHRASES: Readonly<Record<Exclude<PeriodLanguage, "zh">, Phrases>> = /* @__PURE__ */ Object.freeze({
  en: {
    year: (y) => y,
    half: (y, h) => `H${h} ${y}`,
    quarter: (y, q) => `Q${q} ${y}`,
    month: (y, name) => `${name} ${y}`,
    week: (y, w) => `week ${w} of ${y}`,
    // the United States (and plain "en") write the month first
    day: (y, name, d, locale) => (locale === "en" || locale === "en-US" ? `${name} ${d}, ${y}` : `${d} ${name} ${y}`),
    firstQuarters: (y, count) => `first ${count} quarters of ${y}`,
    firstMonths: (y, count) => `first ${count} months of ${y}`,
  },
  it: {
    year: (y) => y,
    half: (y, h) => `${IT_ORD[h - 1] ?? ""} semestre ${y}`,
    quarter: (y, q) => `${IT_ORD[q - 1] ?? ""} trimestre ${y}`,
    month: (y, name) => `${name} ${y}`,
    week: (y, w) => `settimana ${w} del ${y}`,
    day: (y, name, d) => `${d} ${name} ${y}`,
    firstQuarters: (y, count) => `primi ${count} trimestri del ${y}`,
    firstMonths: (y, count) => `primi ${count} mesi del ${y}`,
  },
  de: {
    year: (y) => y,
    half: (y, h) => `${h}. Halbjahr ${y}`,
    quarter: (y, q) => `${q}. Quartal ${y}`,
    month: (y, name) => `${name} ${y}`,
    week: (y, w) => `KW ${w} ${y}`,
    day: (y, name, d) => `${d}. ${name} ${y}`,
    firstQuarters: (y, count) => `erste ${count} Quartale ${y}`,
    firstMonths: (y, count) => `erste ${count} Monate ${y}`,
  },
  fr: {
    year: (y) => y,
    half: (y, h) => `${h === 1 ? "premier" : "second"} semestre ${y}`,
    quarter: (y, q) => `${FR_ORD[q - 1] ?? ""} trimestre ${y}`,
    month: (y, name) => `${name} ${y}`,
    week: (y, w) => `semaine ${w} de ${y}`,
    day: (y, name, d) => `${d === 1 ? "1er" : d} ${name} ${y}`,
    firstQuarters: (y, count) => `${count} premiers trimestres de ${y}`,
    firstMonths: (y, count) => `${count} premiers mois de ${y}`,
  },
  es: {
    year: (y) => y,
    half: (y, h) => `${ES_ORD[h - 1] ?? ""} semestre de ${y}`,
    quarter: (y, q) => `${ES_ORD[q - 1] ?? ""} trimestre de ${y}`,
    month: (y, name) => `${name} de ${y}`,
    week: (y, w) => `semana ${w} de ${y}`,
    day: (y, name, d) => `${d} de ${name} de ${y}`,
    firstQuarters: (y, count) => `primeros ${count} trimestres de ${y}`,
    firstMonths: (y, count) => `primeros ${count} meses de ${y}`,
  },
});

function yearText(y: number): string {
  return String(y).padStart(4, "0");
}

function zhSingle(p: SinglePeriod): string {
  const y = `${yearText(p.year)}年`;
  switch (p.kind) {
    case "year":
      return y;
    case "half":
      return `${y}${p.half === 1 ? "上" : "下"}半年`;
    case "quarter":
      return `${y}第${ZH_NUMERALS[p.quarter - 1] ?? ""}季度`;
    case "month":
      return `${y}${p.month}月`;
    case "week":
      return `${y}第${p.week}周`;
    case "day":
      return `${y}${p.month}月${p.day}日`;
  }
}

function single(p: SinglePeriod, phrases: Phrases, locale: string): string {
  const y = yearText(p.year);
  switch (p.kind) {
    case "year":
      return phrases.year(y);
    case "half":
      return phrases.half(y, p.half);
    case "quarter":
      return phrases.quarter(y, p.quarter);
    case "month":
      return phrases.month(y, monthNames(locale).long[p.month - 1] ?? "");
    case "week":
      return phrases.week(y, p.week);
    case "day":
      return phrases.day(y, monthNames(locale).long[p.month - 1] ?? "", p.day, locale);
  }
}

/** The number of quarters or months of a range that runs from the first one of a year, or 0. */
function firstOfYear(p: Period): number {
  if (p.kind !== "range" || p.start.year !== p.end.year) return 0;
  const { start, end } = p;
  if (start.kind === "quarter" && end.kind === "quarter" && start.quarter === 1 && end.quarter > 1) return end.quarter;
  if (start.kind === "month" && end.kind === "month" && start.month === 1 && end.month > 1) return end.month;
  return 0;
}

/**
 * A valid period in words of a language: single periods as `Q3 2021`, `terzo trimestre 2021`; the
 * first N quarters or months of a year as `first three quarters of 2021`; other ranges as their two
 * ends joined by ` – ` (`至` in Chinese). @internal
 */
export function formatIn(p: Period, locale: string, lang: PeriodLanguage): string {
  const n = firstOfYear(p);
  if (lang === "zh") {
    if (n > 0 && p.kind === "range" && p.start.kind === "quarter")
      return `${yearText(p.start.year)}年前${ZH_NUMERALS[n - 1] ?? ""}季度`;
    if (p.kind === "range" && p.start.kind === "month" && p.end.kind === "month" && p.start.year === p.end.year)
      return `${yearText(p.start.year)}年${p.start.month}—${p.end.month}月`;
    return p.kind === "range" ? `${zhSingle(p.start)}至${zhSingle(p.end)}` : zhSingle(p);
  }
  const phrases = PHRASES[lang];
  if (n > 0 && p.kind === "range") {
    const count = languageWords(lang).counts[n - 2] ?? String(n);
    const y = yearText(p.start.year);
    return p.start.kind === "quarter" ? phrases.firstQuarters(y, count) : phrases.firstMonths(y, count);
  }
  return p.kind === "range"
    ? `${single(p.start, phrases, locale)} – ${single(p.end, phrases, locale)}`
    : single(p, phrases, locale);
}
