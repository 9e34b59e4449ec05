import { describe, expect, it } from "vitest";
import { isAccordoError } from "../../src/errors.js";
import * as money from "../../src/money/index.js";

describe("money examples (included in the API docs)", () => {
  it("currency", () => {
    // #region currency
    const yuan = money.currency("CNY");
    // { code: "CNY", numeric: "156", minorUnits: 2, name: "Yuan Renminbi", historic: false, custom: false }
    const kuna = money.currency("HRK"); // withdrawn in 2023, still found
    // kuna.historic === true
    // #endregion currency
    expect(yuan).toEqual({
      code: "CNY",
      numeric: "156",
      minorUnits: 2,
      name: "Yuan Renminbi",
      historic: false,
      custom: false,
    });
    expect(kuna.historic).toBe(true);
    expect(money.currency(yuan)).toBe(yuan);
  });

  it("defineCurrency", () => {
    // #region defineCurrency
    const cnh = money.defineCurrency({ code: "CNH", minorUnits: 2, name: "Offshore Yuan" });
    const deposit = money.of("1000.50", cnh);
    money.toJSON(deposit); // { amount: "1000.5", currency: "CNH" }
    // #endregion defineCurrency
    expect(cnh).toEqual({
      code: "CNH",
      numeric: null,
      minorUnits: 2,
      name: "Offshore Yuan",
      historic: false,
      custom: true,
    });
    expect(money.toJSON(deposit)).toEqual({ amount: "1000.5", currency: "CNH" });
  });

  it("currencies", () => {
    // #region currencies
    const all = money.currencies(); // the 179 current ISO 4217 currencies, sorted by code
    const withHistoric = money.currencies({ historic: true }); // plus HRK, SLL, ZWL
    // #endregion currencies
    expect(all.length).toBe(179);
    expect(withHistoric.length).toBe(182);
    expect(all[0]?.code).toBe("AED");
  });

  it("of", () => {
    // #region of
    const gdp = money.of("193.48e9", "CNY");
    gdp.amount.toString(); // "193480000000"
    const fee = money.of("1.005", "USD"); // kept exactly until rounded
    fee.amount.toString(); // "1.005"
    // #endregion of
    expect(gdp.amount.toString()).toBe("193480000000");
    expect(gdp.currency.code).toBe("CNY");
    expect(fee.amount.toString()).toBe("1.005");
    expect(Object.isFrozen(gdp)).toBe(true);
  });

  it("add", () => {
    // #region add
    const total = money.add(money.of("0.10", "USD"), money.of("0.20", "USD"));
    total.amount.toString(); // "0.3", not 0.30000000000000004
    // #endregion add
    expect(total.amount.toString()).toBe("0.3");
    expect(() => money.add(money.of(1, "USD"), money.of(1, "EUR"))).toThrow(
      expect.objectContaining({ code: "CURRENCY_MISMATCH" }),
    );
  });

  it("round", () => {
    // #region round
    const price = money.of("2.345", "EUR");
    money.round(price).amount.toString(); // "2.34": minor units, halfEven by default
    money.round(price, { mode: "halfAwayFromZero" }).amount.toString(); // "2.35"
    money.round(money.of("12.37", "CHF"), { step: "0.05" }).amount.toString(); // "12.35": cash rounding
    money.round(money.of("193480000000", "CNY"), { scale: -7 }).amount.toString(); // "193480000000"
    // #endregion round
    expect(money.round(price).amount.toString()).toBe("2.34");
    expect(money.round(price, { mode: "halfAwayFromZero" }).amount.toString()).toBe("2.35");
    expect(money.round(money.of("12.37", "CHF"), { step: "0.05" }).amount.toString()).toBe("12.35");
    expect(money.round(money.of("193480000000", "CNY"), { scale: -7 }).amount.toString()).toBe("193480000000");
    try {
      money.round(price, { mode: "bankers" as never });
      expect.unreachable();
    } catch (e) {
      expect(isAccordoError(e, "INVALID_INPUT")).toBe(true);
    }
  });

  it("minor", () => {
    // #region minor
    const price = money.fromMinor(1999n, "USD");
    price.amount.toString(); // "19.99"
    money.toMinor(price); // 1999n
    money.toMinor(money.of("1100", "JPY")); // 1100n (the yen has no minor unit)
    money.toMinor(money.of("0.125", "USD"), "halfEven"); // 12n: finer amounts need a mode
    // #endregion minor
    expect(price.amount.toString()).toBe("19.99");
    expect(money.toMinor(price)).toBe(1999n);
    expect(money.toMinor(money.of("1100", "JPY"))).toBe(1100n);
    expect(money.toMinor(money.of("0.125", "USD"), "halfEven")).toBe(12n);
    expect(() => money.toMinor(money.of("0.125", "USD"))).toThrow(expect.objectContaining({ code: "INVALID_INPUT" }));
  });

  it("subtract", () => {
    // #region subtract
    const rest = money.subtract(money.of("424.36e9", "CNY"), money.of("403.74e9", "CNY"));
    money.toString(rest); // "20620000000 CNY": output outside the four leading industries
    // #endregion subtract
    expect(money.toString(rest)).toBe("20620000000 CNY");
  });

  it("multiply", () => {
    // #region multiply
    const unit = money.of("19.99", "EUR");
    money.multiply(unit, 3).amount.toString(); // "59.97"
    money.multiply(unit, "0.2").amount.toString(); // "3.998" (not rounded)
    // #endregion multiply
    expect(money.multiply(unit, 3).amount.toString()).toBe("59.97");
    expect(money.multiply(unit, "0.2").amount.toString()).toBe("3.998");
  });

  it("divide", () => {
    // #region divide
    const bill = money.of("100", "USD");
    money.divide(bill, 3, { mode: "halfEven" }).amount.toString(); // "33.33"
    money.divide(bill, 3, { mode: "ceil" }).amount.toString(); // "33.34"
    money.divide(bill, 3, { mode: "down", scale: 4 }).amount.toString(); // "33.3333"
    // #endregion divide
    expect(money.divide(bill, 3, { mode: "halfEven" }).amount.toString()).toBe("33.33");
    expect(money.divide(bill, 3, { mode: "ceil" }).amount.toString()).toBe("33.34");
    expect(money.divide(bill, 3, { mode: "down", scale: 4 }).amount.toString()).toBe("33.3333");
    expect(() => money.divide(bill, 0, { mode: "halfEven" })).toThrow(
      expect.objectContaining({ code: "DIVISION_BY_ZERO" }),
    );
  });

  it("negate", () => {
    // #region negate
    const refund = money.negate(money.of("12.50", "GBP"));
    refund.amount.toString(); // "-12.5"
    money.abs(refund).amount.toString(); // "12.5"
    // #endregion negate
    expect(refund.amount.toString()).toBe("-12.5");
    expect(money.abs(refund).amount.toString()).toBe("12.5");
  });

  it("sum", () => {
    // #region sum
    const quarters = [money.of("61.2e9", "CNY"), money.of("64.5e9", "CNY"), money.of("67.78e9", "CNY")];
    money.toString(money.sum(quarters)); // "193480000000 CNY"
    money.toString(money.sum([], "CNY")); // "0 CNY"
    // #endregion sum
    expect(money.toString(money.sum(quarters))).toBe("193480000000 CNY");
    expect(money.toString(money.sum([], "CNY"))).toBe("0 CNY");
  });

  it("compare", () => {
    // #region compare
    const a = money.of("1.5", "USD");
    const b = money.of("1.50", "USD");
    money.compare(a, b); // 0
    money.equals(a, b); // true
    money.equals(a, money.of("1.5", "EUR")); // false
    money.lessThan(a, money.of("2", "USD")); // true
    money.greaterThan(a, money.of("2", "USD")); // false
    money.lessThanOrEqual(a, b); // true
    money.greaterThanOrEqual(a, money.of("2", "USD")); // false
    // #endregion compare
    expect(money.compare(a, b)).toBe(0);
    expect(money.equals(a, b)).toBe(true);
    expect(money.equals(a, money.of("1.5", "EUR"))).toBe(false);
    expect(money.lessThan(a, money.of("2", "USD"))).toBe(true);
    expect(money.greaterThan(a, money.of("2", "USD"))).toBe(false);
    expect(money.lessThanOrEqual(a, b)).toBe(true);
    expect(money.greaterThanOrEqual(a, money.of("2", "USD"))).toBe(false);
    expect(money.greaterThanOrEqual(money.of("2", "USD"), a)).toBe(true);
    expect(money.lessThanOrEqual(money.of("2", "USD"), a)).toBe(false);
  });

  it("minmax", () => {
    // #region minmax
    const offers = [money.of("30.26e9", "USD"), money.of("66.38e9", "USD"), money.of("63.15e9", "USD")];
    money.toString(money.min(offers)); // "30260000000 USD": a list...
    money.toString(money.max(offers[0]!, offers[1]!)); // "66380000000 USD": ...or arguments
    // #endregion minmax
    expect(money.toString(money.min(offers))).toBe("30260000000 USD");
    expect(money.toString(money.max(offers[0]!, offers[1]!))).toBe("66380000000 USD");
  });

  it("sign", () => {
    // #region sign
    const balance = money.of("-0.01", "EUR");
    money.isNegative(balance); // true
    money.isPositive(balance); // false
    money.isZero(money.round(balance, { scale: 0 })); // true
    // #endregion sign
    expect(money.isNegative(balance)).toBe(true);
    expect(money.isPositive(balance)).toBe(false);
    expect(money.isZero(money.round(balance, { scale: 0 }))).toBe(true);
  });

  it("allocate", () => {
    // #region allocate
    const parts = money.allocate(money.of("100", "USD"), 3);
    parts.map((p) => p.amount.toFixed(2)); // ["33.34", "33.33", "33.33"]
    const shares = money.allocate(money.of("0.05", "USD"), ["0.3", "0.7"]);
    shares.map((p) => p.amount.toFixed(2)); // ["0.02", "0.03"]
    const seats = money.allocate(money.of(8, "JPY"), [100, 80, 30, 20], { method: "dHondt" });
    seats.map((p) => p.amount.toNumber()); // [4, 3, 1, 0]
    // #endregion allocate
    expect(parts.map((p) => p.amount.toFixed(2))).toEqual(["33.34", "33.33", "33.33"]);
    expect(shares.map((p) => p.amount.toFixed(2))).toEqual(["0.02", "0.03"]);
    expect(seats.map((p) => p.amount.toNumber())).toEqual([4, 3, 1, 0]);
  });

  it("format", () => {
    // #region format
    const usd = money.of("30.26e9", "USD");
    money.format(usd, { notation: "long", fractionDigits: 2 }); // "30.26 billion US dollars"
    money.format(usd, { notation: "compact" }); // "$30B"
    const cny = money.of("193.48e9", "CNY");
    money.format(cny, { locale: "it-IT", notation: "long", fractionDigits: 2, currencyLabel: "yuan" }); // "193,48 miliardi di yuan"
    money.format(cny, { locale: "zh-CN", notation: "long", fractionDigits: 1, currencyLabel: "元" }); // "1934.8亿元"
    const yi = {
      locale: "zh-CN",
      notation: "long",
      fractionDigits: 1,
      currencyLabel: "元",
      useGrouping: "always",
    } as const;
    money.format(money.of("123450000000", "CNY"), yi); // "1,234.5亿元" (four digits grouped, as the press writes)
    money.format(money.of("123450000000", "CNY"), { locale: "zh-CN", notation: "compact" }); // "¥1234亿"
    money.format(money.of("1234.5", "EUR"), { locale: "de-DE" }); // "1.234,50 €"
    money.format(money.of("12345678901234567890.01", "USD")); // "$12,345,678,901,234,567,890.01"
    // #endregion format
    expect(money.format(usd, { notation: "long", fractionDigits: 2 })).toBe("30.26 billion US dollars");
    expect(money.format(usd, { notation: "compact" })).toBe("$30B");
    expect(money.format(cny, { locale: "it-IT", notation: "long", fractionDigits: 2, currencyLabel: "yuan" })).toBe(
      "193,48 miliardi di yuan",
    );
    expect(money.format(cny, { locale: "zh-CN", notation: "long", fractionDigits: 1, currencyLabel: "元" })).toBe(
      "1934.8亿元",
    );
    expect(money.format(money.of("123450000000", "CNY"), yi)).toBe("1,234.5亿元");
    expect(money.format(money.of("123450000000", "CNY"), { locale: "zh-CN", notation: "compact" })).toBe("¥1234亿");
    expect(money.format(money.of("1234.5", "EUR"), { locale: "de-DE" })).toBe("1.234,50\u00A0€");
    expect(money.format(money.of("12345678901234567890.01", "USD"))).toBe("$12,345,678,901,234,567,890.01");
  });

  it("parse", () => {
    // #region parse
    money.toString(money.parse("$30.26 billion")); // "30260000000 USD"
    money.toString(money.parse("193,48 miliardi di yuan")); // "193480000000 CNY"
    money.toString(money.parse("1934.8亿元")); // "193480000000 CNY"
    money.toString(money.parse("1934.8亿元。")); // "193480000000 CNY" (the sentence's 。 is not read)
    money.toString(money.parse("1.234.567,89 EUR")); // "1234567.89 EUR"
    money.toString(money.parse("¥1,234.50", { locale: "zh-CN" })); // "1234.5 CNY"
    let reason = "";
    try {
      money.parse("1,234", { currency: "USD", strict: true });
    } catch (e) {
      if (isAccordoError(e, "INVALID_TEXT")) reason = e.message; // '... "1,234" may be 1234 (thousands separator) or 1.234 (decimal separator) ...'
    }
    // #endregion parse
    expect(reason).toContain("may be 1234 (thousands separator) or 1.234 (decimal separator)");
    expect(money.toString(money.parse("$30.26 billion"))).toBe("30260000000 USD");
    expect(money.toString(money.parse("193,48 miliardi di yuan"))).toBe("193480000000 CNY");
    expect(money.toString(money.parse("1934.8亿元"))).toBe("193480000000 CNY");
    expect(money.toString(money.parse("1934.8亿元。"))).toBe("193480000000 CNY");
    expect(money.toString(money.parse("1.234.567,89 EUR"))).toBe("1234567.89 EUR");
    expect(money.toString(money.parse("¥1,234.50", { locale: "zh-CN" }))).toBe("1234.5 CNY");
  });

  it("json", () => {
    // #region json
    const gdp = money.of("193.48e9", "CNY");
    const json = money.toJSON(gdp); // { amount: "193480000000", currency: "CNY" }
    JSON.stringify(json); // '{"amount":"193480000000","currency":"CNY"}'
    money.equals(money.fromJSON(json), gdp); // true
    money.toString(gdp); // "193480000000 CNY"
    // #endregion json
    expect(json).toEqual({ amount: "193480000000", currency: "CNY" });
    expect(JSON.stringify(json)).toBe('{"amount":"193480000000","currency":"CNY"}');
    expect(money.equals(money.fromJSON(json), gdp)).toBe(true);
    expect(money.toString(gdp)).toBe("193480000000 CNY");
  });

  it("PARSE_TEXT_LIMIT", () => {
    // #region PARSE_TEXT_LIMIT
    money.PARSE_TEXT_LIMIT; // 2000
    let code = "";
    try {
      money.parse("$ ".repeat(5000));
    } catch (e) {
      code = isAccordoError(e) ? e.code : "";
    }
    code; // "TEXT_TOO_LONG"
    // #endregion PARSE_TEXT_LIMIT
    expect(money.PARSE_TEXT_LIMIT).toBe(2000);
    expect(code).toBe("TEXT_TOO_LONG");
  });
});

describe("money in plain JavaScript (included in the API docs)", () => {
  it("interop", () => {
    // #region interop
    const gdp = money.of("193.48e9", "CNY");
    JSON.stringify(gdp); // '{"amount":"193480000000","currency":"CNY"}'
    String(gdp); // "193480000000 CNY"
    `GDP: ${String(gdp)}`; // "GDP: 193480000000 CNY" (a template literal calls String() itself)
    const back = money.fromJSON(JSON.parse(JSON.stringify(gdp))); // equal to gdp
    // #endregion interop
    expect(JSON.stringify(gdp)).toBe('{"amount":"193480000000","currency":"CNY"}');
    expect(String(gdp)).toBe("193480000000 CNY");
    // eslint-disable-next-line @typescript-eslint/restrict-template-expressions -- what a JS caller writes
    expect(`GDP: ${gdp}`).toBe("GDP: 193480000000 CNY");
    expect(money.equals(back, gdp)).toBe(true);
  });
});
