// The money namespace: closed options, own properties only, suggestions, named zero divisors,
// parse errors that name the locale used.
import { describe, expect, it } from "vitest";
import * as money from "../../src/money/index.js";
import { thrown } from "../support.js";

const usd = money.of("1", "USD");
const eur = money.of("1", "EUR");

describe("money: options are closed", () => {
  it("refuses a misspelt key in every options object, naming it and the nearest accepted key", () => {
    const sweep: readonly (readonly [string, () => unknown, string, string])[] = [
      ["money.format", () => money.format(eur, { local: "it-IT" } as never), "local", "locale"],
      ["money.parse", () => money.parse("$5", { locales: "en-US" } as never), "locales", "locale"],
      ["money.round", () => money.round(usd, { scal: 2 } as never), "scal", "scale"],
      ["money.divide", () => money.divide(usd, 3, { mode: "down", scales: 2 } as never), "scales", "scale"],
      ["money.allocate", () => money.allocate(usd, 2, { methods: "first" } as never), "methods", "method"],
      ["money.currencies", () => money.currencies({ historical: true } as never), "historical", "historic"],
      ["money.fromJSON", () => money.fromJSON(money.toJSON(usd), { currency: [] } as never), "currency", "currencies"],
      [
        "money.defineCurrency",
        () => money.defineCurrency({ code: "TOK", minorUnits: 2, name: "Token", minorUnit: 2 } as never),
        "minorUnit",
        "minorUnits",
      ],
    ];
    for (const [fn, call, key, suggestion] of sweep) {
      expect(thrown(call)).toMatchObject({ code: "UNKNOWN_OPTION", details: { function: fn, key, suggestion } });
    }
    expect(thrown(() => money.format(eur, { local: "it-IT" } as never))).toMatchObject({
      message:
        'money.format: options.local must be one of the keys "locale", "currencyDisplay", "notation", "fractionDigits", "mode", "currencyLabel", "useGrouping". Did you mean "locale"?',
    });
  });

  it("reads options as own properties only: a polluted Object.prototype changes nothing", () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.locale = "it-IT";
    proto.mode = "up";
    try {
      expect(money.format(eur)).toBe("€1.00");
      expect(money.format(eur, {})).toBe("€1.00");
      expect(money.toString(money.round(money.of("1.001", "USD"), {}))).toBe("1 USD");
    } finally {
      delete proto.locale;
      delete proto.mode;
    }
  });
});

describe("money: messages that help", () => {
  it("suggests the ISO code of an alias money.parse knows (RMB, NT$, HK$, US$, ...)", () => {
    for (const [alias, iso] of [
      ["RMB", "CNY"],
      ["rmb", "CNY"],
      ["NT$", "TWD"],
      ["HK$", "HKD"],
      ["US$", "USD"],
      ["€", "EUR"],
      ["yuan", "CNY"],
    ]) {
      expect(thrown(() => money.of("1", alias as string))).toMatchObject({
        code: "UNKNOWN_CURRENCY",
        details: { function: "money.of", path: "currency", received: alias, suggestion: iso },
      });
    }
    expect(thrown(() => money.of("1", "RMB"))).toMatchObject({
      message:
        'money.of: currency must be an ISO 4217 code or a currency from money.defineCurrency, got "RMB". Did you mean CNY?',
    });
    expect((thrown(() => money.of("1", "XYZ")) as { details: object }).details).not.toHaveProperty("suggestion");
    expect(thrown(() => money.currency("HK$"))).toMatchObject({
      code: "UNKNOWN_CURRENCY",
      details: { suggestion: "HKD" },
    });
  });

  it("names the zero divisor of money.divide, before it asks for the rounding mode", () => {
    expect(thrown(() => money.divide(usd, 0, undefined as never))).toMatchObject({
      code: "DIVISION_BY_ZERO",
      message: "money.divide: divisor must be a divisor other than zero, got 0. Cannot divide 1 USD by zero.",
      details: { function: "money.divide", path: "divisor", received: 0 },
    });
    expect(thrown(() => money.divide(usd, "0.000", { mode: "down" }))).toMatchObject({
      code: "DIVISION_BY_ZERO",
      details: { received: "0.000" },
    });
  });

  it("names the locale a parse error used: en-US by default, the one given otherwise", () => {
    expect(thrown(() => money.parse("193,48 miliardi di yuan cinesi con sconto"))).toMatchObject({
      code: "INVALID_TEXT",
      details: { function: "money.parse", path: "text", locale: "en-US" },
    });
    expect(thrown(() => money.parse("5 mele", { locale: "it-IT" }))).toMatchObject({
      code: "INVALID_TEXT",
      details: { locale: "it-IT", word: "mele" },
    });
    expect((thrown(() => money.parse("5 mele", { locale: "it-IT" })) as { message: string }).message).toContain(
      "it-IT",
    );
  });

  it("reads a JS number as its shortest round-trip decimal: 0.1 + 0.2 is 0.30000000000000004, a string is exact", () => {
    expect(money.toString(money.of(0.1 + 0.2, "EUR"))).toBe("0.30000000000000004 EUR");
    expect(money.toString(money.of("0.3", "EUR"))).toBe("0.3 EUR");
  });
});
