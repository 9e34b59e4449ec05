/**
 * money.fromJSON reads what money.toJSON writes and what MoneySchema accepts
 * for an ISO 4217 currency, and refuses the rest: the same inputs are fed to
 * both and must get the same verdict (and, when accepted, the same value).
 * fromJSON refuses with INVALID_INPUT or UNKNOWN_CURRENCY naming the field,
 * the schema with INVALID_SCHEMA listing issues; custom currencies differ by
 * design (fromJSON: the code, with options.currencies; the schema: the definition).
 */
import { describe, expect, it } from "vitest";
import { isAccordoError } from "../../src/errors.js";
import * as money from "../../src/money/index.js";
import type { Money } from "../../src/money/types.js";
import { MoneySchema, safeParse } from "../../src/schemas/index.js";

/** "ok <toString>" when fromJSON accepts, else "<code> <where>". */
function viaFromJSON(json: unknown): string {
  try {
    return `ok ${money.toString(money.fromJSON(json))}`;
  } catch (e) {
    if (!isAccordoError(e)) throw e;
    return `${e.code} ${String(e.details?.["path"])}`;
  }
}

/** "ok <toString>" when MoneySchema accepts, else "refused <path of the first issue>". */
function viaSchema(json: unknown): string {
  const r = safeParse(MoneySchema, json);
  if (r.success) return `ok ${money.toString(r.value)}`;
  const issues = r.error.details?.["issues"] as readonly { readonly path: readonly (string | number)[] }[];
  return `refused ${issues[0]?.path.join(".") ?? ""}`;
}

const withInherited = (proto: object, own: object): unknown => Object.assign(Object.create(proto) as object, own);
const withHidden = (): unknown => {
  const o = { amount: "1", currency: "USD" };
  Object.defineProperty(o, "note", { value: "x", enumerable: false });
  return o;
};

/** [what, input, fromJSON's verdict, the schema's verdict]. */
const CASES: readonly (readonly [string, unknown, string, string])[] = [
  // accepted by both: what toJSON writes, and the rest of the schema's decimal grammar
  ["plain", { amount: "193480000000", currency: "CNY" }, "ok 193480000000 CNY", "ok 193480000000 CNY"],
  ["negative with decimals", { amount: "-0.5", currency: "USD" }, "ok -0.5 USD", "ok -0.5 USD"],
  ["minus zero", { amount: "-0", currency: "USD" }, "ok 0 USD", "ok 0 USD"],
  ["plus sign, trailing point", { amount: "+1.", currency: "USD" }, "ok 1 USD", "ok 1 USD"],
  ["leading point", { amount: ".5", currency: "JPY" }, "ok 0.5 JPY", "ok 0.5 JPY"],
  ["exponent", { amount: "1.5E+3", currency: "USD" }, "ok 1500 USD", "ok 1500 USD"],
  ["withdrawn code", { amount: "1.5", currency: "HRK" }, "ok 1.5 HRK", "ok 1.5 HRK"],
  ["a non-enumerable extra key (neither sees it)", withHidden(), "ok 1 USD", "ok 1 USD"],
  ["inherited amount and currency", Object.create({ amount: "2", currency: "EUR" }) as unknown, "ok 2 EUR", "ok 2 EUR"],
  // the amount: the schema's grammar, no spaces
  ["leading space", { amount: " 1.5", currency: "USD" }, "INVALID_NUMBER json.amount", "refused amount"],
  ["trailing space", { amount: "1.5 ", currency: "USD" }, "INVALID_NUMBER json.amount", "refused amount"],
  ["trailing newline", { amount: "1.5\n", currency: "USD" }, "INVALID_NUMBER json.amount", "refused amount"],
  ["no-break space", { amount: "\u00A01.5", currency: "USD" }, "INVALID_NUMBER json.amount", "refused amount"],
  ["byte order mark", { amount: "\uFEFF1.5", currency: "USD" }, "INVALID_NUMBER json.amount", "refused amount"],
  ["only spaces", { amount: "  ", currency: "USD" }, "INVALID_NUMBER json.amount", "refused amount"],
  ["empty", { amount: "", currency: "USD" }, "INVALID_NUMBER json.amount", "refused amount"],
  ["hexadecimal", { amount: "0x10", currency: "USD" }, "INVALID_NUMBER json.amount", "refused amount"],
  ["Infinity", { amount: "Infinity", currency: "USD" }, "INVALID_NUMBER json.amount", "refused amount"],
  ["underscores", { amount: "1_000", currency: "USD" }, "INVALID_NUMBER json.amount", "refused amount"],
  ["out of range", { amount: "1e99999999999999999", currency: "USD" }, "OUT_OF_RANGE json.amount", "refused amount"],
  ["a number", { amount: 1.5, currency: "USD" }, "INVALID_VALUE json.amount", "refused amount"],
  ["a String object", { amount: new String("1"), currency: "USD" }, "INVALID_VALUE json.amount", "refused amount"],
  ["no amount", { currency: "USD" }, "INVALID_VALUE json.amount", "refused amount"],
  // the currency: an ISO code in capitals
  ["lower case", { amount: "1.5", currency: "usd" }, "INVALID_VALUE json.currency", "refused currency"],
  ["mixed case", { amount: "1.5", currency: "Usd" }, "INVALID_VALUE json.currency", "refused currency"],
  ["padded", { amount: "1.5", currency: " USD" }, "INVALID_VALUE json.currency", "refused currency"],
  ["padded after", { amount: "1.5", currency: "USD " }, "INVALID_VALUE json.currency", "refused currency"],
  ["two letters", { amount: "1.5", currency: "US" }, "INVALID_VALUE json.currency", "refused currency"],
  ["empty code", { amount: "1.5", currency: "" }, "INVALID_VALUE json.currency", "refused currency"],
  ["unknown code", { amount: "1.5", currency: "XYZ" }, "UNKNOWN_CURRENCY json.currency", "refused currency"],
  [
    "a custom code not given",
    { amount: "1.5", currency: "TOKEN_1" },
    "UNKNOWN_CURRENCY json.currency",
    "refused currency",
  ],
  [
    "a lower-case custom code not given",
    { amount: "1.5", currency: "tok" },
    "UNKNOWN_CURRENCY json.currency",
    "refused currency",
  ],
  ["a number code", { amount: "1.5", currency: 840 }, "INVALID_VALUE json.currency", "refused currency"],
  ["no currency", { amount: "1.5" }, "INVALID_VALUE json.currency", "refused currency"],
  [
    "the definition of an ISO code",
    { amount: "1.5", currency: { code: "USD", minorUnits: 2, name: "Dollar" } },
    "INVALID_VALUE json.currency",
    "refused currency",
  ],
  // the object: only amount and currency
  ["an extra key", { amount: "1.5", currency: "USD", note: "x" }, "INVALID_VALUE json.note", "refused "],
  [
    "an extra key holding undefined",
    { amount: "1.5", currency: "USD", note: undefined },
    "INVALID_VALUE json.note",
    "refused ",
  ],
  ["an extra key first", { note: "x", amount: "1.5", currency: "USD" }, "INVALID_VALUE json.note", "refused "],
  [
    "a __proto__ key from JSON.parse",
    JSON.parse('{"amount":"1","currency":"USD","__proto__":{}}') as unknown,
    "INVALID_VALUE json.__proto__",
    "refused ",
  ],
  [
    "an inherited extra key",
    withInherited({ note: "x" }, { amount: "1", currency: "USD" }),
    "INVALID_VALUE json.note",
    "refused ",
  ],
  ["null", null, "INVALID_TYPE json", "refused "],
  ["an array", [], "INVALID_TYPE json", "refused "],
  ["a string", "1.5 USD", "INVALID_TYPE json", "refused "],
];

