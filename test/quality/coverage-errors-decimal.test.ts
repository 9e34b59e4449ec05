/**
 * The messages and details of the lowest layer (errors.ts, decimal.ts), which
 * every namespace's errors are built from: what a caller reads when an input
 * is refused. Written to kill the mutants that Stryker found surviving there
 * (`node scripts/mutation.mjs core`).
 */
import Decimal from "decimal.js";
import { describe as group, expect, it } from "vitest";
import { D, roundToScale, roundingConstant, toDecimal } from "../../src/decimal.js";
import { AccordoError, describe } from "../../src/errors.js";
import * as figure from "../../src/figure/index.js";
import * as fx from "../../src/fx/index.js";
import * as money from "../../src/money/index.js";
import { seedAgreement, seedZone } from "../fixtures/seed.js";
import { caught } from "../support.js";

group("describe (values in error messages)", () => {
  it("names every kind of value briefly", () => {
    expect(describe("abc")).toBe('"abc"');
    expect(describe(12n)).toBe("12n");
    expect(describe(-1.5)).toBe("-1.5");
    expect(describe(Number.NaN)).toBe("NaN");
    expect(describe(true)).toBe("true");
    expect(describe(undefined)).toBe("undefined");
    expect(describe(null)).toBe("null");
    expect(describe(Symbol("s"))).toBe("Symbol(s)");
    expect(describe(() => 1)).toBe("a function");
    expect(describe([1, 2, 3])).toBe("an array of 3");
    expect(describe(new Decimal("1.50"))).toBe("1.5");
    expect(describe(new D("-2e-3"))).toBe("-0.002");
    expect(describe({ a: 1 })).toBe("an object with key a");
    expect(describe({ a: 1, b: 2, c: 3, d: 4 })).toBe("an object with keys a, b, c, d");
    expect(describe({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6 })).toBe("an object with keys a, b, c, d and 2 more");
    expect(describe({})).toBe("an empty object");
    // a constructor named Decimal is not enough: it needs a toString function
    expect(describe({ constructor: { name: "Decimal" }, toString: 5 })).toBe(
      "an object with keys constructor, toString",
    );
    expect(describe(Object.create(null))).toBe("an empty object");
    // with a toString but no constructor at all (a null-prototype object)
    expect(describe(Object.assign(Object.create(null) as object, { toString: () => "x" }))).toBe(
      "an object with key toString",
    );
  });

  it("names accordo's values by kind, and other objects by their class, size or instant", () => {
    expect(describe(money.of("12.50", "USD"))).toBe("a Money of 12.5 USD");
    expect(describe(figure.reported("193.48", { scale: "billion" }))).toBe("a Figure of 193480000000");
    expect(describe(fx.rate({ base: "USD", quote: "CNY", rate: "6.4128", on: "2021-11-26" }))).toBe(
      "an ExchangeRate of USD/CNY 6.4128",
    );
    expect(describe(seedAgreement)).toBe("an Agreement");
    expect(describe(seedZone)).toBe("a Zone");
    expect(describe(new Date(Date.UTC(2021, 10, 27)))).toBe("a Date (2021-11-27T00:00:00.000Z)");
    expect(describe(new Date(Number.NaN))).toBe("an invalid Date");
    expect(describe(new Map([["USD", 1]]))).toBe("a Map of 1");
    expect(describe(new Set())).toBe("a Set of 0");
    expect(describe(new (class RateTable {})())).toBe("a RateTable");
    expect(describe(new (class Ore {})())).toBe("an Ore");
    // a getter of a plain object is not called to describe it
    let reads = 0;
    expect(
      describe({
        get amount() {
          reads += 1;
          return 1;
        },
      }),
    ).toBe("an object with key amount");
    expect(reads).toBe(0);
    // a Proxy whose traps throw, and an object that claims a class it is not, are "an object"
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error("no keys");
        },
      },
    );
    expect(describe(hostile)).toBe("an object");
    expect(describe(Object.create(Date.prototype) as object)).toBe("an object");
    expect(describe(Object.create(Map.prototype) as object)).toBe("an object");
  });

  it("cuts texts longer than 80 characters to 77 and an ellipsis", () => {
    expect(describe("x".repeat(78))).toBe(`"${"x".repeat(78)}"`); // 80 characters with the quotes: kept
    expect(describe("x".repeat(79))).toBe(`"${"x".repeat(76)}...`); // 81: cut
    expect(describe("x".repeat(79)).length).toBe(80);
    expect(describe(10n ** 100n)).toBe(`1${"0".repeat(76)}...`);
  });

  it("an AccordoError holds the code, message and frozen details", () => {
    const e = caught(() => {
      throw new AccordoError("RATE_NOT_FOUND", "no rate", { pair: "USD/CNY" });
    });
    expect(e.code).toBe("RATE_NOT_FOUND");
    expect(e.message).toBe("no rate");
    expect(e.name).toBe("AccordoError");
    expect(e.details).toEqual({ pair: "USD/CNY" });
    expect(Object.isFrozen(e.details)).toBe(true);
    expect(
      caught(() => {
        throw new AccordoError("INVALID_INPUT", "bare");
      }).details,
    ).toBeUndefined();
  });
});

