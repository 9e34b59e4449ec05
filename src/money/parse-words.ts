/**
 * The words `money.parse` reads around a number, per locale: scale words, currency symbols,
 * codes and names (from `Intl`, in every plural form), press words and connectors; built at the
 * first parse in a locale, and looked up by their first character.
 *
 * @module
 */
import { isoRegistry } from "./currency.js";
import { CONNECTORS, CURRENCY_WORDS, LOCALE_SCALE_WORDS, SCALE_WORDS } from "./parse-tables.js";
import type { Currency } from "./types.js";

export type Lang = "en" | "it" | "de" | "fr" | "es" | "zh" | "ja" | "hi";
/** A word of the text: a scale word, a currency's symbol, code or name, or a connector ("di", "of"). */
export interface Token {
  readonly text: string;
  readonly kind: "scale" | "currency" | "connector";
  /** Power of ten for a scale word. */
  readonly exponent?: number;
  /** Candidate codes for a currency token. */
  readonly codes?: readonly string[];
  /** Other currencies whose narrow symbol this is ("$" for CAD, "¥" for CNY in en-US): read only when options.currency names one. */
  readonly narrow?: readonly string[];
  readonly lang?: Lang;
}

const tokenCache = new Map<string, readonly Token[]>();

function currencyParts(
  locale: string,
  code: string,
  display: "symbol" | "narrowSymbol",
  value: number,
): string | undefined {
  const nf = new Intl.NumberFormat(locale, {
    style: "currency",
    currency: code,
    currencyDisplay: display,
    minimumFractionDigits: 0,
    maximumFractionDigits: 0,
  });
  return nf.formatToParts(value).find((p) => p.type === "currency")?.value;
}

/**
 * Amounts that meet every plural form of a currency name, as `format` writes them with 0 and
 * 2 decimals: "1 US dollar" and "2 US dollars" in English, but "1 японская иена",
 * "2 японские иены", "5 японских иен" and "1,50 японской иены" in Russian.
 */
const NAME_SAMPLES: readonly (readonly [number, readonly number[]])[] = [
  [0, [0, 1, 2, 3, 5, 11, 21, 100, 1000000]],
  [2, [1, 1.5, 2, 5]],
];

const sampleCache = new Map<string, readonly (readonly [number, readonly number[]])[]>();

/**
 * One amount of {@link NAME_SAMPLES} per plural category of the locale: Intl chooses a currency's
 * name by the plural category of the amount shown alone, so the other amounts add no form (and
 * cost a call each, for every currency). English needs "1" and "2" only.
 */
