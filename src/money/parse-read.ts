/**
 * Steps 3 to 6 of `money.parse`: the words around the number, the currency they name, the check
 * that the text is one amount, and the power of ten of its scale words.
 *
 * @internal
 * @module
 */
import { describe, refuse } from "../errors.js";
import { isoRegistry, resolveCurrency } from "./currency.js";
import { unreadable, type TextSite } from "./parse-number.js";
import { lower, normalize, type Token, type Words } from "./parse-words.js";
import type { Currency } from "./types.js";

const LETTER = /\p{L}/u;
/** A word of letters, digits or underscores at a position (a code, a custom currency's code). */
const CODE_WORD = /[a-z0-9_]+/iy;

/** The options of a parse, checked. */
export interface Reading {
  /** The public function that reads, named by its refusals: `"money.parse"`, `"money.parseReported"`. */
  readonly fn: string;
  readonly text: string;
  readonly strict: boolean;
  readonly expected: Currency | undefined;
  readonly locale: string | undefined;
  readonly decimalSeparator: string | undefined;
  readonly groupSeparator: string | undefined;
}

/** Where a refusal of the text is. */
export type Where = TextSite;

/** A word found around the number, and whether it stands before it. */
export interface Found {
  readonly token: Token;
  readonly before: boolean;
}

/**
 * Step 3, the words around the number: currency (a code, a symbol, a name), scale words,
 * connectors. Each word is looked up among the locale's words that start with its first
 * character, longest first. Scale words follow the number: before it, "K" is a currency's
 * narrow symbol (the kyat's "K 1,234.50"), never a thousand.
 */
export function readWords(prefix: string, suffix: string, words: Words, r: Reading): Found[] {
  const found: Found[] = [];
  const rest = `${prefix} ${suffix}`;
  const restLower = lower(rest);
  const expected = r.expected;
  const customCode = expected?.code.toLowerCase();
  // A custom currency given as options.currency is also read by its name, as format writes it.
  const customName = expected?.custom === true ? lower(normalize(expected.name)) : undefined;
  let i = 0;
  while (i < rest.length) {
    if (rest[i] === " ") {
      i++;
      continue;
    }
    const before = i < prefix.length;
    const token = wordAt(rest, restLower, i, before, words, expected, customCode, customName);
    if (token === undefined) {
      const bad = rest.slice(i).split(" ")[0];
      return unreadable(
        r,
        `unexpected ${describe(bad)}: not a currency, scale word or separator known for ${r.locale ?? "en-US"}`,
        { word: bad },
      );
    }
    found.push({ token, before });
    i += token.text.length;
  }
  return found;
}

/** The word at position `i` of the text around the number, or undefined when none is known. */
function wordAt(
  rest: string,
  restLower: string,
  i: number,
  beforeNumber: boolean,
  words: Words,
  expected: Currency | undefined,
  customCode: string | undefined,
  customName: string | undefined,
): Token | undefined {
  CODE_WORD.lastIndex = i;
  const codeMatch = CODE_WORD.exec(rest);
  // A code is a whole word: "eur" is not the code in the Lithuanian "eurų".
  const word = codeMatch === null || LETTER.test(rest.charAt(i + codeMatch[0].length)) ? undefined : codeMatch[0];
  if (
    expected !== undefined &&
    customName !== undefined &&
    restLower.startsWith(customName, i) &&
    !LETTER.test(rest.charAt(i + customName.length))
  ) {
    return { text: customName, kind: "currency", codes: [expected.code] };
  }
  if (word !== undefined && expected !== undefined && word.toLowerCase() === customCode)
    return { text: word, kind: "currency", codes: [expected.code] };
  if (word !== undefined && word.length === 3 && /^[A-Za-z]{3}$/.test(word) && isoRegistry().has(word.toUpperCase())) {
    return { text: word, kind: "currency", codes: [word.toUpperCase()] };
  }
  for (const t of words.byFirst.get(restLower.charAt(i)) ?? []) {
    if ((beforeNumber && t.kind === "scale") || !restLower.startsWith(t.text, i)) continue;
    // A Latin word must end where the text's word ends ("k" is not the start of "kilo").
    const last = t.text.charAt(t.text.length - 1);
    if (/[a-z]/i.test(last) && LETTER.test(rest.charAt(i + t.text.length))) continue;
    return t;
  }
  return undefined;
}

