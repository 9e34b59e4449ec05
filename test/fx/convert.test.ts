import { describe, expect, it } from "vitest";
import * as fx from "../../src/fx/index.js";
import type { ExchangeRate } from "../../src/fx/types.js";
import * as money from "../../src/money/index.js";
import { thrown, code } from "../support.js";

const usd = (amount: string) => money.of(amount, "USD");

describe("fx.convert: the vectors money libraries use", () => {
  it("USD → EUR at 0.89 (dinero.js): 5.00 USD is 4.45 EUR, exactly 4.4500", () => {
    const r = fx.rate({ base: "USD", quote: "EUR", rate: "0.89" });
    const m = fx.convert(usd("5.00"), "EUR", r);
    expect(m.currency.code).toBe("EUR");
    expect(m.amount.toString()).toBe("4.45");
    expect(fx.convert(usd("5.00"), "EUR", r, { rounding: "none" }).amount.toFixed(4)).toBe("4.4500");
  });

  it("USD → IQD keeps 3 minor units", () => {
    const r = fx.rate({ base: "USD", quote: "IQD", rate: "1199" });
    expect(fx.convert(usd("5.00"), "IQD", r).amount.toFixed(3)).toBe("5995.000");
    const precise = fx.rate({ base: "USD", quote: "IQD", rate: "1310.4567" });
    expect(fx.convert(usd("0.01"), "IQD", precise).amount.toString()).toBe("13.105");
    expect(fx.convert(usd("0.01"), "IQD", precise, { rounding: "down" }).amount.toString()).toBe("13.104");
    expect(fx.convert(usd("0.01"), "IQD", precise, { rounding: "none" }).amount.toString()).toBe("13.104567");
  });

  it("USD → JPY rounds to whole yen, ties by the named mode", () => {
    const r = fx.rate({ base: "USD", quote: "JPY", rate: "110.55" });
    expect(fx.convert(usd("5.00"), "JPY", r).amount.toString()).toBe("553");
    const tie = fx.rate({ base: "USD", quote: "JPY", rate: "148.5" });
    expect(fx.convert(usd("1.00"), "JPY", tie).amount.toString()).toBe("148");
    expect(fx.convert(usd("1.00"), "JPY", tie, { rounding: "halfUp" }).amount.toString()).toBe("149");
    expect(fx.convert(usd("1.00"), "JPY", tie, { rounding: "halfDown" }).amount.toString()).toBe("148");
    expect(fx.convert(usd("-1.00"), "JPY", tie, { rounding: "halfAwayFromZero" }).amount.toString()).toBe("-149");
  });

  it("rate 1.33 on 10 cents (Ruby money): 0.133 rounds half-even to 0.13, up to 0.14", () => {
    const r = fx.rate({ base: "USD", quote: "EUR", rate: "1.33" });
    expect(fx.convert(usd("1.00"), "EUR", r).amount.toString()).toBe("1.33");
    expect(fx.convert(usd("0.10"), "EUR", r, { rounding: "halfEven" }).amount.toString()).toBe("0.13");
    expect(fx.convert(usd("0.10"), "EUR", r, { rounding: "up" }).amount.toString()).toBe("0.14");
    expect(fx.convert(usd("0.10"), "EUR", r, { rounding: "down" }).amount.toString()).toBe("0.13");
    expect(fx.convert(usd("0.10"), "EUR", r, { rounding: "ceil" }).amount.toString()).toBe("0.14");
  });

  it("cross NOK → SEK through USD", () => {
    const t = fx.table([
      fx.rate({ base: "USD", quote: "NOK", rate: "10.1850", on: "2024-01-02" }),
      fx.rate({ base: "USD", quote: "SEK", rate: "10.0920", on: "2024-01-02" }),
    ]);
    const c = fx.conversion(money.of("1000.00", "NOK"), "SEK", t, { on: "2024-01-02" });
    expect(c.to.amount.toString()).toBe("990.87");
    expect(c.exact.toString()).toBe("990.8689248895434462444771723122239");
    expect(fx.origins(c.rate)).toEqual(t.rates);
    // The same through two conversions at full precision.
    const viaUsd = fx.convert(money.of("1000.00", "NOK"), "USD", t, { on: "2024-01-02", rounding: "none" });
    expect(fx.convert(viaUsd, "SEK", t, { on: "2024-01-02", rounding: "none" }).amount.toString()).toBe(
      c.exact.toString(),
    );
  });

  it("the fixed EUR/HRK rate 7.53450, both ways", () => {
    const r = fx.rate({ base: "EUR", quote: "HRK", rate: "7.53450", on: "2022-07-12", kind: "fixed" });
    expect(fx.convert(money.of("100.00", "EUR"), "HRK", r).amount.toString()).toBe("753.45");
    expect(fx.convert(money.of("1000.00", "HRK"), "EUR", r).amount.toString()).toBe("132.72");
    expect(fx.convert(money.of("7.53", "HRK"), "EUR", r).amount.toString()).toBe("1");
  });
});

