// Issue 15 in the fx namespace: closed options and inputs, and messages about dates and single rates.
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
      details: { function: "convert", path: "options.date", key: "date", suggestion: "on" },
    });
    expect(money.toString(fx.convert(cny, "USD", rates, { on: "2021-09-30" }))).toBe("155.94 USD");
  });

  it("sweeps every options-taking function with a misspelt key", () => {
    const usdCny = fx.rate({ base: "USD", quote: "CNY", rate: "6.4128", on: "2021-09-30" });
    const eurUsd = fx.rate({ base: "EUR", quote: "USD", rate: "1.16", on: "2021-09-30" });
    const sweep: readonly (readonly [string, () => unknown, string, string | undefined])[] = [
      ["rate", () => fx.rate({ base: "USD", quote: "CNY", rate: "6.4", date: "2021-09-30" } as never), "date", "on"],
      ["convert", () => fx.convert(cny, "USD", rates, { roundng: "up" } as never), "roundng", "rounding"],
      ["convert", () => fx.conversion(cny, "USD", rates, { pivt: "EUR" } as never), "pivt", "pivot"],
      ["lookup", () => fx.lookup(rates, "USD", "CNY", { date: "2021-09-30" } as never), "date", "on"],
      ["table", () => fx.table([usdCny], { pivots: "USD" } as never), "pivots", "pivot"],
      [
        "cross",
        () => fx.cross(usdCny, eurUsd, { allowDifferentDate: true } as never),
        "allowDifferentDate",
        "allowDifferentDates",
      ],
      ["implied", () => fx.implied("1", "USD", "6.4", "CNY", { labels: "x" } as never), "labels", "label"],
      [
        "rateFromJSON",
        () => fx.rateFromJSON(fx.rateToJSON(usdCny), { currency: [] } as never),
        "currency",
        "currencies",
      ],
      [
        "tableFromJSON",
        () => fx.tableFromJSON(fx.tableToJSON(rates), { currency: [] } as never),
        "currency",
        "currencies",
      ],
    ];
    for (const [fn, call, key, suggestion] of sweep) {
      expect(thrown(call), fn).toMatchObject({ code: "UNKNOWN_OPTION", details: { function: fn, key, suggestion } });
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
});

describe("fx: messages that help", () => {
  it("fx.rate({ on }) with a kind of date it does not read talks about dates, not about an unknown kind", () => {
    expect(fx.rate({ base: "USD", quote: "CNY", rate: "6.4", on: new Date(Date.UTC(2021, 8, 30)) }).on).toBe(
      "2021-09-30",
    );
    const e = thrown(() => fx.rate({ base: "USD", quote: "CNY", rate: "6.4", on: { day: 30 } as never }));
    expect(e).toMatchObject({ code: "INVALID_PERIOD", details: { function: "rate", path: "on" } });
    expect((e as { message: string }).message).toContain('an ISO date "YYYY-MM-DD", a JS Date');
    expect((e as { message: string }).message).not.toContain("kind");
  });

  it("fx.convert with a single rate and { on } says so in a sentence", () => {
    const usdCny = fx.rate({ base: "USD", quote: "CNY", rate: "6.4128", on: "2021-09-30" });
    expect(thrown(() => fx.convert(cny, "USD", usdCny, { on: "2021-09-30" }))).toMatchObject({
      code: "INVALID_INPUT",
      message:
        'convert: options.on must be left out when converting with a single rate, got "2021-09-30". on chooses a rate from a rate table, ' +
        "but a single rate is used as it is, whatever its date: pass a table made by fx.table to look the rate up, or leave it out.",
      details: { function: "convert", path: "options.on", given: ["on"] },
    });
  });
});
