/**
 * The currency registry: ISO 4217 currencies from the generated table, and
 * custom currencies defined by the caller.
 *
 * @module
 */
import { child, refuseAt, site } from "../decimal.js";
import { checkKeys, readOptions, refuse, refusePositional } from "../errors.js";
import { CURRENCY_BRAND } from "../brand.js";
import { ISO4217_CURRENT, ISO4217_HISTORIC } from "./iso4217.js";
import type { Currency } from "./types.js";

/**
 * Minor units given to the ISO 4217 entries whose minor unit is "N.A." (precious
 * metals XAU, XAG, XPD, XPT; the SDR XDR; the bond market units XBA to XBD; XSU,
 * XUA, XTS, XXX): 2, the default that CLDR and `Intl.NumberFormat` use for them,
 * so that rounding and formatting agree.
 */
const NO_MINOR_UNIT_DEFAULT = 2;

let registry: ReadonlyMap<string, Currency> | undefined;
let list: readonly Currency[] | undefined;
let currentList: readonly Currency[] | undefined;

function parseTable(table: string, historic: boolean, into: Map<string, Currency>): void {
  for (const entry of table.split("|")) {
    const code = entry.slice(0, 3);
    const units = entry.charAt(6);
    into.set(
      code,
      Object.freeze({
        code,
        numeric: entry.slice(3, 6),
        minorUnits: units === "-" ? NO_MINOR_UNIT_DEFAULT : Number(units),
        name: entry.slice(7),
        historic,
        custom: false,
      }),
    );
  }
}

/** The registry, parsed at the first lookup. @internal */
export function isoRegistry(): ReadonlyMap<string, Currency> {
  if (registry === undefined) {
    const map = new Map<string, Currency>();
    parseTable(ISO4217_CURRENT, false, map);
    parseTable(ISO4217_HISTORIC, true, map);
    registry = map;
  }
  return registry;
}

/** The form of a custom currency's code (ISO 4217 codes have it too). @internal */
export const CUSTOM_CODE = /^[A-Za-z0-9_]{3,12}$/;

function validateCustom(code: unknown, minorUnits: unknown, name: unknown, where: string, forged = false): void {
  if (typeof code !== "string" || !CUSTOM_CODE.test(code)) {
    refuseAt(
      forged ? "INVALID_VALUE" : typeof code === "string" ? "INVALID_INPUT" : "INVALID_TYPE",
      child(where, "code"),
      "3 to 12 letters, digits or underscores",
      code,
    );
  }
  // Codes are looked up case-insensitively ("usd" finds USD), so "usd" is an ISO code too:
  // its JSON would come back as US dollars.
  if (isoRegistry().has(code.toUpperCase())) {
    refuseAt(
      forged ? "INVALID_VALUE" : "INVALID_INPUT",
      child(where, "code"),
      "a code outside ISO 4217",
      code,
      `Use currency("${code.toUpperCase()}") and round with an explicit scale instead of redefining it.`,
    );
  }
  if (typeof minorUnits !== "number" || !Number.isInteger(minorUnits) || minorUnits < 0 || minorUnits > 18) {
    refuseAt(
      forged ? "INVALID_VALUE" : typeof minorUnits === "number" ? "OUT_OF_RANGE" : "INVALID_TYPE",
      child(where, "minorUnits"),
      "an integer from 0 to 18",
      minorUnits,
    );
  }
  if (typeof name !== "string" || name.trim() === "") {
    refuseAt(
      forged ? "INVALID_VALUE" : typeof name === "string" ? "INVALID_INPUT" : "INVALID_TYPE",
      child(where, "name"),
      "a non-empty string",
      name,
    );
  }
}

/**
 * Defines a custom currency, such as the offshore yuan `CNH` or a token. The
 * value is returned to the caller and no global registry is changed: pass it
 * wherever a currency is expected. Currencies are compared by code and minor
 * units, so two definitions of `CNH` with the same minor units are the same
 * currency.
 *
 * @param definition - the currency's `code` (3 to 12 letters, digits or
 *   underscores, not an ISO 4217 code in any letter case), its `minorUnits` (0 to 18) and its English `name`
 * @returns a frozen {@link Currency} with `custom: true`, `historic: false` and `numeric: null`
 * @throws {@link accordo!AccordoError} `INVALID_TYPE` when `definition` is not an object (the fields
 *   passed in a row, `money.defineCurrency("CNH", 2, "Offshore yuan")`, included) or a field is missing
 *   or of the wrong type; `INVALID_INPUT` when the code is not 3 to 12 letters, digits or underscores,
 *   or belongs to ISO 4217 (in any letter case: `"usd"` is refused), or the name is blank;
 *   `OUT_OF_RANGE` when `minorUnits` is not an integer from 0 to 18; `UNKNOWN_OPTION` for another key
 * @example
 * {@includeCode ../../test/money/examples.test.ts#defineCurrency}
 * @category Currencies
 * @since 0.1.0
 */