describe("fx.convert", () => {
  const r = fx.rate({ base: "USD", quote: "EUR", rate: "0.89", on: "2024-01-02" });

  it("accepts the rate either way round", () => {
    expect(fx.convert(money.of("4.45", "EUR"), "USD", r).amount.toString()).toBe("5");
    expect(fx.conversion(money.of("4.45", "EUR"), "USD", r).rate.derivation).toBe("inverse");
  });

  it("converts the same currency at the identity rate, still rounding as asked", () => {
    expect(fx.convert(usd("1.005"), "USD", r).amount.toString()).toBe("1");
    expect(fx.convert(usd("1.005"), "USD", r, { rounding: "none" }).amount.toString()).toBe("1.005");
    expect(fx.conversion(usd("1"), "USD", r).rate.derivation).toBe("identity");
    const t = fx.table([]);
    expect(fx.convert(usd("2.50"), money.currency("USD"), t).amount.toString()).toBe("2.5");
  });

  it("converts into a custom currency with its minor units", () => {
    const token = money.defineCurrency({ code: "TOKEN", minorUnits: 6, name: "A token" });
    const rt = fx.rate({ base: "USD", quote: token, rate: "0.123456789" });
    const m = fx.convert(usd("1.00"), token, rt);
    expect(m.amount.toString()).toBe("0.123457");
    expect(m.currency).toBe(token);
  });

  it("looks the rate up in a table with the lookup options", () => {
    const t = fx.table([r, fx.rate({ base: "USD", quote: "EUR", rate: "0.90", on: "2024-01-05" })]);
    expect(fx.convert(usd("100"), "EUR", t, { on: "2024-01-04", policy: "onOrBefore" }).amount.toString()).toBe("89");
    expect(fx.convert(usd("100"), "EUR", t).amount.toString()).toBe("90");
    expect(code(() => fx.convert(usd("100"), "EUR", t, { on: "2024-01-04" }))).toBe("RATE_NOT_FOUND");
    expect(code(() => fx.convert(usd("100"), "JPY", t, { on: "2024-01-02" }))).toBe("RATE_NOT_FOUND");
  });

  it("returns frozen values and leaves its inputs alone", () => {
    const m = usd("5.00");
    const c = fx.conversion(m, "EUR", r);
    expect(Object.isFrozen(c)).toBe(true);
    expect(Object.isFrozen(c.to)).toBe(true);
    expect(c.from).toBe(m);
    expect(m.amount.toString()).toBe("5");
    expect(m.currency.code).toBe("USD");
  });

  it("refuses bad input", () => {
    expect(code(() => fx.convert(usd("1"), "JPY", r))).toBe("CURRENCY_MISMATCH");
    expect(code(() => fx.convert(money.of("1", "GBP"), "EUR", r))).toBe("CURRENCY_MISMATCH");
    expect(code(() => fx.convert(usd("1"), "XYZ", r))).toBe("UNKNOWN_CURRENCY");
    expect(code(() => fx.convert({ amount: 1, currency: "USD" } as never, "EUR", r))).toBe("INVALID_VALUE");
    expect(code(() => fx.convert(usd("1"), "EUR", { base: "USD", quote: "EUR", rate: "0.89" } as never))).toBe(
      "INVALID_VALUE",
    );
    expect(code(() => fx.convert(usd("1"), "EUR", r, { rounding: "bankers" as never }))).toBe("INVALID_INPUT");
    expect(code(() => fx.convert(usd("1"), "EUR", r, { on: "2024-01-02" }))).toBe("INVALID_INPUT");
    expect(code(() => fx.convert(usd("1"), "EUR", r, { policy: "nearest", withinDays: 2 }))).toBe("INVALID_INPUT");
    expect(code(() => fx.convert(usd("1"), "EUR", r, null as never))).toBe("INVALID_TYPE");
  });
});