group("toDecimal messages and details", () => {
  it("non-finite decimals", () => {
    const e = caught(() => toDecimal(new Decimal(Number.POSITIVE_INFINITY), "f: amount"));
    expect(e.message).toBe("f: amount must be a finite number, got Infinity");
    expect(e.code).toBe("INVALID_NUMBER");
    expect(e.details).toMatchObject({ function: "f", path: "amount", expected: "a finite number" });
  });

  it("non-finite numbers", () => {
    const e = caught(() => toDecimal(Number.NaN, "rate"));
    expect(e.message).toBe("rate must be a finite number, got NaN");
    expect(e.details).toEqual({ function: "", path: "rate", expected: "a finite number", received: Number.NaN });
  });

  it("unparsable strings", () => {
    const e = caught(() => toDecimal("１２３", "text"));
    expect(e.message).toBe('text must be a decimal number string, got "１２３"');
    expect(e.details).toEqual({ function: "", path: "text", expected: "a decimal number string", received: "１２３" });
  });

  it("overflowing exponents", () => {
    const e = caught(() => toDecimal("1e9000000000000001", "big"));
    expect(e.message).toBe(
      'big must be a number of magnitude from 1e-999 to below 1e1000, or 0, got "1e9000000000000001"',
    );
    expect(e.details).toEqual({
      function: "",
      path: "big",
      expected: "a number of magnitude from 1e-999 to below 1e1000, or 0",
      received: "1e9000000000000001",
      min: "1e-999",
      max: "1e1000",
    });
    expect(toDecimal(" 1e3 ", "x").toString()).toBe("1000");
  });

  it("other types", () => {
    const e = caught(() => toDecimal([1], "list"));
    expect(e.code).toBe("INVALID_TYPE");
    expect(e.message).toBe("list must be a decimal string, number, bigint or Decimal, got an array of 1");
    expect(e.details).toMatchObject({ function: "", path: "list", received: [1] });
  });
});

group("rounding helpers", () => {
  it("roundingConstant names the modes and where", () => {
    const e = caught(() => roundingConstant("nearest"));
    expect(e.message).toBe(
      'round: mode must be one of halfEven, halfUp, halfDown, halfTowardsZero, halfAwayFromZero, up, down, ceil, floor, got "nearest"',
    );
    expect(e.details).toMatchObject({ function: "round", path: "mode", received: "nearest" });
    expect(
      caught(() => roundingConstant(1, "round: mode")).message.startsWith(
        "round: mode must be one of halfEven, halfUp,",
      ),
    ).toBe(true);
    // only strings name a mode: an array holding one is refused (hasOwnProperty would accept it)
    expect(caught(() => roundingConstant(["halfEven"])).code).toBe("INVALID_TYPE");
    expect(roundingConstant("halfUp")).toBe(Decimal.ROUND_HALF_CEIL);
  });

  it("roundToScale refuses a bad scale with a message", () => {
    expect(caught(() => roundToScale(new D(1), 1.5, "halfEven")).message).toBe(
      "roundToScale: scale must be a safe integer, got 1.5",
    );
    expect(roundToScale(new D("1234.5"), -2, "halfEven").toString()).toBe("1200");
  });
});