export function defineCurrency(definition: {
  readonly code: string;
  readonly minorUnits: number;
  readonly name: string;
}): Currency {
  // money.defineCurrency("CNH", 2, "Offshore yuan"): the fields in a row
  if (arguments.length > 1 || typeof definition === "string") {
    refusePositional(
      "money.defineCurrency",
      "definition",
      definition,
      arguments.length,
      "{ code, minorUnits, name }",
      'money.defineCurrency({ code: "CNH", minorUnits: 2, name: "Offshore yuan" })',
    );
  }
  if (typeof definition !== "object" || definition === null) {
    refuse("INVALID_TYPE", {
      function: "money.defineCurrency",
      path: "definition",
      expected: "an object { code, minorUnits, name }",
      received: definition,
    });
  }
  checkKeys("money.defineCurrency", "definition", definition, ["code", "minorUnits", "name"]);
  const { code, minorUnits, name } = definition;
  validateCustom(code, minorUnits, name, "money.defineCurrency");
  return CURRENCY_BRAND.seal<Currency>({
    code,
    numeric: null,
    minorUnits,
    name: name.trim(),
    historic: false,
    custom: true,
  });
}

/**
 * Looks up an ISO 4217 currency by its alphabetic code, or checks a
 * {@link Currency} value. Codes are matched case-insensitively after trimming
 * (`"cny"` finds `CNY`). Withdrawn codes met in older data (`HRK`, `SLL`, `ZWL`)
 * are found and carry `historic: true`.
 *
 * The table is ISO 4217 list one of 2024-06-25 plus the codes withdrawn since
 * the list of 2018-08-29. Where ISO 4217 gives no minor unit ("N.A.": gold XAU,
 * silver XAG, palladium XPD, platinum XPT, the SDR XDR, the bond market units
 * XBA to XBD, XSU, XUA, XTS and XXX), `minorUnits` is 2, the default of CLDR and
 * `Intl.NumberFormat`, so that rounding and formatting agree; round with an
 * explicit `scale` when you need another precision (e.g. ounces of gold to 3 places).
 *
 * @param codeOrCurrency - a code such as `"CNY"`, or a Currency (an ISO entry
 *   or a value from {@link defineCurrency}), which is validated and returned
 * @returns the frozen registry entry, or the validated custom currency
 * @throws {@link accordo!AccordoError} `UNKNOWN_CURRENCY` when the code is not in the
 *   registry; `INVALID_INPUT` when the argument is neither a string nor a valid
 *   Currency (including an object claiming an ISO code with different fields)
 * @example
 * {@includeCode ../../test/money/examples.test.ts#currency}
 * @category Currencies
 * @since 0.1.0
 */
export function currency(codeOrCurrency: string | Currency): Currency {
  return resolveCurrency(codeOrCurrency, "money.currency: codeOrCurrency");
}

/** {@link currency} with a custom place name for error messages. @internal */
export function resolveCurrency(input: unknown, where: string): Currency {
  if (typeof input === "string") {
    const found = isoRegistry().get(input) ?? isoRegistry().get(input.trim().toUpperCase());
    if (found === undefined) unknownCurrency(input, where);
    return found;
  }
  if (typeof input !== "object" || input === null) {
    return refuseAt("INVALID_TYPE", where, "a currency code or a Currency", input);
  }
  // A custom currency defineCurrency made: nothing to check.
  if (CURRENCY_BRAND.has(input)) return input as Currency;
  // Anything else is read once: a getter cannot answer one thing to the check and another later.
  const { code, numeric, minorUnits, name, historic, custom } = input as Partial<Record<keyof Currency, unknown>>;
  // A registry entry itself (frozen, the registry's own object): nothing to check.
  if (typeof code === "string" && isoRegistry().get(code) === input) return input;
  const c = { code, numeric, minorUnits, name, historic, custom };
  if (c.custom === true) {
    validateCustom(c.code, c.minorUnits, c.name, where, true);
    if (c.numeric !== null || c.historic !== false) {
      refuseAt("INVALID_VALUE", where, "a custom currency with numeric null and historic false", input);
    }
    return CURRENCY_BRAND.seal({ ...(c as Currency) });
  }
  const found = typeof c.code === "string" ? isoRegistry().get(c.code) : undefined;
  if (
    found === undefined ||
    c.custom !== false ||
    c.numeric !== found.numeric ||
    c.minorUnits !== found.minorUnits ||
    c.name !== found.name ||
    c.historic !== found.historic
  ) {
    return refuseAt(
      "INVALID_VALUE",
      where,
      "a Currency (an ISO 4217 entry from money.currency or a value from money.defineCurrency)",
      input,
    );
  }
  return found;
}