describe("fx.convert: edges", () => {
  const r = fx.rate({ base: "USD", quote: "EUR", rate: "0.89", on: "2024-01-02" });

  it("tells a table from a rate by its rates and pivot", () => {
    for (const f of [fx.convert, fx.conversion]) {
      expect(thrown(() => f(usd("1"), "EUR", { rates: [] } as never))).toMatchObject({
        code: "INVALID_VALUE",
        details: { function: f === fx.convert ? "fx.convert" : "fx.conversion", path: "rateOrTable" },
      });
      const fn = f === fx.convert ? "fx.convert" : "fx.conversion";
      expect(thrown(() => f(usd("1"), "EUR", { pivot: money.currency("USD") } as never))).toMatchObject({
        code: "INVALID_VALUE",
        details: { function: fn, path: "rateOrTable" },
      });
      expect(thrown(() => f(usd("1"), "EUR", null as never))).toMatchObject({
        code: "INVALID_TYPE",
        details: { function: fn, path: "rateOrTable", received: null },
      });
      expect(thrown(() => f(usd("1"), "EUR", 5 as never))).toMatchObject({
        code: "INVALID_TYPE",
        details: { function: fn, path: "rateOrTable", received: 5 },
      });
    }
  });

  it("records the rounding and the rate used", () => {
    const c = fx.conversion(usd("5.00"), "EUR", r, { rounding: "up" });
    expect(c.rounding).toBe("up");
    expect(c.exact.toString()).toBe("4.45");
    expect(c.rate).toBe(r);
    expect(fx.conversion(usd("5.00"), "EUR", r).rounding).toBe("halfEven");
    const same = fx.conversion(usd("5.00"), "USD", r);
    expect(same.rate.on).toBe("2024-01-02");
    expect(same.rate.base.code).toBe("USD");
    expect(fx.conversion(usd("5.00"), "EUR", r, { rounding: "none" }).to.amount.toFixed(4)).toBe("4.4500");
  });

  it("keeps the exact product at full precision with rounding none", () => {
    const third = fx.rate({ base: "USD", quote: "EUR", rate: "3" });
    const back = fx.convert(money.of("1", "EUR"), "USD", third, { rounding: "none" });
    expect(back.amount.toString()).toBe("0.3333333333333333333333333333333333");
    expect(fx.conversion(money.of("1", "EUR"), "USD", third, { rounding: "none" }).to.amount.toString()).toBe(
      "0.3333333333333333333333333333333333",
    );
    expect(fx.convert(money.of("1", "EUR"), "USD", third).amount.toString()).toBe("0.33");
  });
});

