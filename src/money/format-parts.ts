/**
 * What standard, compact and long notation share: Intl's parts, the formatter's refusal, and the
 * repair of the parts Intl garbles (Node 20's Turkish currency names).
 *
 * @internal
 * @module
 */
import type { Decimal } from "decimal.js";
import { refuse } from "../errors.js";
import { cached, partsExact } from "./intl.js";

export const DISPLAYS = ["symbol", "narrowSymbol", "code", "name"] as const;

export type Parts = Intl.NumberFormatPart[];

/** `Intl.NumberFormat` with a RangeError (bad locale, bad option) turned into INVALID_INPUT. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(locale, options);
  } catch (error) {
    return refuse("INVALID_INPUT", {
      function: "money.format",
      path: "options",
      expected: "a locale and options Intl.NumberFormat accepts",
      received: locale,
      locale,
      hint: error instanceof Error ? error.message : String(error),
    });
  }
}

export const join = (p: Parts): string => p.map((x) => x.value).join("");
export const NUMBER_TYPES = new Set(["integer", "group", "decimal", "fraction"]);

/** How the currency and the digits are shown, from the options. */
export interface Shown {
  readonly locale: string;
  /** The code Intl is given ("XXX" for a custom code it cannot print). */
  readonly code: string;
  readonly display: (typeof DISPLAYS)[number];
  /** Whether the caller asked for the currency's name. */
  readonly byName: boolean;
  /** Text in place of Intl's currency part: the caller's label, or a custom currency's code or name. */
  readonly label: string | undefined;
  readonly useGrouping: Grouping;
}

/** `useGrouping` of `money.format`: the locale's (true), always, or never. */
export type Grouping = boolean | "always";

/**
 * The `useGrouping` option of Intl for a grouping: `"always"` is Intl's own value (ES2023), which
 * the ES2020 types of the build do not list. @internal
 */
export function intlGrouping(useGrouping: Grouping): boolean {
  return useGrouping as boolean;
}

/** `parts` with the text of each currency part replaced by `label`, when one is given. */
export function relabel(p: Parts, label: string | undefined): Parts {
  return label === undefined ? p : p.map((x) => (x.type === "currency" ? { type: x.type, value: label } : x));
}

/**
 * Whether Intl's parts read as one amount: one run of digits and separators, at most one currency
 * part, no digit outside the number. Node 20's Turkish names break it: `"$5,00 ABD doları"` (two
 * currencies), `"CHF 5,0 İsviçre frangı0"` (a digit after the name).
 */
export function wellFormed(p: Parts): boolean {
  let runs = 0;
  let currencies = 0;
  let inNumber = false;
  for (const x of p) {
    const numeric = NUMBER_TYPES.has(x.type);
    if (numeric && !inNumber) runs++;
    inNumber = numeric;
    if (x.type === "currency") currencies++;
    if (!numeric && /\d/.test(x.value)) return false;
  }
  return runs === 1 && currencies <= 1;
}

/** The sign and digits of `value` as the locale writes them with a currency code (a well-formed pattern). */
export function currencyNumber(value: Decimal, shown: Shown, scale: number): Parts {
  const { locale, code, useGrouping } = shown;
  const byCode = cached(`c\u0000${locale}\u0000${code}\u0000${scale}\u0000${String(useGrouping)}`, () =>
    numberFormat(locale, {
      style: "currency",
      currency: code,
      currencyDisplay: "code",
      minimumFractionDigits: scale,
      maximumFractionDigits: scale,
      useGrouping: intlGrouping(useGrouping),
    }),
  );
  return partsExact(byCode, value).filter(
    (x) => NUMBER_TYPES.has(x.type) || x.type === "minusSign" || x.type === "plusSign",
  );
}

/** A sane form of garbled parts: the sign and number, a space, then the currency's name (the longest currency part). */
export function saneParts(garbled: Parts, number: Parts): Parts {
  const name = garbled
    .filter((x) => x.type === "currency")
    .reduce((a, b) => (b.value.length > a.length ? b.value : a), "");
  return [...number, { type: "literal", value: " " }, { type: "currency", value: name }];
}
