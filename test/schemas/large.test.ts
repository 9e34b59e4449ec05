import { describe, expect, it } from "vitest";
import * as z from "zod";
import * as money from "../../src/money/index.js";
import { MoneySchema, parse, toJSON } from "../../src/schemas/index.js";

// Kept apart from core.test.ts: it takes seconds, too slow for the mutation runs
// (the schemas mutation area leaves it out).
describe("a large dataset", () => {
  it("parses more than 10 MB of JSON in one pass", () => {
    const currencies = ["CNY", "USD", "EUR", "JPY", "GBP"];
    const items: { amount: string; currency: string }[] = [];
    for (let i = 0; i < 260_000; i++)
      items.push({ amount: `${i}.${String(i % 100).padStart(2, "0")}`, currency: currencies[i % 5]! });
    const text = JSON.stringify(items);
    expect(text.length).toBeGreaterThan(10_000_000);
    const parsed = parse(z.array(MoneySchema), JSON.parse(text));
    expect(parsed.length).toBe(items.length);
    expect(money.toString(parsed[123_456]!)).toBe("123456.56 USD");
    expect(Object.isFrozen(parsed)).toBe(true);
    const back = toJSON(z.array(MoneySchema), parsed);
    expect(back[259_999]).toEqual({ amount: "259999.99", currency: "GBP" });
  });
});