describe("fx.convert: derived rates applied through the stored rates", () => {
  const usdCny = fx.rate({ base: "USD", quote: "CNY", rate: "7.2", on: "2024-01-02" });

  it("divides by the stored rate at its inverse, so an exact tie rounds as a tie (5.22 CNY at USD/CNY 7.2 gave 0.73 USD half-even)", () => {
    const c = fx.conversion(money.of("5.22", "CNY"), "USD", usdCny);
    expect(c.exact.toString()).toBe("0.725");
    expect(c.to.amount.toString()).toBe("0.72");
    expect(c.rate.derivation).toBe("inverse");
    expect(fx.convert(money.of("5.22", "CNY"), "USD", usdCny, { rounding: "halfUp" }).amount.toString()).toBe("0.73");
    expect(fx.convert(money.of("5.22", "CNY"), "USD", usdCny, { rounding: "halfDown" }).amount.toString()).toBe("0.72");
    expect(fx.convert(money.of("5.22", "CNY"), "USD", usdCny, { rounding: "none" }).amount.toString()).toBe("0.725");
    // the same through a table, and with the inverse rate given
    const t = fx.table([usdCny]);
    expect(fx.convert(money.of("5.22", "CNY"), "USD", t, { on: "2024-01-02" }).amount.toString()).toBe("0.72");
    expect(fx.convert(money.of("5.22", "CNY"), "USD", fx.invert(usdCny)).amount.toString()).toBe("0.72");
    expect(fx.convert(money.of("5.94", "CNY"), "USD", usdCny).amount.toString()).toBe("0.82");
  });

  it("applies a cross as the product and quotient of its stored legs (0.5 NOK at NOK/SEK 1.8 ÷ 7.2 is 0.125 SEK)", () => {
    const t = fx.table([
      fx.rate({ base: "USD", quote: "NOK", rate: "7.2", on: "2024-01-02" }),
      fx.rate({ base: "USD", quote: "SEK", rate: "1.8", on: "2024-01-02" }),
    ]);
    const c = fx.conversion(money.of("0.50", "NOK"), "SEK", t, { on: "2024-01-02" });
    expect(c.rate.derivation).toBe("cross");
    expect(c.exact.toString()).toBe("0.125");
    expect(c.to.amount.toString()).toBe("0.12");
    // and the other way: SEK → NOK multiplies by 7.2 and divides by 1.8
    expect(fx.conversion(money.of("0.03125", "SEK"), "NOK", t, { on: "2024-01-02" }).exact.toString()).toBe("0.125");
    // a cross with an identity leg is its other leg
    const identity = fx.lookup(t, "USD", "USD", { on: "2024-01-02" });
    expect(fx.conversion(money.of("5.22", "CNY"), "USD", fx.cross(fx.invert(usdCny), identity)).exact.toString()).toBe(
      "0.725",
    );
  });

  it("takes a hand-made derived rate whose chain does not give its value as it stands", () => {
    const forged = Object.freeze({
      ...fx.invert(usdCny),
      rate: fx.rate({ base: "USD", quote: "EUR", rate: "0.5" }).rate,
    });
    expect(fx.convert(money.of("2.00", "CNY"), "USD", forged).amount.toString()).toBe("1");
  });
});

describe("fx.convert: results beyond the range of decimals", () => {
  it("refuses with OUT_OF_RANGE a product that overflows to Infinity or underflows to 0 (returned a Money of Infinity)", () => {
    const huge = fx.rate({ base: "USD", quote: "EUR", rate: "5e999" });
    expect(thrown(() => fx.convert(money.of("1e999", "USD"), "EUR", huge, { rounding: "none" }))).toMatchObject({
      code: "OUT_OF_RANGE",
      details: { function: "fx.convert", path: "money", min: "1e-999", max: "1e1000" },
    });
    expect(code(() => fx.conversion(money.of("1e999", "USD"), "EUR", huge))).toBe("OUT_OF_RANGE");
    const tiny = fx.rate({ base: "USD", quote: "EUR", rate: "1e-999" });
    // 1e-999 × 1e-999 is positive: rounded up it is one cent, not the 0 it underflows to
    expect(code(() => fx.convert(money.of("1e-999", "USD"), "EUR", tiny, { rounding: "up" }))).toBe("OUT_OF_RANGE");
    expect(fx.convert(money.of("0", "USD"), "EUR", tiny).amount.toString()).toBe("0");
    expect(fx.convert(money.of("1", "USD"), "EUR", tiny, { rounding: "up" }).amount.toString()).toBe("0.01");
    expect(code(() => fx.rate({ base: "USD", quote: "EUR", rate: "1e9000000000000000" }))).toBe("OUT_OF_RANGE");
  });
});

