/**
 * Reporting periods in words: the languages `period.format` writes and `period.parse` reads with a
 * locale (en, it, zh, de, fr, es), their words for halves, quarters, months and weeks, their
 * ordinals and counts, and the month names of a locale (from `Intl.DateTimeFormat`).
 *
 * @module
 */
import { refuse } from "../errors.js";

/** The languages periods are written and read in. @internal */
export const PERIOD_LANGUAGES = /* @__PURE__ */ Object.freeze(["en", "it", "zh", "de", "fr", "es"] as const);

/** One of {@link PERIOD_LANGUAGES}. @internal */
export type PeriodLanguage = (typeof PERIOD_LANGUAGES)[number];

/** The unit a word names. @internal */
export type Unit = "half" | "quarter" | "month" | "week";

/** What a word of period text means. @internal */
export type Word =
  | { readonly t: "ord"; readonly n: number } // "third", "terzo", "3."
  | { readonly t: "card"; readonly n: number } // "three", "tre" (a count, or in zh a number)
  | { readonly t: "first" } // "primi", "premiers", "primeros", 前: the first N
  | { readonly t: "firstOrOne" } // "first", "erste": the first N with a count, else ordinal 1
  | { readonly t: "unit"; readonly u: Unit }
  | { readonly t: "filler" }; // "of", "del", "de": read and dropped

/** The words of one language (folded: lower case, no accents) and how it writes periods. @internal */
export interface Language {
  readonly words: ReadonlyMap<string, Word>;
  /** Letters written before or after a number for a quarter or half: Q3, 3Q, T3, H1, 1H, S1. */
  readonly labels: ReadonlyMap<string, "quarter" | "half">;
  /** The count words 2 to 12, as written (index 0 is 2). */
  readonly counts: readonly string[];
}

/** Lower case without accents (NFKD, combining marks dropped): how text and words are compared. @internal */
export function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

/** How one language writes periods, as {@link language} reads it into a {@link Language}. */
interface LanguageSpec {
  readonly ord: readonly (readonly [number, string])[];
  readonly first: string;
  readonly firstOrOne: string;
  readonly counts: readonly string[];
  readonly units: Readonly<Record<Unit, string>>;
  readonly fillers: string;
  readonly labels: string;
}

function language(spec: LanguageSpec): Language {
  const words = new Map<string, Word>();
  for (const w of spec.fillers.split(" ")) words.set(w, { t: "filler" });
  for (const [n, list] of spec.ord) for (const w of list.split(" ")) words.set(fold(w), { t: "ord", n });
  for (const w of spec.first.split(" ").filter((x) => x !== "")) words.set(w, { t: "first" });
  for (const w of spec.firstOrOne.split(" ").filter((x) => x !== "")) words.set(w, { t: "firstOrOne" });
  spec.counts.forEach((w, i) => words.set(fold(w), { t: "card", n: i + 2 }));
  for (const u of ["half", "quarter", "month", "week"] as const)
    for (const w of spec.units[u].split(" ")) words.set(w, { t: "unit", u });
  const labels = new Map<string, "quarter" | "half">();
  for (const pair of spec.labels.split(" ")) labels.set(pair.charAt(0), pair.charAt(1) === "q" ? "quarter" : "half");
  return Object.freeze({ words, labels, counts: Object.freeze([...spec.counts]) });
}

/** The languages other than Chinese, read word by word: their specs, read by {@link languageWords}. */
const SPECS: Readonly<Record<Exclude<PeriodLanguage, "zh">, LanguageSpec>> = {
  en: {
    ord: [
      [2, "second"],
      [3, "third"],
      [4, "fourth"],
    ],
    first: "",
    firstOrOne: "first",
    counts: ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"],
    units: { half: "half", quarter: "quarter quarters", month: "month months", week: "week" },
    fillers: "of the in during",
    labels: "qq hh",
  },
  it: {
    ord: [
      [1, "primo prima"],
      [2, "secondo seconda"],
      [3, "terzo terza"],
      [4, "quarto quarta"],
    ],
    first: "primi prime",
    firstOrOne: "",
    counts: ["due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", "undici", "dodici"],
    units: { half: "semestre semestri", quarter: "trimestre trimestri", month: "mese mesi", week: "settimana" },
    fillers: "del di nel nei negli i il l dell anno degli",
    labels: "qq tq hh sh",
  },
  de: {
    ord: [
      [2, "zweite zweiten zweites zweiter"],
      [3, "dritte dritten drittes dritter"],
      [4, "vierte vierten viertes vierter"],
    ],
    first: "",
    firstOrOne: "erste ersten erstes erster",
    counts: ["zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf"],
    units: {
      half: "halbjahr halbjahres halbjahrs hj",
      quarter: "quartal quartals quartale quartalen",
      month: "monat monate monaten monats",
      week: "woche kw kalenderwoche",
    },
    fillers: "im in den der des die das jahr jahres jahrs von",
    labels: "qq hh",
  },
  fr: {
    ord: [
      [1, "premier première"],
      [2, "deuxième second seconde"],
      [3, "troisième"],
      [4, "quatrième"],
    ],
    first: "premiers premieres",
    firstOrOne: "",
    counts: ["deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze"],
    units: { half: "semestre semestres", quarter: "trimestre trimestres", month: "mois", week: "semaine" },
    fillers: "de du des le la les l au en d annee",
    labels: "tq qq sh hh",
  },
  es: {
    ord: [
      [1, "primer primero primera"],
      [2, "segundo segunda"],
      [3, "tercer tercero tercera"],
      [4, "cuarto cuarta"],
    ],
    first: "primeros primeras",
    firstOrOne: "",
    counts: ["dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce"],
    units: { half: "semestre semestres", quarter: "trimestre trimestres", month: "mes meses", week: "semana" },
    fillers: "de del el los las la en ano",
    labels: "tq qq sh hh",
  },
};

