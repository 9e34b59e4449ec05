/**
 * Parsing amounts as articles and tables write them: symbols, codes and names
 * of currencies, localized separators, scale words (billion, miliardi, 亿).
 *
 * @module
 */
import { D } from "../decimal.js";
import { describe, fail } from "../errors.js";
import { isoRegistry, resolveCurrency } from "./currency.js";
import { make } from "./money.js";
import type { Currency, Money, MoneyParseOptions } from "./types.js";

type Lang = "en" | "it" | "de" | "fr" | "es" | "zh" | "ja" | "hi";
/** Languages whose decimal separator is a comma. */
const COMMA_DECIMAL: ReadonlySet<string> = new Set(["it", "de", "fr", "es", "pt", "nl", "ru", "pl", "sv", "da", "nb", "fi", "cs", "tr"]);

interface Token {
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

/** Scale words by language; consecutive words multiply ("mila miliardi", "万亿"). */
const SCALE_WORDS: readonly (readonly [Lang, number, string])[] = [
  ["en", 3, "thousand thousands k"],
  ["en", 6, "million millions mn m mln"],
  ["en", 9, "billion billions bn b"],
  ["en", 12, "trillion trillions tn t"],
  ["it", 3, "mila mille"],
  ["it", 6, "milione milioni mln. mio"],
  ["it", 9, "miliardo miliardi mld mld. mrd"],
  ["it", 12, "bilione bilioni"],
  ["de", 3, "tausend tsd. tsd"],
  ["de", 6, "millionen mio."],
  ["de", 9, "milliarde milliarden mrd."],
  ["de", 12, "billionen bio. bio"],
  ["fr", 9, "milliard milliards md mds"],
  ["es", 6, "millón millones"],
  ["es", 12, "billón billones"],
  ["zh", 3, "千"],
  ["zh", 4, "万 萬"],
  ["zh", 6, "百万 百萬"],
  ["zh", 8, "亿 億"],
  ["zh", 12, "兆"],
  ["en", 5, "lakh lakhs"],
  ["en", 7, "crore crores"],
  ["hi", 3, "हज़ार"],
  ["hi", 5, "लाख"],
  ["hi", 7, "करोड़ क॰"],
  ["hi", 9, "अरब अ॰"],
  ["hi", 11, "खरब ख॰"],
  ["hi", 13, "नील"],
];

/**
 * Scale words read only in locales of their language (or region), because English gives
 * them another meaning or none: the French "billion" and "Bn" are 10^12 (English 10^9),
 * as is the Spanish "B" (billón); the Canadian French "G" is 10^9; the Italian "Bln" is
 * 10^12 ("bln" is a billion in English); the Spanish "mil" is a thousand ("mil M" a
 * thousand million), in English slang a million; Indian English abbreviates lakh (10^5)
 * and crore (10^7) as "L" and "Cr" ("KCr" a thousand crore). These are the words `Intl`
 * writes in compact and long notation.
 */
const LOCALE_SCALE_WORDS: readonly (readonly [string, number, string])[] = [
  ["fr", 3, "millier milliers mille"],
  ["fr", 9, "g"],
  ["fr", 12, "billion billions bn"],
  ["es", 3, "mil"],
  ["es", 12, "b"],
  ["it", 12, "bln"],
  ["en-IN", 5, "l"],
  ["en-IN", 7, "cr"],
  ["en-IN", 10, "kcr"],
  ["en-IN", 12, "lcr"],
];

/** Press words for currencies that Intl's names do not cover. */
const CURRENCY_WORDS: readonly (readonly [Lang | undefined, string, string])[] = [
  ["en", "USD", "dollar dollars"],
  [undefined, "CNY", "yuan renminbi rmb"],
  [undefined, "EUR", "euro"],
  ["en", "EUR", "euros"],
  ["en", "GBP", "pound pounds sterling"],
  [undefined, "JPY", "yen"],
  ["it", "USD", "dollaro dollari dollari_usa dollari_americani dollari_statunitensi"],
  ["it", "CNY", "yuan_cinesi renminbi_cinesi"],
  ["en", "USD", "us_dollars u.s._dollars"],
  ["it", "GBP", "sterlina sterline"],
  ["de", "USD", "dollar"],
  ["fr", "USD", "dollar dollars"],
  ["zh", "CNY", "元 人民币 圆"],
  ["zh", "USD", "美元"],
  ["zh", "EUR", "欧元"],
  ["zh", "JPY", "日元"],
  ["ja", "JPY", "円"],
  [undefined, "USD", "US$ U.S.$"],
  [undefined, "CNY", "RMB¥"],
];

const CONNECTORS = "di de of d' d’";

const tokenCache = new Map<string, readonly Token[]>();

function currencyParts(locale: string, code: string, display: "symbol" | "narrowSymbol", value: number): string | undefined {
  const nf = new Intl.NumberFormat(locale, { style: "currency", currency: code, currencyDisplay: display, minimumFractionDigits: 0, maximumFractionDigits: 0 });
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

/** Every plural form of a currency's name in a locale. */
function currencyNames(locale: string, code: string): string[] {
  const names: string[] = [];
  for (const [digits, values] of NAME_SAMPLES) {
    const nf = new Intl.NumberFormat(locale, { style: "currency", currency: code, currencyDisplay: "name", minimumFractionDigits: digits, maximumFractionDigits: digits });
    for (const value of values) {
      const name = nf.formatToParts(value).find((p) => p.type === "currency")?.value;
      if (name !== undefined && !names.includes(name)) names.push(name);
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
function intlScaleWords(locale: string): Map<string, number> {
  const seen = new Map<string, number | undefined>();
  for (const compactDisplay of ["short", "long"] as const) {
    const nf = new Intl.NumberFormat(locale, { notation: "compact", compactDisplay, maximumSignificantDigits: 21, numberingSystem: "latn" });
    for (let exponent = 3; exponent <= 15; exponent++) {
      for (const mantissa of [1, 1.5, 2, 5, 21]) {
        const value = mantissa * 10 ** exponent;
        const parts = nf.formatToParts(value);
        const word = parts.filter((x) => x.type === "compact").map((x) => x.value).join("");
        const shown = Number(parts.filter((x) => x.type === "integer" || x.type === "fraction" || x.type === "decimal").map((x) => (x.type === "decimal" ? "." : x.value)).join(""));
        if (word === "" || !(shown > 0)) continue;
        const key = normalize(word).toLowerCase();
        const power = Math.round(Math.log10(value / shown));
        seen.set(key, seen.has(key) && seen.get(key) !== power ? undefined : power);
      }
    }
  }
  const words = new Map<string, number>();
  for (const [key, power] of seen) if (power !== undefined && key !== "") words.set(key, power);
  return words;
}

/** The tokens known for a locale: Intl's symbols and names for every ISO code, scale and press words. */
function tokensFor(locale: string): readonly Token[] {
  const cached = tokenCache.get(locale);
  if (cached !== undefined) return cached;
  const symbols = new Map<string, Set<string>>();
  const narrow = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, text: string | undefined, code: string): void => {
    if (text === undefined) return;
    const key = normalize(text).toLowerCase();
    if (key === "" || /^[a-z]{3}$/i.test(key)) return;
    const set = map.get(key) ?? new Set<string>();
    set.add(code);
    map.set(key, set);
  };
  for (const c of isoRegistry().values()) {
    if (c.historic) continue;
    add(symbols, currencyParts(locale, c.code, "symbol", 1), c.code);
    add(narrow, currencyParts(locale, c.code, "narrowSymbol", 1), c.code);
    for (const name of currencyNames(locale, c.code)) add(symbols, name, c.code);
  }
  for (const [key, codes] of narrow) if (!symbols.has(key)) symbols.set(key, codes);
  // Scale words and connectors first: on equal length they win over a currency symbol
  // ("k" is a thousand, not the kina's narrow symbol "K").
  const tokens: Token[] = [];
  // The locale's own words first: they win over the English ones ("t" is a thousand in Danish).
  const english = locale.split("-")[0]?.toLowerCase() === "en";
  for (const [text, exponent] of intlScaleWords(locale)) tokens.push({ text, kind: "scale", exponent, ...(english ? { lang: "en" as const } : {}) });
  for (const [tag, exponent, words] of LOCALE_SCALE_WORDS) {
    if (locale.toLowerCase() !== tag.toLowerCase() && !locale.toLowerCase().startsWith(`${tag.toLowerCase()}-`)) continue;
    const lang = tag.split("-")[0] as Lang;
    for (const w of words.split(" ")) tokens.push({ text: w, kind: "scale", exponent, lang });
  }
  for (const [lang, exponent, words] of SCALE_WORDS) {
    // Normalised like the text ("हज़ार" with a nukta is decomposed by NFKC).
    for (const w of words.split(" ")) tokens.push({ text: normalize(w).toLowerCase(), kind: "scale", exponent, lang });
  }
  for (const w of CONNECTORS.split(" ")) tokens.push({ text: w, kind: "connector" });
  for (const [text, codes] of symbols) {
    const others = [...(narrow.get(text) ?? [])].filter((c) => !codes.has(c));
    tokens.push({ text, kind: "currency", codes: [...codes], ...(others.length > 0 ? { narrow: others } : {}) });
  }
  for (const [lang, code, words] of CURRENCY_WORDS) {
    for (const w of words.split(" ")) {
      const text = w.toLowerCase().replace(/_/g, " ");
      if (!symbols.has(text)) tokens.push({ text, kind: "currency", codes: [code], ...(lang ? { lang } : {}) });
    }
  }
  tokens.sort((a, b) => b.text.length - a.text.length); // stable: keeps the precedence above
  tokenCache.set(locale, tokens);
  return tokens;
}

/**
 * Unicode compatibility forms (￥ → ¥, full-width digits), digits of every script to ASCII
 * ("١٢" → "12"), the Arabic decimal and thousands separators to "." and ",", bidirectional
 * marks removed (Intl writes them in Arabic, Hebrew and Persian), all spaces to one space,
 * the minus sign to "-".
 */
function normalize(text: string): string {
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

/** The ASCII digit of a decimal digit of any script: Unicode encodes them in runs from 0 to 9. */
function asciiDigit(digit: string): string {
  const code = digit.codePointAt(0) ?? 0x30;
  let zero = code;
  while (/\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--;
  return String((code - zero) % 10);
}

function separatorsOf(locale: string): { decimal: string; group: string } {
  const p = new Intl.NumberFormat(locale).formatToParts(1234567.5);
  return {
    decimal: normalize(p.find((x) => x.type === "decimal")?.value ?? "."),
    group: normalize(p.find((x) => x.type === "group")?.value ?? ",") || " ",
  };
}

const LETTER = /\p{L}/u;

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
 * - **Strict mode** (`strict: true`) refuses the ambiguous cases with INVALID_INPUT and a
 *   message saying why, rather than guessing; it also refuses a symbol shared by several
 *   currencies (which is refused in any mode when nothing decides).
 *
 * The amount is exact and not rounded: `"$30.26 billion"` is 30260000000 USD.
 *
 * @param text - the text to read
 * @param options - see {@link MoneyParseOptions}
 * @returns a frozen Money
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` for text that is not one amount, unknown
 *   words, misplaced separators, an ambiguous number in strict mode, no currency, an
 *   ambiguous currency or an invalid locale; `CURRENCY_MISMATCH` when the text names a
 *   currency other than `options.currency`; `UNKNOWN_CURRENCY` for an unknown code in `options.currency`
 * @example
 * {@includeCode ../../test/money/examples.test.ts#parse}
 * @category Parsing
 * @since 0.1.0
 */
export function parse(text: string, options: MoneyParseOptions = {}): Money {
  if (typeof text !== "string") return fail("INVALID_INPUT", `parse: text must be a string, got ${describe(text)}`, { where: "parse" });
  if (typeof options !== "object" || options === null) fail("INVALID_INPUT", `parse: options must be an object, got ${describe(options)}`, { where: "parse" });
  const strict = options.strict ?? false;
  if (typeof strict !== "boolean") fail("INVALID_INPUT", `parse: strict must be a boolean, got ${describe(strict)}`, { where: "parse" });
  const expected = options.currency === undefined ? undefined : resolveCurrency(options.currency, "parse: options.currency");
  for (const name of ["decimalSeparator", "groupSeparator"] as const) {
    const sep: unknown = options[name];
    if (sep !== undefined && typeof sep !== "string") fail("INVALID_INPUT", `parse: ${name} must be one of . , ' or a space, got ${describe(sep)}`, { where: "parse" });
  }
  let locale: string | undefined;
  if (options.locale !== undefined) {
    if (typeof options.locale !== "string") fail("INVALID_INPUT", `parse: locale must be a BCP 47 string, got ${describe(options.locale)}`, { where: "parse" });
    try {
      locale = Intl.NumberFormat.supportedLocalesOf([options.locale])[0] ?? options.locale;
      new Intl.NumberFormat(locale);
    } catch {
      fail("INVALID_INPUT", `parse: invalid locale ${describe(options.locale)}`, { where: "parse" });
    }
  }
  const where = { where: "parse", text };
  const s = normalize(text);
  if (s === "") fail("INVALID_INPUT", "parse: the text is empty", where);

  const base = locale === undefined ? tokensFor("en-US") : mergeTokens(tokensFor(locale), tokensFor("en-US"));
  // A withdrawn currency's symbols and names are left out of the locale's words (they would
  // shadow current ones), but read when options.currency names it: "kn 5" is HRK then.
  const known = expected?.historic === true ? mergeTokens(historicTokens(locale ?? "en-US", expected.code), base) : base;

  // 1. The number: one run of digits and separators, outside the currency names that hold
  // digits ("São-toméischer Dobra (2018)").
  const numbers = [...maskNames(s, known, /\d/).matchAll(/\d(?:[\d.,' ]*\d)?/g)];
  if (numbers.length !== 1) {
    fail("INVALID_INPUT", `parse: expected exactly one number in ${describe(text)}, found ${numbers.length}`, where);
  }
  const numberText = numbers[0]?.[0] ?? "";
  const start = numbers[0]?.index ?? 0;
  let prefix = s.slice(0, start);
  let suffix = s.slice(start + numberText.length);

  // 2. The sign: "-" or "+" before the number, or accounting parentheses.
  // Parentheses that open and close on one side of the number belong to a currency's name
  // ("Chilean units of account (UF)"); accounting parentheses enclose the number.
  let negative = false;
  const before = looseParentheses(prefix);
  const after = looseParentheses(suffix);
  const paren = before.open.length === 1 && before.close.length === 0 && after.open.length === 0 && after.close.length === 1;
  const misplaced = !paren && before.open.length + before.close.length + after.open.length + after.close.length > 0;
  if (paren) {
    negative = true;
    prefix = blankAt(prefix, before.open[0] ?? 0);
    suffix = blankAt(suffix, after.close[0] ?? 0);
  }
  // A hyphen between two letters belongs to a word ("US-Dollar"), and the hyphens and dashes of a
  // currency's name to the name ("St.-Helena-Pfund", "кины Папуа – Новой Гвинеи"): not signs.
  const SIGN = /(?<!\p{L})[-+]|[-+](?!\p{L})/gu;
  const signsAt = (part: string): number[] => [...maskNames(part, known, /[-+]/).matchAll(SIGN)].map((x) => x.index ?? 0);
  const signs = signsAt(prefix);
  if (signs.length > 1 || (paren && signs.length > 0)) fail("INVALID_INPUT", `parse: more than one sign in ${describe(text)}`, where);
  if (signs.length === 1 && prefix[signs[0] ?? 0] === "-") negative = true;
  for (const k of signs) prefix = blankAt(prefix, k);
  if (signsAt(suffix).length > 0 || misplaced) fail("INVALID_INPUT", `parse: misplaced sign or parenthesis in ${describe(text)}`, where);

  // 3. Words around the number: currency, scale, connectors.
  const found: Token[] = [];
  const rest = `${prefix} ${suffix}`;
  const restLower = rest.toLowerCase();
  let i = 0;
  const customCode = expected?.code.toLowerCase();
  // A custom currency given as options.currency is also read by its name, as format writes it.
  const customName = expected?.custom === true ? normalize(expected.name).toLowerCase() : undefined;
  while (i < rest.length) {
    if (rest[i] === " ") {
      i++;
      continue;
    }
    let token: Token | undefined;
    const codeMatch = /^[a-z0-9_]+/i.exec(rest.slice(i));
    // A code is a whole word: "eur" is not the code in the Lithuanian "eurų".
    const word = codeMatch === null || LETTER.test(rest.charAt(i + codeMatch[0].length)) ? undefined : codeMatch[0];
    if (expected !== undefined && customName !== undefined && restLower.startsWith(customName, i) && !LETTER.test(rest.charAt(i + customName.length))) {
      token = { text: customName, kind: "currency", codes: [expected.code] };
    } else if (word !== undefined && expected !== undefined && word.toLowerCase() === customCode) token = { text: word, kind: "currency", codes: [expected.code] };
    else if (word !== undefined && /^[A-Za-z]{3}$/.test(word) && isoRegistry().has(word.toUpperCase())) {
      token = { text: word, kind: "currency", codes: [word.toUpperCase()] };
    } else {
      // Scale words follow the number: before it, "K" is a currency's narrow symbol (the kyat's
      // "K 1,234.50"), never a thousand.
      const beforeNumber = i < prefix.length;
      token = known.find((t) => {
        if (!restLower.startsWith(t.text, i) || (beforeNumber && t.kind === "scale")) return false;
        const next = rest.charAt(i + t.text.length);
        const last = t.text.charAt(t.text.length - 1);
        // A Latin word must end where the text's word ends ("k" is not the start of "kilo").
        return !(/[a-z]/i.test(last) && LETTER.test(next));
      });
    }
    if (token === undefined) {
      const bad = rest.slice(i).split(" ")[0];
      return fail("INVALID_INPUT", `parse: unexpected ${describe(bad)} in ${describe(text)} (not a currency, scale word or separator known for ${locale ?? "en-US"})`, where);
    }
    found.push(token);
    i += token.text.length;
  }

  // 4. The currency. A symbol that is also the narrow symbol of options.currency names it too
  // ("$5" with currency CAD, "¥5" with CNY in en-US), as format writes with narrowSymbol.
  let candidates: string[] | undefined;
  let narrowOk = expected !== undefined;
  for (const t of found) {
    if (t.kind !== "currency") continue;
    const codes = t.codes ?? [];
    candidates = candidates === undefined ? [...codes] : candidates.filter((c) => codes.includes(c));
    narrowOk &&= expected !== undefined && (codes.includes(expected.code) || (t.narrow ?? []).includes(expected.code));
    if (candidates.length === 0 && !narrowOk) fail("INVALID_INPUT", `parse: ${describe(text)} names two different currencies`, where);
  }
  let currency: Currency;
  if (candidates === undefined) {
    if (expected === undefined) return fail("INVALID_INPUT", `parse: no currency in ${describe(text)}; pass options.currency`, where);
    currency = expected;
  } else if (expected !== undefined) {
    if (!candidates.includes(expected.code) && !narrowOk) {
      return fail("CURRENCY_MISMATCH", `parse: ${describe(text)} is in ${candidates.join(" or ")}, not ${expected.code}`, { ...where, currencies: [candidates.join("|"), expected.code] });
    }
    currency = expected;
  } else if (candidates.length > 1) {
    return fail("INVALID_INPUT", `parse: the currency of ${describe(text)} is ambiguous (${candidates.join(", ")}); pass options.currency or a locale`, where);
  } else {
    currency = resolveCurrency(candidates[0], "parse");
  }

  // 5. Scale and language hints.
  let exponent = 0;
  const langs = new Set<string>();
  for (const t of found) {
    if (t.kind === "scale") exponent += t.exponent ?? 0;
    if (t.lang !== undefined && t.lang !== "ja" && t.lang !== "zh") langs.add(t.lang);
    if (t.lang === "zh" || t.lang === "ja") langs.add("en"); // Chinese and Japanese write a decimal point
  }

  // 6. The separators.
  const digits = readNumber(numberText, {
    text,
    strict,
    ...(locale !== undefined ? { locale } : {}),
    ...(options.decimalSeparator !== undefined ? { decimal: options.decimalSeparator } : {}),
    ...(options.groupSeparator !== undefined ? { group: options.groupSeparator } : {}),
    langs,
  });
  const amount = new D(`${negative ? "-" : ""}${digits}e${exponent}`);
  return make(amount, currency);
}

/** The positions of the parentheses of `text` that have no partner in it. */
function looseParentheses(text: string): { readonly open: number[]; readonly close: number[] } {
  const open: number[] = [];
  const close: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "(") open.push(i);
    else if (text[i] === ")" && open.pop() === undefined) close.push(i);
  }
  return { open, close };
}

/**
 * `text` with the currency names that hold a `mark` (a dash, a digit) masked, so that their
 * dashes are not read as signs nor their digits as the number.
 */
function maskNames(text: string, known: readonly Token[], mark: RegExp): string {
  const lower = text.toLowerCase();
  if (lower.length !== text.length || !mark.test(text)) return text;
  let masked = text;
  for (const t of known) {
    if (t.kind !== "currency" || !mark.test(t.text)) continue;
    for (let k = lower.indexOf(t.text); k >= 0; k = lower.indexOf(t.text, k + 1)) {
      masked = `${masked.slice(0, k)}${"x".repeat(t.text.length)}${masked.slice(k + t.text.length)}`;
    }
  }
  return masked;
}

/** `text` with the character at `index` replaced by a space. */
function blankAt(text: string, index: number): string {
  return `${text.slice(0, index)} ${text.slice(index + 1)}`;
}

/** The symbols and names of one (withdrawn) currency in a locale. */
function historicTokens(locale: string, code: string): Token[] {
  const texts = [currencyParts(locale, code, "symbol", 1), currencyParts(locale, code, "narrowSymbol", 1), ...currencyNames(locale, code)];
  const keys = new Set(texts.map((t) => normalize(t ?? "").toLowerCase()).filter((k) => k !== "" && k !== code.toLowerCase()));
  return [...keys].map((text) => ({ text, kind: "currency", codes: [code] }));
}

function mergeTokens(primary: readonly Token[], fallback: readonly Token[]): readonly Token[] {
  const seen = new Set(primary.map((t) => t.text));
  return [...primary, ...fallback.filter((t) => !seen.has(t.text))].sort((a, b) => b.text.length - a.text.length);
}

interface NumberContext {
  readonly text: string;
  readonly strict: boolean;
  readonly locale?: string;
  readonly decimal?: string;
  readonly group?: string;
  readonly langs: ReadonlySet<string>;
}

/** Reads the digits of the number with given, locale or inferred separators; returns a plain decimal string. */
function readNumber(raw: string, ctx: NumberContext): string {
  const where = { where: "parse", text: ctx.text };
  let decimal: string | undefined;
  let group: string | undefined;
  if (ctx.decimal !== undefined || ctx.group !== undefined) {
    decimal = ctx.decimal === undefined ? undefined : normalize(ctx.decimal) || " ";
    group = ctx.group === undefined ? undefined : normalize(ctx.group) || " ";
    for (const [name, sep] of [["decimalSeparator", decimal], ["groupSeparator", group]] as const) {
      if (sep !== undefined && !/^[.,' ]$/.test(sep)) fail("INVALID_INPUT", `parse: ${name} must be one of . , ' or a space, got ${describe(sep)}`, where);
    }
    if (decimal !== undefined && decimal === group) fail("INVALID_INPUT", "parse: the decimal and group separators must differ", where);
    // When only one is given, the other is the separator the text uses, or the usual partner.
    const g = group;
    if (decimal === undefined) decimal = g !== "," && raw.includes(",") ? "," : g === "." ? "," : ".";
    const d = decimal;
    if (group === undefined) group = /[.,' ]/.exec(raw.split(d).join(""))?.[0] ?? (d === "," ? "." : ",");
  } else if (ctx.locale !== undefined) {
    ({ decimal, group } = separatorsOf(ctx.locale));
  } else {
    ({ decimal, group } = infer(raw, ctx));
  }
  // Every separator in the number must be the decimal or the group separator.
  const bad = raw.replace(/\d/g, "").split("").find((c) => c !== decimal && c !== group);
  if (bad !== undefined) {
    fail("INVALID_INPUT", `parse: ${describe(bad)} is neither the decimal (${describe(decimal)}) nor the group separator (${describe(group)}) in ${describe(ctx.text)}`, where);
  }
  const pieces = raw.split(decimal);
  if (pieces.length > 2) fail("INVALID_INPUT", `parse: more than one decimal separator ${describe(decimal)} in ${describe(ctx.text)}`, where);
  const [intPart, fraction = ""] = pieces as [string, string?];
  if (pieces.length === 2 && !/^\d+$/.test(fraction)) fail("INVALID_INPUT", `parse: misplaced separator after the decimal separator in ${describe(ctx.text)}`, where);
  const groups = intPart.split(group);
  if (groups.length > 1) {
    const first = groups[0] ?? "";
    const lastGroup = groups[groups.length - 1] ?? "";
    const western = /^\d{1,3}$/.test(first) && groups.slice(1).every((g) => /^\d{3}$/.test(g));
    const indian = groups.length > 2 && /^\d{1,2}$/.test(first) && groups.slice(1, -1).every((g) => /^\d{2}$/.test(g)) && /^\d{3}$/.test(lastGroup);
    if (!western && !indian) fail("INVALID_INPUT", `parse: misplaced group separator ${describe(group)} in ${describe(ctx.text)}`, where);
  }
  const integer = groups.join("");
  if (!/^\d+$/.test(integer)) fail("INVALID_INPUT", `parse: no digits before the separator in ${describe(ctx.text)}`, where);
  return fraction === "" ? integer : `${integer}.${fraction}`;
}

function infer(raw: string, ctx: NumberContext): { decimal: string; group: string } {
  const where = { where: "parse", text: ctx.text };
  const marks = raw.replace(/\d/g, "");
  const dots = (marks.match(/\./g) ?? []).length;
  const commas = (marks.match(/,/g) ?? []).length;
  const other = marks.replace(/[.,]/g, "");
  if (dots > 0 && commas > 0) {
    const last = Math.max(raw.lastIndexOf("."), raw.lastIndexOf(","));
    const decimal = raw.charAt(last);
    return { decimal, group: decimal === "." ? "," : "." };
  }
  const single = dots > 0 ? "." : commas > 0 ? "," : undefined;
  const spaceGroup = other.length > 0 ? other.charAt(0) : undefined;
  if (single === undefined) return { decimal: ".", group: spaceGroup ?? "," };
  const count = dots + commas;
  const alternate = single === "." ? "," : ".";
  if (spaceGroup !== undefined) return { decimal: single, group: spaceGroup };
  if (count > 1) return { decimal: alternate, group: single };
  const after = raw.length - raw.indexOf(single) - 1;
  if (after !== 3) return { decimal: single, group: alternate };
  // "1,234" or "1.234": the language of the words decides, if it is one language.
  if (ctx.langs.size === 1) {
    const lang = [...ctx.langs][0] ?? "en";
    const decimal = COMMA_DECIMAL.has(lang) ? "," : ".";
    return { decimal, group: decimal === "," ? "." : "," };
  }
  if (ctx.strict) {
    fail(
      "INVALID_INPUT",
      `parse: ${describe(ctx.text)} is ambiguous: ${describe(raw)} may be ${raw.replace(single, "")} (thousands separator) or ${raw.replace(single, ".")} (decimal separator); pass a locale or decimalSeparator`,
      { ...where, reason: "ambiguous-separator" },
    );
  }
  // Outside strict mode: a thousands separator, the common reading of prices and tables.
  return { decimal: alternate, group: single };
}

/**
 * Forgets the words built for each locale, so that the next parse of a locale builds them again.
 * For the tests: each test of a locale's words starts from an empty cache, and so covers the code
 * that builds them. @internal
 */
export function clearLocaleWords(): void {
  tokenCache.clear();
}