describe("fx.convert: which derived rates it follows to their stored rates", () => {
  const usdCny = fx.rate({ base: "USD", quote: "CNY", rate: "7.2", on: "2024-01-02" });
  const cnyUsd = fx.invert(usdCny); // 1 ÷ 7.2 to 34 digits
  const none = fx.table([]);
  const identityOf = (code: string) => fx.lookup(none, code, code, { on: "2024-01-02" });
  const forge = (r: ExchangeRate, fields: object, chain: readonly unknown[]) =>
    Object.freeze({ ...r, ...fields, chain: Object.freeze([...chain]) }) as unknown as ExchangeRate;
  // 5.22 CNY at CNY/USD as it stands (times 0.13888…89), and through USD/CNY (divided by 7.2)
  const exactAt = (r: ExchangeRate) => fx.conversion(money.of("5.22", "CNY"), "USD", r).exact.toString();
  const asItStands = "0.7250000000000000000000000000000001";
  const through = "0.725";

  it("follows an fx-made inverse", () => {
    expect(exactAt(cnyUsd)).toBe(through);
    expect(fx.convert(money.of("5.22", "CNY"), "USD", forge(cnyUsd, {}, [usdCny])).amount.toString()).toBe("0.72");
  });

  it("refuses a derived rate whose legs are not rates, naming the leg (threw a TypeError or a DecimalError for some), and takes as it stands one whose chain has the wrong length for its derivation", () => {
    const unfrozenLeg = { ...usdCny };
    const withoutChain = Object.freeze({ rate: usdCny.rate });
    const textRate = Object.freeze({ ...usdCny, rate: "7.2" });
    for (const leg of [null, undefined, unfrozenLeg, withoutChain, textRate]) {
      expect(
        thrown(() => exactAt(forge(cnyUsd, {}, [leg]))),
        String(leg),
      ).toMatchObject({
        code: expect.stringMatching(/^INVALID_(TYPE|VALUE)$/),
        details: { function: "fx.conversion", path: expect.stringMatching(/^rateOrTable\.chain\[0\]/) },
      });
    }
    expect(thrown(() => exactAt(forge(cnyUsd, { derivation: "cross" }, [usdCny, null])))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "fx.conversion", path: "rateOrTable.chain[1]", received: null },
    });
    const usd = identityOf("USD");
    expect(exactAt(forge(cnyUsd, { derivation: "cross" }, [usdCny]))).toBe(asItStands);
    expect(exactAt(forge(cnyUsd, {}, [usdCny, usd]))).toBe(asItStands);
    expect(exactAt(forge(cnyUsd, {}, [cnyUsd, usd]))).toBe(asItStands);
    expect(exactAt(forge(cnyUsd, { derivation: "cross" }, [cnyUsd, usd, usd]))).toBe(asItStands);
    // the same legs, well formed, are followed
    expect(exactAt(forge(cnyUsd, { derivation: "cross" }, [cnyUsd, usd]))).toBe(through);
  });

  it("takes as it stands a rate whose chain is not frozen, so that what it remembers of a rate never changes", () => {
    const open = Object.freeze({ ...cnyUsd, chain: [usdCny] }) as unknown as ExchangeRate;
    // a rate fx did not make is rebuilt with a frozen chain, which convert then follows
    expect(exactAt(open)).toBe("0.725");
  });

  it("applies a hand-made identity rate at its own value, not at 1 (converted USD to EUR at 1 with a USD/EUR identity rate of 2)", () => {
    const usdEur = fx.rate({ base: "USD", quote: "EUR", rate: "2" });
    const forged = Object.freeze({ ...usdEur, kind: "fixed", derivation: "identity" }) as ExchangeRate;
    expect(fx.convert(money.of("1.50", "USD"), "EUR", forged).amount.toString()).toBe("3");
  });

  it("gives at most 34 significant digits at the identity rate, as at any other (kept all 38 digits of the amount)", () => {
    const amount = money.of("0.10078548748359018343609817146246973118", "USD");
    expect(fx.conversion(amount, "USD", usdCny, { rounding: "none" }).exact.toString()).toBe(
      "0.1007854874835901834360981714624697",
    );
    expect(fx.convert(amount, "USD", usdCny, { rounding: "none" }).amount.toString()).toBe(
      "0.1007854874835901834360981714624697",
    );
    // an identity leg adds no factor: the amount is multiplied by 7.2 once
    const viaIdentity = fx.cross(identityOf("USD"), usdCny);
    expect(fx.conversion(amount, "CNY", viaIdentity, { rounding: "none" }).exact.toString()).toBe(
      "0.7256555098818493207399068345297821",
    );
  });

  it("multiplies by the legs of a cross even when their product is 1", () => {
    const oneCross = fx.cross(
      fx.rate({ base: "USD", quote: "EUR", rate: "2" }),
      fx.rate({ base: "EUR", quote: "GBP", rate: "0.5" }),
    );
    expect(oneCross.rate.toString()).toBe("1");
    // times 2 (rounded to 34 digits), then times 0.5
    const amount = money.of("0.14339118191660461216672446801528106006", "USD");
    expect(fx.conversion(amount, "GBP", oneCross, { rounding: "none" }).exact.toString()).toBe(
      "0.143391181916604612166724468015281",
    );
  });

  it("divides by the product of every stored rate it divides by, and multiplies by a cross of direct legs", () => {
    const nokSek = fx.cross(
      fx.invert(fx.rate({ base: "USD", quote: "NOK", rate: "8" })),
      fx.invert(fx.rate({ base: "SEK", quote: "USD", rate: "0.5" })),
    );
    expect(`${nokSek.base.code}/${nokSek.quote.code} ${nokSek.rate.toString()}`).toBe("NOK/SEK 0.25");
    expect(fx.conversion(money.of("1", "NOK"), "SEK", nokSek).exact.toString()).toBe("0.25");
    const eurCny = fx.cross(
      fx.rate({ base: "EUR", quote: "USD", rate: "1.1" }),
      fx.rate({ base: "USD", quote: "CNY", rate: "7.2" }),
    );
    expect(fx.conversion(money.of("10", "EUR"), "CNY", eurCny).exact.toString()).toBe("79.2");
  });

  it("follows a chain 63 levels down, and takes the rate 64 levels down as it stands", () => {
    // USD/CNY 7.2 inverted, then wrapped in turn as the first leg of a cross with an identity rate,
    // as the second leg of one, and inverted: the inverse of 7.2 is `levels` levels down
    const nest = (levels: number): ExchangeRate => {
      let r = cnyUsd;
      for (let i = 0; i < levels; i++) {
        if (i % 3 === 0) r = fx.cross(r, identityOf(r.quote.code));
        else if (i % 3 === 1) r = fx.cross(identityOf(r.base.code), r);
        else r = fx.invert(r);
      }
      return r;
    };
    const deep = nest(64);
    const shallower = nest(63);
    expect([deep.base.code, deep.quote.code, deep.derivation, shallower.base.code, shallower.derivation]).toEqual([
      "USD",
      "CNY",
      "cross",
      "USD",
      "inverse",
    ]);
    expect(fx.origins(deep)).toEqual([usdCny]);
    expect(fx.conversion(money.of("1", "USD"), "CNY", shallower).exact.toString()).toBe("7.2");
    // 1 ÷ (1 ÷ 7.2 to 34 digits)
    expect(fx.conversion(money.of("1", "USD"), "CNY", deep).exact.toString()).toBe(
      "7.199999999999999999999999999999999",
    );
  });
});
