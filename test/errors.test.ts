import { describe, expect, it } from "vitest";
import { AccordoError, ERROR_CODES, isAccordoError } from "../src/errors.js";

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
    const error = new AccordoError("UNKNOWN_CURRENCY", "unknown currency code \"XYZ\"");
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
