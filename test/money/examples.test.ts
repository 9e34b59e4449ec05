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
    expect(yuan).toEqual({ code: "CNY", numeric: "156", minorUnits: 2, name: "Yuan Renminbi", historic: false, custom: false });
    expect(kuna.historic).toBe(true);
    expect(money.currency(yuan)).toBe(yuan);
  });

  it("defineCurrency", () => {
    // #region defineCurrency
    const cnh = money.defineCurrency({ code: "CNH", minorUnits: 2, name: "Offshore Yuan" });
    const deposit = money.of("1000.50", cnh);
    money.toJSON(deposit); // { amount: "1000.5", currency: "CNH" }
    // #endregion defineCurrency
    expect(cnh).toEqual({ code: "CNH", numeric: null, minorUnits: 2, name: "Offshore Yuan", historic: false, custom: true });
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
    expect(() => money.add(money.of(1, "USD"), money.of(1, "EUR"))).toThrow(expect.objectContaining({ code: "CURRENCY_MISMATCH" }));
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
});
