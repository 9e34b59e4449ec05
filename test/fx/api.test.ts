// The fx namespace: closed options and inputs, and messages about dates and single rates.
import { describe, expect, it } from "vitest";
import * as fx from "../../src/fx/index.js";
import * as money from "../../src/money/index.js";
import { thrown } from "../support.js";

const cny = money.of("1000", "CNY");
const rates = fx.table([
  fx.rate({ base: "USD", quote: "CNY", rate: "6.4128", on: "2021-09-30" }),
  fx.rate({ base: "USD", quote: "CNY", rate: "6.5", on: "2021-12-31" }),
]);

describe("fx: options and inputs are closed", () => {
  it("refuses a misspelt `date` for `on` instead of converting at the newest rate", () => {
    expect(thrown(() => fx.convert(cny, "USD", rates, { date: "2021-09-30" } as never))).toMatchObject({
      code: "UNKNOWN_OPTION",
      details: {
        function: "fx.convert",
        path: "options.date",
        key: "date",
        accepted: ["rounding", "on", "policy", "withinDays", "pivot", "kind", "source"],
        suggestion: "on",
      },
    });
    expect(money.toString(fx.convert(cny, "USD", rates, { on: "2021-09-30" }))).toBe("155.94 USD");
  });

  it("sweeps every options-taking function with a misspelt key", () => {
    const usdCny = fx.rate({ base: "USD", quote: "CNY", rate: "6.4128", on: "2021-09-30" });
    const eurUsd = fx.rate({ base: "EUR", quote: "USD", rate: "1.16", on: "2021-09-30" });
    const sweep: readonly (readonly [string, () => unknown, string, string | undefined])[] = [
      ["fx.rate", () => fx.rate({ base: "USD", quote: "CNY", rate: "6.4", date: "2021-09-30" } as never), "date", "on"],
      ["fx.convert", () => fx.convert(cny, "USD", rates, { roundng: "up" } as never), "roundng", "rounding"],
      ["fx.conversion", () => fx.conversion(cny, "USD", rates, { pivt: "EUR" } as never), "pivt", "pivot"],
      ["fx.lookup", () => fx.lookup(rates, "USD", "CNY", { date: "2021-09-30" } as never), "date", "on"],
      ["fx.table", () => fx.table([usdCny], { pivots: "USD" } as never), "pivots", "pivot"],
      [
        "fx.cross",
        () => fx.cross(usdCny, eurUsd, { allowDifferentDate: true } as never),
        "allowDifferentDate",
        "allowDifferentDates",
      ],
      ["fx.implied", () => fx.implied("1", "USD", "6.4", "CNY", { labels: "x" } as never), "labels", "label"],
      [
        "fx.rateFromJSON",
        () => fx.rateFromJSON(fx.rateToJSON(usdCny), { currency: [] } as never),
        "currency",
        "currencies",
      ],
      [
        "fx.tableFromJSON",
        () => fx.tableFromJSON(fx.tableToJSON(rates), { currency: [] } as never),
        "currency",
        "currencies",
      ],
    ];
    for (const [fn, call, key, suggestion] of sweep) {
      expect(thrown(call), fn).toMatchObject({
        code: "UNKNOWN_OPTION",
        details: { function: fn, key, suggestion, accepted: expect.arrayContaining([suggestion]) as unknown },
      });
    }
  });

  it("reads lookup options as own properties only", () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.on = "2021-09-30";
    try {
      expect(fx.lookup(rates, "USD", "CNY").rate.toString()).toBe("6.5");
    } finally {
      delete proto.on;
    }
  });

  it("fx.convert and fx.conversion read their options as own properties only", () => {
    const proto = Object.prototype as Record<string, unknown>;
    const rate = fx.rate({ base: "USD", quote: "CNY", rate: "6.4128", on: "2021-09-30" });
    const calls = (): string[] => [
      money.toString(fx.convert(cny, "USD", rate)),
      money.toString(fx.convert(cny, "USD", rate, {})),
      money.toString(fx.convert(cny, "USD", rates)),
      money.toString(fx.convert(cny, "USD", rates, { on: "2021-09-30" })),
      money.toString(fx.conversion(cny, "USD", rate).to),
      money.toString(fx.conversion(cny, "USD", rates, {}).to),
    ];
    const before = calls();
    expect(before).toEqual(["155.94 USD", "155.94 USD", "153.85 USD", "155.94 USD", "155.94 USD", "153.85 USD"]);
    proto.on = "2021-09-30";
    proto.rounding = "up";
    proto.policy = "nearest";
    try {
      expect(calls()).toEqual(before);
    } finally {
      delete proto.on;
      delete proto.rounding;
      delete proto.policy;
    }
  });
});