const built = new Map<Exclude<PeriodLanguage, "zh">, Language>();

/**
 * The words of a language other than Chinese, read from its spec on first use: folding them runs
 * Unicode normalisation, which costs a few milliseconds at its first call, too much for every
 * `import` of the package when few programs read periods in words. @internal
 */
export function languageWords(lang: Exclude<PeriodLanguage, "zh">): Language {
  let made = built.get(lang);
  if (made === undefined) {
    made = language(SPECS[lang]);
    built.set(lang, made);
  }
  return made;
}

/** The Chinese numerals 1 to 12 (index 0 is 1). @internal */
export const ZH_NUMERALS: readonly string[] = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ "一 二 三 四 五 六 七 八 九 十 十一 十二".split(" "),
);

/** The value of a Chinese numeral from 1 to 12 (两 is 2), or undefined. @internal */
export function zhNumber(text: string): number | undefined {
  if (text === "两") return 2;
  const i = ZH_NUMERALS.indexOf(text);
  return i < 0 ? undefined : i + 1;
}

/**
 * The BCP 47 locale of an options object, canonicalised, and its language; `INVALID_VALUE` when it
 * is not a locale or its language is not one periods are written in. @internal
 */
export function readPeriodLocale(
  locale: unknown,
  fn: string,
): { readonly locale: string; readonly language: PeriodLanguage } | undefined {
  if (locale === undefined) return undefined;
  let canonical: string | undefined;
  if (typeof locale === "string") {
    try {
      canonical = Intl.getCanonicalLocales(locale)[0];
    } catch {
      // refused below
    }
  }
  const lang = canonical?.split("-")[0]?.toLowerCase();
  const known = PERIOD_LANGUAGES.find((l) => l === lang);
  if (canonical === undefined || known === undefined) {
    return refuse("INVALID_VALUE", {
      function: fn,
      path: "options.locale",
      expected: `a BCP 47 locale of one of the languages ${PERIOD_LANGUAGES.join(", ")}, such as "it-IT"`,
      received: locale,
    });
  }
  return { locale: canonical, language: known };
}

const MONTH_NAMES = new Map<string, { readonly long: readonly string[]; readonly short: readonly string[] }>();

/** The long and short month names of a locale, from `Intl.DateTimeFormat` (cached). @internal */
export function monthNames(locale: string): { readonly long: readonly string[]; readonly short: readonly string[] } {
  const known = MONTH_NAMES.get(locale);
  if (known !== undefined) return known;
  const long = new Intl.DateTimeFormat(locale, { month: "long", timeZone: "UTC" });
  const short = new Intl.DateTimeFormat(locale, { month: "short", timeZone: "UTC" });
  const months = Array.from({ length: 12 }, (_, i) => new Date(Date.UTC(2021, i, 15)));
  const made = Object.freeze({
    long: Object.freeze(months.map((d) => long.format(d))),
    short: Object.freeze(months.map((d) => short.format(d))),
  });
  if (MONTH_NAMES.size < 64) MONTH_NAMES.set(locale, made);
  return made;
}

/**
 * The month words of a locale for reading, folded and without dots: its long and short names and
 * those of its language (`"settembre"`, `"set"`); a short name that is another word of the language
 * (French `"sept"`, seven) is left out. @internal
 */
export function monthWords(locale: string, lang: Language): ReadonlyMap<string, number> {
  const words = new Map<string, number>();
  const base = locale.split("-")[0] ?? locale;
  for (const names of [monthNames(base), monthNames(locale)]) {
    names.long.forEach((name, i) => words.set(fold(name).replace(/\./g, ""), i + 1));
    names.short.forEach((name, i) => {
      const w = fold(name).replace(/\./g, "");
      if (!lang.words.has(w) && !words.has(w)) words.set(w, i + 1);
    });
  }
  return words;
}