describe("money.fromJSON and MoneySchema give the same verdict", () => {
  for (const [what, json, fromJSON, schema] of CASES) {
    it(what, () => {
      expect(viaFromJSON(json)).toBe(fromJSON);
      expect(viaSchema(json)).toBe(schema);
      expect(fromJSON.startsWith("ok ")).toBe(schema.startsWith("ok "));
    });
  }

  it("reads what toJSON writes, to the same value as the schema", () => {
    const amounts: readonly Money[] = [
      money.of("193.48e9", "CNY"),
      money.of("-0.000001", "USD"),
      money.of("1100", "JPY"),
      money.of("0", "KWD"),
      money.of("1e-30", "EUR"),
      money.of("123456789012345678901234567890.5", "XAU"),
    ];
    for (const m of amounts) {
      const json = money.toJSON(m);
      const a = money.fromJSON(json);
      const b = safeParse(MoneySchema, json);
      expect(b.success).toBe(true);
      expect(money.equals(a, m)).toBe(true);
      expect(a.currency).toBe(m.currency);
      if (b.success) expect(money.equals(a, b.value)).toBe(true);
    }
  });
});

describe("custom currencies: the documented difference", () => {
  const cnh = money.defineCurrency({ code: "CNH", minorUnits: 2, name: "Offshore yuan" });
  const tok = money.defineCurrency({ code: "tok_1", minorUnits: 6, name: "Token" });

  it("fromJSON reads the code of a currency given in options.currencies, exactly as toJSON writes it", () => {
    expect(money.fromJSON(money.toJSON(money.of("5", cnh)), { currencies: [cnh] }).currency).toBe(cnh);
    expect(money.fromJSON(money.toJSON(money.of("0.5", tok)), { currencies: [tok] }).currency).toBe(tok);
    expect(viaFromJSON({ amount: "5", currency: "CNH" })).toBe("UNKNOWN_CURRENCY json.currency");
    expect(viaSchema({ amount: "5", currency: "CNH" })).toBe("refused currency");
  });

  it("fromJSON matches the custom code exactly: another case is not that currency", () => {
    expect(() => money.fromJSON({ amount: "5", currency: "cnh" }, { currencies: [cnh] })).toThrow(
      /json.currency must be .*, got "cnh"/,
    );
    expect(() => money.fromJSON({ amount: "5", currency: "TOK_1" }, { currencies: [tok] })).toThrow(
      /json.currency must be .*, got "TOK_1"/,
    );
  });

  it("the schema reads the definition, which fromJSON refuses (its JSON names a code)", () => {
    const json = { amount: "5", currency: { code: "CNH", minorUnits: 2, name: "Offshore yuan" } };
    expect(viaSchema(json)).toBe("ok 5 CNH");
    expect(viaFromJSON(json)).toBe("INVALID_VALUE json.currency");
  });
});