function nameSamples(locale: string): readonly (readonly [number, readonly number[]])[] {
  let samples = sampleCache.get(locale);
  if (samples === undefined) {
    const seen = new Set<string>();
    const chosen: (readonly [number, readonly number[]])[] = [];
    for (const [digits, values] of NAME_SAMPLES) {
      const rules = new Intl.PluralRules(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
      const fresh = values.filter((v) => {
        const category = rules.select(v);
        if (seen.has(category)) return false;
        seen.add(category);
        return true;
      });
      if (fresh.length > 0) chosen.push([digits, fresh]);
    }
    samples = chosen;
    sampleCache.set(locale, samples);
  }
  return samples;
}

/** Every plural form of a currency's name in a locale. */
function currencyNames(locale: string, code: string): string[] {
  const names: string[] = [];
  for (const [digits, values] of nameSamples(locale)) {
    const nf = new Intl.NumberFormat(locale, {
      style: "currency",
      currency: code,
      currencyDisplay: "name",
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    for (const value of values) {
      // Every currency part: Node 20's Turkish writes two ("$5,00 ABD doları"), the name last.
      for (const p of nf.formatToParts(value))
        if (p.type === "currency" && !names.includes(p.value)) names.push(p.value);
    }
  }
  return names;
}

/**
 * The scale words `Intl` writes for a locale in compact notation, short and long, with their
 * powers of ten: "Mrd." and "Milliarden" (10^9) in German, "tn" (10^3) and "bn" (10^12) in
 * Swedish, "t" (10^3) in Danish, "M" (10^9) in Indonesian. A word that stands for two powers
 * of ten is left out.
 */
function intlScaleWords(locale: string): ReadonlyMap<string, number> {
  let words = scaleWordCache.get(locale);
  if (words === undefined) {
    words = buildScaleWords(locale);
    scaleWordCache.set(locale, words);
  }
  return words;
}

/** {@link intlScaleWords} by locale: each level of a locale's words reads them. */
const scaleWordCache = new Map<string, ReadonlyMap<string, number>>();

function buildScaleWords(locale: string): Map<string, number> {
  const seen = new Map<string, number | undefined>();
  for (const compactDisplay of ["short", "long"] as const) {
    const nf = new Intl.NumberFormat(locale, {
      notation: "compact",
      compactDisplay,
      maximumSignificantDigits: 21,
      numberingSystem: "latn",
    });
    for (let exponent = 3; exponent <= 15; exponent++) {
      for (const mantissa of [1, 1.5, 2, 5, 21]) {
        const value = mantissa * 10 ** exponent;
        const parts = nf.formatToParts(value);
        const word = parts
          .filter((x) => x.type === "compact")
          .map((x) => x.value)
          .join("");
        const shown = Number(
          parts
            .filter((x) => x.type === "integer" || x.type === "fraction" || x.type === "decimal")
            .map((x) => (x.type === "decimal" ? "." : x.value))
            .join(""),
        );
        if (word === "" || !(shown > 0)) continue;
        const key = lower(normalize(word));
        const power = Math.round(Math.log10(value / shown));
        seen.set(key, seen.has(key) && seen.get(key) !== power ? undefined : power);
      }
    }
  }
  const words = new Map<string, number>();
  for (const [key, power] of seen) if (power !== undefined && key !== "") words.set(key, power);
  return words;
}

/** Each current ISO currency's symbol in a locale, in the registry's order. */
const symbolCache = new Map<string, readonly (readonly [string, string | undefined])[]>();
/** Each current ISO currency's narrow symbol in a locale, in the registry's order. */
const narrowCache = new Map<string, readonly (readonly [string, string | undefined])[]>();
/** Each current ISO currency's names in a locale, in the registry's order. */
const nameCache = new Map<string, readonly (readonly string[])[]>();

function currentCodes(): string[] {
  return [...isoRegistry().values()].filter((c) => !c.historic).map((c) => c.code);
}

/** Each current currency's symbol (`display: "symbol"`) or narrow symbol in a locale: one formatter each. */
function symbolsOf(
  locale: string,
  display: "symbol" | "narrowSymbol",
): readonly (readonly [string, string | undefined])[] {
  const cache = display === "symbol" ? symbolCache : narrowCache;
  let list = cache.get(locale);
  if (list === undefined) {
    list = currentCodes().map((code) => [code, currencyParts(locale, code, display, 1)] as const);
    cache.set(locale, list);
  }
  return list;
}

function namesOf(locale: string): readonly (readonly string[])[] {
  let list = nameCache.get(locale);
  if (list === undefined) {
    list = currentCodes().map((code) => currencyNames(locale, code));
    nameCache.set(locale, list);
  }
  return list;
}

/**
 * How many words of a locale are built: `"press"` the scale words, connectors and press words
 * (no Intl formatter per currency: a first parse of `"193,48 miliardi di yuan"` needs no more);
 * `"symbols"` the scale words, connectors and Intl's symbols (one formatter per currency: a first
 * parse of `"$1234.56"` needs no more); `"narrow"` those and Intl's narrow symbols (a second formatter
 * per currency); `"names"` those, Intl's names of currencies in every plural form and the press words.
 * A level adds words to the one before it, and only adds: a symbol's currencies are the same at every
 * level that has it, and a narrow symbol only adds a reading (with `options.currency`, or a symbol no
 * currency has as its own), so a text read at a level is read alike at the next.
 */
export type WordLevel = "press" | "symbols" | "narrow" | "names";

/**
 * The tokens of a locale at a {@link WordLevel}. Names cost about as much as all the rest
 * (one Intl formatter per currency and plural form): a text of symbols, codes and scale words is
 * read without them, and a text of scale words and press words without any formatter per currency.
 */
function localeTokens(locale: string, level: WordLevel): readonly Token[] {
  const withNames = level === "names";
  const withNarrow = withNames || level === "narrow";
  const symbols = new Map<string, Set<string>>();
  const narrow = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, text: string | undefined, code: string): void => {
    if (text === undefined) return;
    const key = lower(normalize(text));
    if (key === "" || /^[a-z]{3}$/i.test(key)) return;
    const set = map.get(key) ?? new Set<string>();
    set.add(code);
    map.set(key, set);
  };
  const names = withNames ? namesOf(locale) : undefined;
  (level === "press" ? [] : symbolsOf(locale, "symbol")).forEach(([code, symbol], k) => {
    add(symbols, symbol, code);
    for (const name of names?.[k] ?? []) add(symbols, name, code);
  });
  for (const [code, narrowSymbol] of withNarrow ? symbolsOf(locale, "narrowSymbol") : [])
    add(narrow, narrowSymbol, code);
  for (const [key, codes] of narrow) if (!symbols.has(key)) symbols.set(key, codes);
  // Scale words and connectors first: on equal length they win over a currency symbol
  // ("k" is a thousand, not the kina's narrow symbol "K").
  const tokens: Token[] = [];
  // The locale's own words first: they win over the English ones ("t" is a thousand in Danish).
  const english = locale.split("-")[0]?.toLowerCase() === "en";
  for (const [text, exponent] of intlScaleWords(locale))
    tokens.push({ text, kind: "scale", exponent, ...(english ? { lang: "en" as const } : {}) });
  for (const [tag, exponent, words] of LOCALE_SCALE_WORDS) {
    if (locale.toLowerCase() !== tag.toLowerCase() && !locale.toLowerCase().startsWith(`${tag.toLowerCase()}-`))
      continue;
    const lang = tag.split("-")[0] as Lang;
    for (const w of words.split(" ")) tokens.push({ text: w, kind: "scale", exponent, lang });
  }
  for (const [lang, exponent, words] of SCALE_WORDS) {
    // Normalised like the text ("हज़ार" with a nukta is decomposed by NFKC).
    for (const w of words.split(" ")) tokens.push({ text: lower(normalize(w)), kind: "scale", exponent, lang });
  }
  for (const w of CONNECTORS.split(" ")) tokens.push({ text: w, kind: "connector" });
  for (const [text, codes] of symbols) {
    const others = [...(narrow.get(text) ?? [])].filter((c) => !codes.has(c));
    tokens.push({ text, kind: "currency", codes: [...codes], ...(others.length > 0 ? { narrow: others } : {}) });
  }
  for (const [lang, code, words] of level === "symbols" || level === "narrow" ? [] : CURRENCY_WORDS) {
    for (const w of words.split(" ")) {
      const text = w.toLowerCase().replace(/_/g, " ");
      if (!symbols.has(text)) tokens.push({ text, kind: "currency", codes: [code], ...(lang ? { lang } : {}) });
    }
  }
  tokens.sort((a, b) => b.text.length - a.text.length); // stable: keeps the precedence above
  return tokens;
}

/**
 * Unicode compatibility forms (￥ → ¥, full-width digits), digits of every script to ASCII
 * ("١٢" → "12"), the Arabic decimal and thousands separators to "." and ",", bidirectional
 * marks removed (Intl writes them in Arabic, Hebrew and Persian), all spaces to one space,
 * the minus sign to "-".
 */
export function normalize(text: string): string {
  // Printable ASCII without a space at either end or two in a row: nothing below changes it.
  if (PLAIN.test(text)) return text;
  return text
    .normalize("NFKC")
    .replace(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, "")
    .replace(/(?![0-9])\p{Nd}/gu, asciiDigit)
    .replace(/\u066B/g, ".")
    .replace(/\u066C/g, ",")
    .replace(/[\u00A0\u2007\u2009\u202F\s]+/g, " ")
    .replace(/[\u2212\u2012\u2013]/g, "-")
    .replace(/\u2019/g, "'")
    .trim();
}

/** Printable ASCII, spaces single and inside ("$", "US$", "1,234.50 EUR"): what {@link normalize} leaves as it is. */
const PLAIN = /^(?:[!-~]+(?: [!-~]+)*)?$/;

/** The ASCII digit of a decimal digit of any script: Unicode encodes them in runs from 0 to 9. */
function asciiDigit(digit: string): string {
  const code = digit.codePointAt(0) ?? 0x30;
  let zero = code;
  while (/\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--;
  return String((code - zero) % 10);
}

/** The symbols and names of one (withdrawn) currency in a locale. */
function historicTokens(locale: string, code: string): Token[] {
  const texts = [
    currencyParts(locale, code, "symbol", 1),
    currencyParts(locale, code, "narrowSymbol", 1),
    ...currencyNames(locale, code),
  ];
  const keys = new Set(texts.map((t) => lower(normalize(t ?? ""))).filter((k) => k !== "" && k !== code.toLowerCase()));
  return [...keys].map((text) => ({ text, kind: "currency", codes: [code] }));
}

function mergeTokens(primary: readonly Token[], fallback: readonly Token[]): readonly Token[] {
  const seen = new Set(primary.map((t) => t.text));
  return [...primary, ...fallback.filter((t) => !seen.has(t.text))].sort((a, b) => b.text.length - a.text.length);
}

/**
 * Lower case with one UTF-16 unit per unit of the text, so that positions in the lowered text
 * are positions in the text: "İ" (Turkish) lowers to "i" plus a combining dot otherwise.
 */
export function lower(text: string): string {
  return text.replace(/\u0130/g, "i").toLowerCase();
}

/** The words of a locale, sorted longest first, and indexed by their first character. */
export interface Words {
  readonly tokens: readonly Token[];
  /** The tokens that start with a character, longest first (on equal length, in the order of precedence). */
  readonly byFirst: ReadonlyMap<string, readonly Token[]>;
  /** The currency tokens that hold a digit, a dash or a sign (masked before the number is looked for). */
  readonly marked: readonly Token[];
}

function index(tokens: readonly Token[]): Words {
  const byFirst = new Map<string, Token[]>();
  for (const t of tokens) {
    const key = t.text.charAt(0);
    const list = byFirst.get(key) ?? [];
    list.push(t);
    byFirst.set(key, list);
  }
  const marked = tokens.filter((t) => t.kind === "currency" && /[\d+-]/.test(t.text));
  return { tokens, byFirst, marked };
}

const wordCache = new Map<string, Words>();

/**
 * The words read in `locale` at a {@link WordLevel} (with `english`, those of en-US after the
 * locale's own), plus the
 * symbols and names of `historic` when it is a withdrawn currency (left out otherwise: they would
 * shadow current ones). Without a locale, the words of en-US.
 */
export function wordsFor(
  locale: string | undefined,
  historic: Currency | undefined,
  english: boolean,
  level: WordLevel,
): Words {
  const code = historic?.historic === true ? historic.code : "";
  const withEnglish = english && locale !== undefined;
  const key = `${locale ?? ""}\u0000${code}\u0000${withEnglish ? 1 : 0}\u0000${level}`;
  let words = wordCache.get(key);
  if (words === undefined) {
    const own = tokenCacheOf(locale ?? "en-US", level);
    const base = withEnglish ? mergeTokens(own, tokenCacheOf("en-US", level)) : own;
    words = index(code === "" ? base : mergeTokens(historicTokens(locale ?? "en-US", code), base));
    // Bounded: a program reads few locales, but a caller could pass many.
    if (wordCache.size >= 64) wordCache.clear();
    wordCache.set(key, words);
  }
  return words;
}

function tokenCacheOf(locale: string, level: WordLevel): readonly Token[] {
  const key = `${locale}\u0000${level}`;
  let tokens = tokenCache.get(key);
  if (tokens === undefined) {
    tokens = localeTokens(locale, level);
    tokenCache.set(key, tokens);
  }
  return tokens;
}

/**
 * `text` (lower case) with the currency names that hold a digit, a dash or a sign masked by "x",
 * so that their digits are not read as the number nor their dashes as signs ("São-toméischer
 * Dobra (2018)"). One pass per such name: linear in the length of the text.
 */
export function maskNames(text: string, words: Words): string {
  if (!/[\d+-]/.test(text)) return text;
  let mask: Uint8Array | undefined;
  for (const t of words.marked) {
    for (let k = text.indexOf(t.text); k >= 0; k = text.indexOf(t.text, k + t.text.length)) {
      mask ??= new Uint8Array(text.length);
      mask.fill(1, k, k + t.text.length);
    }
  }
  if (mask === undefined) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) out += mask[i] === 1 ? "x" : text.charAt(i);
  return out;
}

/**
 * Forgets the words built for each locale, so that the next parse of a locale builds them again.
 * For the tests: each test of a locale's words starts from an empty cache, and so covers the code
 * that builds them. @internal
 */
export function clearLocaleWords(): void {
  tokenCache.clear();
  wordCache.clear();
  symbolCache.clear();
  narrowCache.clear();
  nameCache.clear();
  sampleCache.clear();
  scaleWordCache.clear();
}
