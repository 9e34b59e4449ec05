/**
 * The number of a text `money.parse` reads: its sign, its decimal and group separators (given,
 * of the locale or inferred), and the checks of its groups.
 *
 * @module
 */
import { describe, refuse } from "../errors.js";
import { cached } from "./intl.js";
import { lower, maskNames, normalize, type Words } from "./parse-words.js";

/** Languages whose decimal separator is a comma. */
const COMMA_DECIMAL: ReadonlySet<string> = new Set([
  "it",
  "de",
  "fr",
  "es",
  "pt",
  "nl",
  "ru",
  "pl",
  "sv",
  "da",
  "nb",
  "fi",
  "cs",
  "tr",
]);

/** What the number is read with: the whole text (for messages), the mode, the separators or locale given, the languages of the words. */
export interface NumberContext {
  /** The public function that reads, named by its refusals. */
  readonly fn: string;
  readonly text: string;
  readonly strict: boolean;
  readonly locale?: string;
  readonly decimal?: string;
  readonly group?: string;
  readonly langs: ReadonlySet<string>;
}

/** Reads the digits of the number with given, locale or inferred separators; returns a plain decimal string. */
export function readNumber(raw: string, ctx: NumberContext): string {
  const where = ctx;
  let decimal: string | undefined;
  let group: string | undefined;
  if (ctx.decimal !== undefined || ctx.group !== undefined) {
    decimal = ctx.decimal === undefined ? undefined : normalize(ctx.decimal) || " ";
    group = ctx.group === undefined ? undefined : normalize(ctx.group) || " ";
    for (const [name, sep] of [
      ["decimalSeparator", decimal],
      ["groupSeparator", group],
    ] as const) {
      if (sep !== undefined && !/^[.,' ]$/.test(sep))
        refuse("INVALID_INPUT", {
          function: ctx.fn,
          path: `options.${name}`,
          expected: "one of . , ' or a space",
          received: sep,
        });
    }
    if (decimal !== undefined && decimal === group) {
      refuse("INVALID_INPUT", {
        function: ctx.fn,
        path: "options.groupSeparator",
        expected: "a separator other than the decimal separator",
        received: group,
      });
    }
    // When only one is given, the other is the separator the text uses, or the usual partner.
    const g = group;
    if (decimal === undefined) decimal = g !== "," && raw.includes(",") ? "," : g === "." ? "," : ".";
    const d = decimal;
    if (group === undefined) group = /[.,' ]/.exec(raw.split(d).join(""))?.[0] ?? (d === "," ? "." : ",");
  } else if (ctx.locale !== undefined) {
    ({ decimal, group } = separatorsOf(ctx.locale, raw));
  } else {
    ({ decimal, group } = infer(raw, ctx));
  }
  // Every separator in the number must be the decimal or the group separator.
  const bad = raw
    .replace(/\d/g, "")
    .split("")
    .find((c) => c !== decimal && c !== group);
  if (bad !== undefined) {
    unreadable(
      where,
      `${describe(bad)} is neither the decimal (${describe(decimal)}) nor the group separator (${describe(group)})`,
    );
  }
  const pieces = raw.split(decimal);
  if (pieces.length > 2) unreadable(where, `more than one decimal separator ${describe(decimal)}`);
  const [intPart, fraction = ""] = pieces as [string, string?];
  if (pieces.length === 2 && !/^\d+$/.test(fraction))
    unreadable(where, "misplaced separator after the decimal separator");
  const groups = intPart.split(group);
  if (groups.length > 1) {
    const first = groups[0] ?? "";
    const lastGroup = groups[groups.length - 1] ?? "";
    const western = /^\d{1,3}$/.test(first) && groups.slice(1).every((g) => /^\d{3}$/.test(g));
    const indian =
      groups.length > 2 &&
      /^\d{1,2}$/.test(first) &&
      groups.slice(1, -1).every((g) => /^\d{2}$/.test(g)) &&
      /^\d{3}$/.test(lastGroup);
    if (!western && !indian) unreadable(where, `misplaced group separator ${describe(group)}`);
  }
  const integer = groups.join("");
  if (!/^\d+$/.test(integer)) unreadable(where, "no digits before the separator");
  return fraction === "" ? integer : `${integer}.${fraction}`;
}

function infer(raw: string, ctx: NumberContext): { decimal: string; group: string } {
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
    unreadable(
      ctx,
      `${describe(raw)} may be ${raw.replace(single, "")} (thousands separator) or ${raw.replace(single, ".")} (decimal separator); pass a locale or decimalSeparator`,
      { reason: "ambiguous-separator" },
    );
  }
  // Outside strict mode: a thousands separator, the common reading of prices and tables.
  return { decimal: alternate, group: single };
}

/**
 * The separators of numbers in a locale: those of its currency format, or those of its plain
 * number format when they differ and the number uses them. Swiss French writes "1 234.50 CHF"
 * but "1 234,5"; Austrian German "€ 1.234,50" but "1 234,5".
 */
function separatorsOf(locale: string, raw: string): { decimal: string; group: string } {
  const [money, plain] = cached(`sep\u0000${locale}`, () => {
    const read = (nf: Intl.NumberFormat): { decimal: string; group: string } => {
      const p = nf.formatToParts(1234567.5);
      return {
        decimal: normalize(p.find((x) => x.type === "decimal")?.value ?? "."),
        group: normalize(p.find((x) => x.type === "group")?.value ?? ",") || " ",
      };
    };
    return [
      read(new Intl.NumberFormat(locale, { style: "currency", currency: "XXX" })),
      read(new Intl.NumberFormat(locale)),
    ] as const;
  });
  const marks = raw.replace(/\d/g, "");
  const fits = (s: { decimal: string; group: string }): boolean => {
    for (let i = 0; i < marks.length; i++)
      if (marks.charAt(i) !== s.decimal && marks.charAt(i) !== s.group) return false;
    return true;
  };
  return fits(money) || !fits(plain) ? money : plain;
}

/** Where a refusal of the text is: the text and the locale whose words and separators were used. @internal */
export interface TextSite {
  /** The public function that reads, named by the refusal. */
  readonly fn: string;
  readonly text: string;
  readonly locale?: string | undefined;
}

/**
 * Refuses text that cannot be read as an amount, with INVALID_TEXT naming the locale whose words
 * and separators were used (en-US when none is given) and what went wrong.
 * @internal
 */
export function unreadable(at: TextSite, problem: string, extra?: object): never {
  const used = at.locale ?? "en-US";
  return refuse("INVALID_TEXT", {
    function: at.fn,
    path: "text",
    expected: `an amount written as in ${used}`,
    received: at.text,
    locale: used,
    problem,
    ...extra,
    hint: `${problem.charAt(0).toUpperCase()}${problem.slice(1)} (read with the words and separators of ${used}).`,
  });
}

/** A sign: a hyphen between two letters belongs to a word ("US-Dollar"). */
const SIGN = /(?<!\p{L})[-+]|[-+](?!\p{L})/gu;

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

/** `text` with the character at `index` replaced by a space. */
function blankAt(text: string, index: number): string {
  return `${text.slice(0, index)} ${text.slice(index + 1)}`;
}

/**
 * Step 2, the sign: "-" or "+" before the number, or accounting parentheses. Parentheses that
 * open and close on one side of the number belong to a currency's name ("Chilean units of
 * account (UF)"); accounting parentheses enclose the number. The hyphens and dashes of a
 * currency's name are not signs ("St.-Helena-Pfund", "кины Папуа – Новой Гвинеи").
 */
export function readSign(
  prefix: string,
  suffix: string,
  words: Words,
  where: TextSite,
): { negative: boolean; before: string; after: string } {
  let negative = false;
  let before = prefix;
  let after = suffix;
  const open = looseParentheses(prefix);
  const close = looseParentheses(suffix);
  const paren =
    open.open.length === 1 && open.close.length === 0 && close.open.length === 0 && close.close.length === 1;
  const misplaced = !paren && open.open.length + open.close.length + close.open.length + close.close.length > 0;
  if (paren) {
    negative = true;
    before = blankAt(before, open.open[0] ?? 0);
    after = blankAt(after, close.close[0] ?? 0);
  }
  const signsAt = (part: string): number[] =>
    [...maskNames(lower(part), words).matchAll(SIGN)].map((x) => x.index ?? 0);
  const signs = signsAt(before);
  if (signs.length > 1 || (paren && signs.length > 0)) unreadable(where, "more than one sign");
  if (signs.length === 1 && before[signs[0] ?? 0] === "-") negative = true;
  for (const k of signs) before = blankAt(before, k);
  if (signsAt(after).length > 0 || misplaced) unreadable(where, "misplaced sign or parenthesis");
  return { negative, before, after };
}
