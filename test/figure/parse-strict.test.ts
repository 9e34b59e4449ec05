// figure.parse in strict mode: "1,234" and "1.234" without a locale are refused, not read as in en-US.
import { describe, expect, it } from "vitest";
import { figure } from "../../src/index.js";
import { interval, thrown } from "../support.js";

describe("figure.parse strict mode", () => {
  it("parseStrict", () => {
    // #region parseStrict
    figure.format(figure.parse("1,234 million")); // "1234000000" (en-US by default)
    // figure.parse("1,234 million", { strict: true }) throws INVALID_TEXT: thousands or decimals?
    figure.format(figure.parse("1,234 milioni", { strict: true, locale: "it-IT" })); // "1234000"
    // #endregion parseStrict
    expect(figure.format(figure.parse("1,234 million"))).toBe("1234000000");
    expect(thrown(() => figure.parse("1,234 million", { strict: true }))).toMatchObject({
      code: "INVALID_TEXT",
      details: { function: "figure.parse", path: "text", received: "1,234 million", locale: "en-US" },
    });
    expect(figure.format(figure.parse("1,234 milioni", { strict: true, locale: "it-IT" }))).toBe("1234000");
  });

  it.each(["1.234", "-1,234", "+1.234 bn", "123,456"])("refuses %s without a locale", (text) => {
    expect(thrown(() => figure.parse(text, { strict: true }))).toMatchObject({ code: "INVALID_TEXT" });
  });

  it.each([
    ["1,234.5", "[1234.45, 1234.55)"],
    ["1.5", "[1.45, 1.55)"],
    ["1,234,567", "[1234566.5, 1234567.5)"],
    ["1234", "[1233.5, 1234.5)"],
  ])("reads %s, which only one reading fits", (text, bounds) => {
    expect(interval(figure.parse(text, { strict: true }))).toBe(bounds);
  });

  it("refuses a strict option that is not a boolean", () => {
    expect(thrown(() => figure.parse("1", { strict: "yes" } as never))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "figure.parse", path: "options.strict" },
    });
  });
});