/**
 * Lists the ISO 4217 currencies of the registry, sorted by code.
 *
 * @param options - `historic: true` to include withdrawn codes (HRK, SLL, ZWL); default false
 * @returns a frozen array of frozen currencies
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` when `options.historic` is not a boolean
 * @example
 * {@includeCode ../../test/money/examples.test.ts#currencies}
 * @category Currencies
 * @since 0.1.0
 */
export function currencies(options?: { readonly historic?: boolean }): readonly Currency[] {
  const historic = readOptions("money.currencies", "options", options, ["historic"]).historic ?? false;
  if (typeof historic !== "boolean")
    refuse("INVALID_TYPE", {
      function: "money.currencies",
      path: "options.historic",
      expected: "a boolean",
      received: historic,
    });
  if (list === undefined) {
    // Codes are unique: no two compare equal.
    list = Object.freeze([...isoRegistry().values()].sort((a, b) => (a.code < b.code ? -1 : 1)));
  }
  if (historic) return list;
  if (currentList === undefined) currentList = Object.freeze(list.filter((c) => !c.historic));
  return currentList;
}

/**
 * Names people write for a currency instead of its code: the aliases money.parse reads.
 * The symbols `Intl` writes in en-US (HK$, NT$, CA$, ₹...) are added at the first refusal.
 */
const ALIASES: readonly (readonly [string, string])[] = [
  ["RMB", "CNY"],
  ["RMB¥", "CNY"],
  ["CN¥", "CNY"],
  ["YUAN", "CNY"],
  ["RENMINBI", "CNY"],
  ["元", "CNY"],
  ["人民币", "CNY"],
  ["US$", "USD"],
  ["U.S.$", "USD"],
  ["DOLLAR", "USD"],
  ["DOLLARS", "USD"],
  ["美元", "USD"],
  ["HK$", "HKD"],
  ["NT$", "TWD"],
  ["€", "EUR"],
  ["EURO", "EUR"],
  ["EUROS", "EUR"],
  ["£", "GBP"],
  ["STERLING", "GBP"],
  ["YEN", "JPY"],
  ["円", "JPY"],
  ["日元", "JPY"],
  ["JP¥", "JPY"],
];

let aliases: ReadonlyMap<string, string> | undefined;

/** The ISO code a written alias stands for (`"RMB"` → `"CNY"`), or undefined. @internal */
export function aliasOf(text: string): string | undefined {
  if (aliases === undefined) {
    const map = new Map<string, string>(ALIASES);
    const seen = new Map<string, string | null>();
    for (const c of isoRegistry().values()) {
      if (c.historic) continue;
      let symbol: string | undefined;
      try {
        symbol = new Intl.NumberFormat("en-US", { style: "currency", currency: c.code })
          .formatToParts(1)
          .find((p) => p.type === "currency")?.value;
      } catch {
        symbol = undefined;
      }
      if (symbol === undefined || symbol === c.code) continue;
      // A symbol two currencies share ("$" is not only USD in every locale) suggests nothing.
      seen.set(symbol.toUpperCase(), seen.has(symbol.toUpperCase()) ? null : c.code);
    }
    // "¥" is the yen in en-US but the yuan in Chinese text: no suggestion.
    seen.set("¥", null);
    for (const [symbol, code] of seen) if (code !== null && !map.has(symbol)) map.set(symbol, code);
    aliases = map;
  }
  return aliases.get(text.trim().toUpperCase());
}

/** Refuses an unknown currency code, suggesting the ISO code of a known alias ("RMB": did you mean CNY?). */
function unknownCurrency(input: string, where: string): never {
  const suggestion = aliasOf(input);
  const at = site(where);
  return refuse("UNKNOWN_CURRENCY", {
    function: at.function,
    path: at.path,
    expected: "an ISO 4217 code or a currency from money.defineCurrency",
    received: input,
    ...(suggestion === undefined
      ? { hint: "Define custom currencies with money.defineCurrency." }
      : { hint: `Did you mean ${suggestion}?`, suggestion }),
  });
}

/** Whether a value is an entry of the ISO 4217 registry itself (no other check needed). @internal */
export function isIsoEntry(value: unknown): value is Currency {
  return (
    typeof value === "object" &&
    value !== null &&
    isoRegistry().get((value as { code?: unknown }).code as string) === value
  );
}

/** Whether two currencies are the same: same code and same minor units. @internal */
export function sameCurrency(a: Currency, b: Currency): boolean {
  return a === b || (a.code === b.code && a.minorUnits === b.minorUnits);
}
