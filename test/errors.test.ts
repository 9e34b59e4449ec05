import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import {
  AccordoError,
  ERROR_CODES,
  ERROR_CODE_GUIDE,
  checkKeys,
  isAccordoError,
  nearest,
  own,
  refuse,
} from "../src/errors.js";
import { thrown } from "./support.js";

describe("AccordoError", () => {
  it("carries a code, a message and frozen details", () => {
    const details = { where: "amount" };
    const e = new AccordoError("INVALID_INPUT", "amount must be a number", details);
    expect(e.code).toBe("INVALID_INPUT");
    expect(e.message).toBe("amount must be a number");
    expect(e.name).toBe("AccordoError");
    expect(e).toBeInstanceOf(Error);
    expect(Object.isFrozen(e.details)).toBe(true);
    expect(e.details).not.toBe(details);
  });

  it("isAccordoError recognises the brand, and the code when asked", () => {
    // #region isAccordoError
    // (import { isAccordoError } from "accordo")
    const error = new AccordoError("UNKNOWN_CURRENCY", 'unknown currency code "XYZ"');
    isAccordoError(error); // true
    isAccordoError(error, "UNKNOWN_CURRENCY"); // true
    isAccordoError(error, "INVALID_INPUT"); // false
    isAccordoError(new Error("boom")); // false
    // #endregion isAccordoError
    expect(isAccordoError(error)).toBe(true);
    expect(isAccordoError(error, "UNKNOWN_CURRENCY")).toBe(true);
    expect(isAccordoError(error, "INVALID_INPUT")).toBe(false);
    expect(isAccordoError(new Error("boom"))).toBe(false);
  });

  it("recognises an error from another copy of the library by its global brand", () => {
    const foreign = Object.assign(new Error("x"), { code: "RATE_NOT_FOUND", [Symbol.for("accordo.error")]: true });
    expect(isAccordoError(foreign, "RATE_NOT_FOUND")).toBe(true);
    for (const v of [null, undefined, 0, "x", {}, { code: "INVALID_INPUT" }]) expect(isAccordoError(v)).toBe(false);
  });

  it("lists every code once", () => {
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
    expect(Object.isFrozen(ERROR_CODES)).toBe(true);
  });
});

describe("refusals", () => {
  it("refuse builds the message from its details and keeps them structured", () => {
    expect(
      thrown(() =>
        refuse("INVALID_NUMBER", {
          function: "fx.rate",
          path: "input.rate",
          expected: "a finite decimal",
          received: Number.NaN,
        }),
      ),
    ).toEqual({
      code: "INVALID_NUMBER",
      message: "fx.rate: input.rate must be a finite decimal, got NaN",
      details: { function: "fx.rate", path: "input.rate", expected: "a finite decimal", received: Number.NaN },
    });
    expect(
      thrown(() => refuse("INVALID_INPUT", { function: "f", path: "x", expected: "positive", hint: "Use 1." })),
    ).toEqual({
      code: "INVALID_INPUT",
      message: "f: x must be positive. Use 1.",
      details: { function: "f", path: "x", expected: "positive" },
    });
  });

  it("checkKeys refuses an unknown own key, naming it, the accepted keys and the nearest", () => {
    expect(
      thrown(() => checkKeys("fx.convert", "options", { date: "2021-09-30" }, ["on", "rounding", "scale", "date_"])),
    ).toMatchObject({
      code: "UNKNOWN_OPTION",
      details: {
        function: "fx.convert",
        path: "options.date",
        key: "date",
        accepted: ["on", "rounding", "scale", "date_"],
        suggestion: "on",
      },
    });
    // a word for a date suggests "on" even when another key is nearer by its letters
    expect(nearest("date", ["base", "quote", "rate", "on"])).toBe("on");
    expect(nearest("date", ["base", "quote", "rate"])).toBe("rate");
    expect(thrown(() => checkKeys("money.format", "options", { local: "it-IT" }, ["locale", "display"]))).toEqual({
      code: "UNKNOWN_OPTION",
      message: 'money.format: options.local must be one of the keys "locale", "display". Did you mean "locale"?',
      details: {
        function: "money.format",
        path: "options.local",
        expected: 'one of the keys "locale", "display"',
        key: "local",
        accepted: ["locale", "display"],
        suggestion: "locale",
      },
    });
    expect(thrown(() => checkKeys("f", "options", { zzzzzz: 1 }, ["on"]))).toMatchObject({
      code: "UNKNOWN_OPTION",
      details: { key: "zzzzzz" },
    });
    expect(
      (thrown(() => checkKeys("f", "options", { zzzzzz: 1 }, ["on"])) as { details: object }).details,
    ).not.toHaveProperty("suggestion");
    expect(thrown(() => checkKeys("f", "options", null, ["on"]))).toMatchObject({
      code: "INVALID_TYPE",
      details: { path: "options", received: null },
    });
    expect(thrown(() => checkKeys("f", "options", [], ["on"]))).toMatchObject({ code: "INVALID_TYPE" });
    expect(thrown(() => checkKeys("f", "options", undefined, ["on"]))).toBe("no error");
    expect(thrown(() => checkKeys("f", "options", { on: 1 }, ["on"]))).toBe("no error");
  });

  it("checkKeys and own ignore a polluted prototype", () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.locale = "de-DE";
    try {
      expect(thrown(() => checkKeys("f", "options", {}, ["on"]))).toBe("no error");
      expect(own({} as { locale?: string }, "locale")).toBeUndefined();
      expect(own({ locale: "it-IT" } as { locale?: string }, "locale")).toBe("it-IT");
      expect(own(undefined as { locale?: string } | undefined, "locale")).toBeUndefined();
    } finally {
      delete proto.locale;
    }
  });

  it("nearest suggests a near word only", () => {
    expect(nearest("local", ["locale", "display"])).toBe("locale");
    expect(nearest("ON", ["on", "rounding"])).toBe("on");
    expect(nearest("dispaly", ["locale", "display"])).toBe("display");
    expect(nearest("q", ["locale", "display"])).toBeUndefined();
    expect(nearest("x".repeat(65), ["x".repeat(65)])).toBeUndefined();
    expect(nearest("currency", ["currencies"])).toBe("currencies");
    expect(nearest("scal", ["scale", "step"])).toBe("scale");
    expect(nearest("curious", ["currencies"])).toBeUndefined();
  });
});

describe("the error-code page", () => {
  it("docs/error-codes.md is generated from ERROR_CODES and the guide, and is not stale", () => {
    expect(Object.keys(ERROR_CODE_GUIDE).sort()).toEqual([...ERROR_CODES].sort());
    expect(() =>
      execFileSync("node", ["scripts/generate-error-codes.mjs", "--check"], { stdio: "pipe" }),
    ).not.toThrow();
  });
});

describe("describe", () => {
  it("writes a decimal's digits, and a phrase for a forged one that decimal.js cannot write", async () => {
    const { describe: describeValue } = await import("../src/errors.js");
    const { default: Decimal } = await import("decimal.js");
    expect(describeValue(new Decimal("1.5"))).toBe("1.5");
    expect(describeValue(Object.assign(new Decimal("1.5"), { d: [1, 0] }))).toBe("a malformed decimal");
    expect(describeValue(Object.assign(new Decimal(1), { e: 9e15 }))).toBe("a malformed decimal");
    expect(describeValue(Object.assign(new Decimal(1), { d: [1.5] }))).toBe("a malformed decimal");
  });
});