/**
 * Step 4, the currency. A symbol that is also the narrow symbol of options.currency names it too
 * ("$5" with currency CAD, "¥5" with CNY in en-US), as format writes with narrowSymbol.
 */
export function pickCurrency(found: readonly Found[], r: Reading): Currency {
  const { expected, text } = r;
  const where = r;
  let candidates: string[] | undefined;
  let narrowOk = expected !== undefined;
  for (const { token: t } of found) {
    if (t.kind !== "currency") continue;
    const codes = t.codes ?? [];
    candidates = candidates === undefined ? [...codes] : candidates.filter((c) => codes.includes(c));
    narrowOk &&= expected !== undefined && (codes.includes(expected.code) || (t.narrow ?? []).includes(expected.code));
    if (candidates.length === 0 && !narrowOk) unreadable(where, "the text names two different currencies");
  }
  if (candidates === undefined) {
    if (expected === undefined) return unreadable(where, "no currency in the text; pass options.currency");
    return expected;
  }
  if (expected !== undefined) {
    if (!candidates.includes(expected.code) && !narrowOk) {
      return refuse("CURRENCY_MISMATCH", {
        function: r.fn,
        path: "text",
        expected: `an amount in ${expected.code} (options.currency)`,
        received: text,
        locale: r.locale ?? "en-US",
        currencies: [candidates.join("|"), expected.code],
        problem: `the text is in ${candidates.join(" or ")}, not ${expected.code}`,
        hint: `The text is in ${candidates.join(" or ")}.`,
      });
    }
    return expected;
  }
  if (candidates.length > 1) {
    return unreadable(
      where,
      `the currency is ambiguous (${candidates.join(", ")}); pass options.currency or a locale`,
      { currencies: candidates },
    );
  }
  return resolveCurrency(candidates[0], `${r.fn}: text`);
}

/**
 * Step 5, exactly one amount: no currency word twice, at most one connector, and the scale
 * words in one run after the number, each larger than the one before ("mila miliardi", "万亿",
 * "thousand million"): "5 USD USD", "$ $ 5", "5 k k USD", "5 million USD million" are refused.
 */
export function checkOneAmount(found: readonly Found[], r: Reading): void {
  const currencies = new Set<string>();
  let connectors = 0;
  let lastScale: number | undefined;
  let scaleRunEnded = false;
  let problem: string | undefined;
  for (const { token } of found) {
    if (token.kind === "currency") {
      if (currencies.has(token.text.toLowerCase())) problem = `the currency named twice (${describe(token.text)})`;
      currencies.add(token.text.toLowerCase());
    }
    if (token.kind === "connector") connectors++;
    if (token.kind === "scale") {
      const exponent = token.exponent ?? 0;
      if (scaleRunEnded) problem = `a scale word apart from the others (${describe(token.text)})`;
      else if (lastScale !== undefined && exponent <= lastScale)
        problem = `a scale word repeated or out of order (${describe(token.text)})`;
      lastScale = exponent;
    } else if (lastScale !== undefined) {
      scaleRunEnded = true;
    }
  }
  if (connectors > 1) problem = "more than one connector";
  if (problem !== undefined) {
    const locale = r.locale ?? "en-US";
    refuse("INVALID_TEXT", {
      function: r.fn,
      path: "text",
      expected: "exactly one amount",
      received: r.text,
      locale,
      problem,
      hint: `The text has ${problem}.`,
    });
  }
}

/** Step 6, the power of ten of the scale words, and the languages the words hint at (for the separators). */
export function scaleAndLanguages(found: readonly Found[]): { exponent: number; langs: Set<string> } {
  let exponent = 0;
  const langs = new Set<string>();
  for (const { token: t } of found) {
    if (t.kind === "scale") exponent += t.exponent ?? 0;
    if (t.lang !== undefined && t.lang !== "ja" && t.lang !== "zh") langs.add(t.lang);
    if (t.lang === "zh" || t.lang === "ja") langs.add("en"); // Chinese and Japanese write a decimal point
  }
  return { exponent, langs };
}