describe("fx: messages that help", () => {
  it("fx.rate({ on }) with a kind of date it does not read talks about dates, not about an unknown kind", () => {
    expect(fx.rate({ base: "USD", quote: "CNY", rate: "6.4", on: new Date(Date.UTC(2021, 8, 30)) }).on).toBe(
      "2021-09-30",
    );
    const e = thrown(() => fx.rate({ base: "USD", quote: "CNY", rate: "6.4", on: { day: 30 } as never }));
    expect(e).toMatchObject({ code: "INVALID_PERIOD", details: { function: "fx.rate", path: "input.on" } });
    expect((e as { message: string }).message).toContain('an ISO date "YYYY-MM-DD", a JS Date');
    expect((e as { message: string }).message).not.toContain("kind");
  });

  it("takes a JS Date (its UTC day) or a Temporal.PlainDate-like wherever it takes a date", () => {
    const day = { year: 2021, month: 9, day: 30, toString: () => "2021-09-30" };
    const utc = new Date(Date.UTC(2021, 8, 30, 23, 59));
    expect(fx.rate({ base: "USD", quote: "CNY", rate: "6.4", on: day }).on).toBe("2021-09-30");
    expect(fx.lookup(rates, "USD", "CNY", { on: utc }).rate.toString()).toBe("6.4128");
    expect(fx.lookup(rates, "USD", "CNY", { on: day, policy: "onOrBefore" }).rate.toString()).toBe("6.4128");
    expect(money.toString(fx.convert(cny, "USD", rates, { on: utc }))).toBe("155.94 USD");
    expect(fx.table([{ base: "USD", quote: "CNY", rate: "6.4", on: utc }]).rates[0]?.on).toBe("2021-09-30");
    expect(thrown(() => fx.lookup(rates, "USD", "CNY", { on: { ...day, month: 13 } }))).toMatchObject({
      code: "INVALID_PERIOD",
    });
  });

  it("fx.convert with a single rate and { on } says so in a sentence", () => {
    const usdCny = fx.rate({ base: "USD", quote: "CNY", rate: "6.4128", on: "2021-09-30" });
    expect(thrown(() => fx.convert(cny, "USD", usdCny, { on: "2021-09-30" }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "fx.convert", path: "options.on", received: "2021-09-30", given: ["on"] },
    });
    const { message } = thrown(() => fx.convert(cny, "USD", usdCny, { on: "2021-09-30" })) as { message: string };
    expect(message).toContain("An on date applies to a rate table, not to one rate");
  });
});

describe("fx: what accordo did not make is read once", () => {
  /** A getter that answers `first`, then `then` at every later read. */
  const changing = (first: unknown, then: unknown): (() => unknown) => {
    let reads = 0;
    return () => (reads++ === 0 ? first : then);
  };
  const usdCny = fx.rate({ base: "USD", quote: "CNY", rate: "7.1", on: "2021-09-30" });
  const eurUsd = fx.rate({ base: "EUR", quote: "USD", rate: "1.16", on: "2021-09-30" });

  it("reads an input or options object once, through own properties", () => {
    const base = changing("USD", 5);
    const rate = changing("7.1", "x");
    const input = Object.freeze({
      get base() {
        return base();
      },
      quote: "CNY",
      get rate() {
        return rate();
      },
    });
    expect(String(fx.rate(input as never))).toBe("USD/CNY 7.1");
    const on = changing("2021-09-30", 5);
    const lookupOptions = Object.freeze({
      get on() {
        return on();
      },
    });
    expect(fx.lookup(rates, "USD", "CNY", lookupOptions as never).rate.toString()).toBe("6.4128");
    const rounding = changing("up", "sideways");
    const convertOptions = Object.freeze({
      get rounding() {
        return rounding();
      },
    });
    expect(money.toString(fx.convert(cny, "USD", usdCny, convertOptions as never))).toBe("140.85 USD");
    const allow = changing(true, "yes");
    const later = fx.rate({ base: "USD", quote: "CNY", rate: "7.2", on: "2021-10-01" });
    const crossOptions = Object.freeze({
      get allowDifferentDates() {
        return allow();
      },
    });
    expect(fx.cross(eurUsd, later, crossOptions as never).on).toBe("2021-10-01");
    const label = changing("GDP", 5);
    const impliedOptions = Object.freeze({
      get label() {
        return label();
      },
    });
    expect(fx.implied("1", "USD", "7", "CNY", impliedOptions as never).label).toBe("GDP");
    const json = fx.rateToJSON(usdCny);
    const jsonRate = changing("7.1", 7.1);
    const read = fx.rateFromJSON(
      Object.freeze({
        ...json,
        get rate() {
          return jsonRate();
        },
      }),
    );
    expect(read.rate.toString()).toBe("7.1");
  });

  it("reads a frozen rate, table or implied rate it did not make once, and rebuilds it", () => {
    const value = changing(usdCny.rate, "7.1");
    const forged = Object.freeze({
      ...usdCny,
      get rate() {
        return value();
      },
    });
    const inverse = fx.invert(forged as never);
    expect(`${String(inverse)} ${String(inverse.chain[0])}`).toBe(
      "CNY/USD 0.1408450704225352112676056338028169 on 2021-09-30 USD/CNY 7.1 on 2021-09-30",
    );
    const pivot = changing(usdCny.base, null);
    const table = Object.freeze({
      rates: Object.freeze([usdCny]),
      get pivot() {
        return pivot();
      },
    });
    expect(fx.lookup(table as never, "USD", "CNY")).toEqual(usdCny);
    const gdp = fx.implied("30.26", "USD", "193.48", "CNY");
    const figureRead = changing(gdp.rate, "x");
    const implied = Object.freeze({
      ...gdp,
      get rate() {
        return figureRead();
      },
    });
    expect(fx.consistency([gdp, implied as never]).consistent).toBe(true);
    const checked = changing(usdCny.rate, null);
    const checkedRate = Object.freeze({
      ...usdCny,
      get rate() {
        return checked();
      },
    });
    expect(fx.checkRate(checkedRate as never, [gdp]).rate.toString()).toBe("7.1");
  });
});
