import { describe, expect, it } from "vitest";
import Decimal from "decimal.js";
import * as z from "zod";
import { caught, expectRefusal, thrown } from "../support.js";
import { isAccordoError } from "../../src/errors.js";
import * as money from "../../src/money/index.js";
import * as period from "../../src/period/index.js";
import type { SchemaIssue } from "../../src/schemas/index.js";
import {
  CurrencySchema,
  DecimalSchema,
  MoneySchema,
  PeriodSchema,
  jsonSchema,
  parse,
  safeParse,
  safeToJSON,
  toJSON,
} from "../../src/schemas/index.js";

function issuesOf(run: () => unknown): readonly SchemaIssue[] {
  try {
    run();
  } catch (error) {
    expect(isAccordoError(error, "INVALID_SCHEMA")).toBe(true);
    return (error as { details: { issues: readonly SchemaIssue[] } }).details.issues;
  }
  throw new Error("expected an INVALID_SCHEMA error");
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe("parse and safeParse", () => {
  it("lists every issue with its path in the message and in details.issues", () => {
    const Dataset = z.strictObject({ rates: z.array(MoneySchema), period: PeriodSchema });
    const json = {
      rates: [{ amount: "1", currency: "USD" }, { amount: "x", currency: "ABC" }, { currency: "CNY" }],
      period: "2021-13",
    };
    let message = "";
    try {
      parse(Dataset, json);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe(
      [
        "schemas.parse: json must be JSON the schema accepts, got an object with keys rates, period. 4 issues:",
        '  - rates[1].amount: expected a decimal number written as a string, e.g. "193.48" (invalid_format)',
        '  - rates[1].currency: money.currency: codeOrCurrency must be an ISO 4217 code or a currency from money.defineCurrency, got "ABC". Define custom currencies with money.defineCurrency. (UNKNOWN_CURRENCY)',
        "  - rates[2].amount: Invalid input: expected string, received undefined (invalid_type)",
        `  - period: ${issuesOf(() => parse(PeriodSchema, "2021-13"))[0]!.message} (INVALID_PERIOD)`,
      ].join("\n"),
    );
    const issues = issuesOf(() => parse(Dataset, json));
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      [["rates", 1, "amount"], "invalid_format"],
      [["rates", 1, "currency"], "UNKNOWN_CURRENCY"],
      [["rates", 2, "amount"], "invalid_type"],
      [["period"], "INVALID_PERIOD"],
    ]);
    expect(Object.isFrozen(issues)).toBe(true);
    expect(Object.isFrozen(issues[0])).toBe(true);
    expect(Object.isFrozen(issues[0]!.path)).toBe(true);
  });

  it("keeps the code of a constructor's error at the field it concerns", () => {
    expect(issuesOf(() => parse(MoneySchema, { amount: "1e99999999999999999999", currency: "USD" }))).toEqual([
      {
        path: ["amount"],
        code: "OUT_OF_RANGE",
        message: expect.stringContaining("magnitude from 1e-999 to below 1e1000") as unknown,
      },
    ]);
    expect(issuesOf(() => parse(PeriodSchema, "2021-Q1/2020-Q3"))).toEqual([
      { path: [], code: "INVALID_PERIOD", message: expect.any(String) as unknown },
    ]);
  });

  it("quotes keys that are not identifiers in the message path", () => {
    const schema = z.record(z.string(), MoneySchema);
    expect(() => parse(schema, { "my key": { amount: "1", currency: "XYZ" } })).toThrow('  - ["my key"].currency: ');
  });

  it("returns the same error from safeParse, and the value on success", () => {
    const bad = safeParse(MoneySchema, { amount: "1", currency: "XYZ" });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.code).toBe("INVALID_SCHEMA");
    const good = safeParse(MoneySchema, { amount: "1", currency: "USD" });
    expect(good.success && money.equals(good.value, money.of("1", "USD"))).toBe(true);
    expect(Object.isFrozen(good)).toBe(true);
  });

  it("refuses something that is not a zod schema with INVALID_TYPE", () => {
    for (const notASchema of [null, undefined, {}, "Money", () => 1]) {
      expectRefusal(() => parse(notASchema as never, {}), "INVALID_TYPE", "schemas.parse: schema", {
        received: notASchema,
      });
      expectRefusal(() => safeParse(notASchema as never, {}), "INVALID_TYPE", "schemas.safeParse: schema");
      expectRefusal(() => toJSON(notASchema as never, {}), "INVALID_TYPE", "schemas.toJSON: schema");
      expectRefusal(() => safeToJSON(notASchema as never, {}), "INVALID_TYPE", "schemas.safeToJSON: schema");
      expectRefusal(() => jsonSchema(notASchema as never), "INVALID_TYPE", "schemas.jsonSchema: schema");
    }
  });

  it("refuses non-objects and null with issues, never a TypeError", () => {
    for (const json of [null, undefined, 42, "USD", [], true]) {
      const issues = issuesOf(() => parse(MoneySchema, json));
      expect(issues).toEqual([{ path: [], code: "invalid_type", message: expect.any(String) as unknown }]);
    }
  });
});

describe("messages of alternatives", () => {
  it("says what a currency must be, and when it is missing", () => {
    expect(issuesOf(() => parse(MoneySchema, { amount: "1" }))).toEqual([
      {
        path: ["currency"],
        code: "invalid_union",
        message:
          'a currency is required: an ISO 4217 code such as "CNY", or a custom currency { code, minorUnits, name }',
      },
    ]);
    expect(issuesOf(() => parse(MoneySchema, { amount: "1", currency: "cny" }))).toEqual([
      {
        path: ["currency"],
        code: "invalid_format",
        message: 'expected an ISO 4217 currency code in capitals, e.g. "CNY"',
      },
    ]);
    expect(issuesOf(() => parse(MoneySchema, { amount: "1", currency: 840 }))).toEqual([
      {
        path: ["currency"],
        code: "invalid_union",
        message:
          'expected an ISO 4217 currency code in capitals such as "CNY", or a custom currency { code, minorUnits, name }',
      },
    ]);
  });
});

describe("strict objects and prototype keys", () => {
  it("rejects unknown keys rather than dropping them", () => {
    expect(issuesOf(() => parse(MoneySchema, { amount: "1", currency: "USD", amonut: "2" }))).toEqual([
      { path: [], code: "unrecognized_keys", message: 'Unrecognized key: "amonut"' },
    ]);
  });

  it.each(["__proto__", "constructor", "prototype"])(
    "rejects an own %s key, and nothing reaches a prototype",
    (key) => {
      const json: unknown = JSON.parse(
        `{"amount": "1", "currency": "USD", "${key}": {"polluted": true, "amount": "2"}}`,
      );
      expect(Object.prototype.hasOwnProperty.call(json, key)).toBe(true);
      expect(issuesOf(() => parse(MoneySchema, json))).toEqual([
        { path: [], code: "unrecognized_keys", message: `Unrecognized key: "${key}"` },
      ]);
      const list: unknown = JSON.parse(`[{"amount": "1", "currency": "USD", "${key}": {"polluted": true}}]`);
      expect(issuesOf(() => parse(z.array(MoneySchema), list)).map((i) => i.path)).toEqual([[0]]);
      expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    },
  );

  it("a value made from clean JSON has no prototype keys of its own", () => {
    const m = parse(MoneySchema, JSON.parse('{"amount": "1", "currency": "USD"}'));
    // the shared prototype of Money (toJSON, toString), itself a plain object
    expect(Object.getPrototypeOf(Object.getPrototypeOf(m))).toBe(Object.prototype);
    expect(Object.keys(Object.getPrototypeOf(m) as object)).toEqual([]);
    for (const key of ["__proto__", "constructor", "prototype"])
      expect(Object.prototype.hasOwnProperty.call(m, key)).toBe(false);
  });
});

describe("freezing and inputs", () => {
  it("never mutates its input, and reads deeply frozen input", () => {
    const json = deepFreeze({ list: [{ amount: "1.50", currency: "USD" }], when: "2024-H1" });
    const copy = structuredClone(json);
    const value = parse(z.strictObject({ list: z.array(MoneySchema), when: PeriodSchema }), json);
    expect(json).toEqual(copy);
    expect(value.list[0]!.amount.toString()).toBe("1.5");
  });

  it("freezes the arrays and objects of a composed result, but not an input object passed through", () => {
    const passthrough = { free: true };
    const value = parse(z.strictObject({ list: z.array(MoneySchema), extra: z.unknown() }), {
      list: [{ amount: "1", currency: "USD" }],
      extra: passthrough,
    });
    expect(Object.isFrozen(value)).toBe(true);
    expect(Object.isFrozen(value.list)).toBe(true);
    expect(Object.isFrozen(value.list[0])).toBe(true);
    expect(value.extra).toBe(passthrough);
    expect(Object.isFrozen(passthrough)).toBe(false);
  });

  it("toJSON returns frozen plain data and does not touch the value", () => {
    const m = money.of("-12.340", "EUR");
    const json = toJSON(z.array(MoneySchema), [m, m]);
    expect(json).toEqual([
      { amount: "-12.34", currency: "EUR" },
      { amount: "-12.34", currency: "EUR" },
    ]);
    expect(Object.isFrozen(json)).toBe(true);
    expect(Object.isFrozen(json[0])).toBe(true);
  });
});

describe("toJSON of values that are not of the type", () => {
  it("raises INVALID_SCHEMA with the issue and its path, never a TypeError", () => {
    for (const bad of [
      null,
      undefined,
      1,
      "1 USD",
      {},
      { amount: "1", currency: "USD" },
      { amount: money.of("1", "USD").amount, currency: "USD" },
    ]) {
      expect(issuesOf(() => toJSON(MoneySchema, bad as never))).toEqual([
        { path: [], code: "custom", message: "expected a Money value" },
      ]);
    }
    const nested = safeToJSON(z.strictObject({ list: z.array(MoneySchema) }), {
      list: [money.of("1", "USD"), { amount: 1 }],
    } as never);
    expect(nested.success).toBe(false);
    if (!nested.success)
      expect((nested.error.details?.["issues"] as SchemaIssue[]).map((i) => i.path)).toEqual([["list", 1]]);
    expect(
      nested.success ||
        nested.error.message.startsWith(
          "schemas.safeToJSON: value must be a value the schema accepts, got an object with key list. 1 issue:",
        ),
    ).toBe(true);
  });

  it("lets the namespace refuse a forged value, keeping its code", () => {
    const forged = {
      amount: money.of("1", "USD").amount,
      currency: { code: "USD", numeric: "840", minorUnits: 5, name: "US Dollar", historic: false, custom: false },
    };
    expect(issuesOf(() => toJSON(MoneySchema, forged))).toEqual([
      { path: ["currency"], code: "INVALID_VALUE", message: expect.stringContaining("must be a Currency") as unknown },
    ]);
    expect(issuesOf(() => toJSON(PeriodSchema, { kind: "quarter", year: 2021, quarter: 5 } as never))).toEqual([
      { path: [], code: "custom", message: "expected a Period value" },
    ]);
  });
});

describe("decimals", () => {
  it("keeps every digit and the sign of zero", () => {
    for (const [text, canonical] of [
      ["193.48", "193.48"],
      ["193.480", "193.48"],
      ["-0", "-0"],
      ["0.0000000000000000000000000000000001", "0.0000000000000000000000000000000001"],
      ["12345678901234567890123456789012.34", "12345678901234567890123456789012.34"],
      ["1.5e-3", "0.0015"],
      ["+7", "7"],
    ] as const) {
      expect(toJSON(DecimalSchema, parse(DecimalSchema, text))).toBe(canonical);
    }
    // a caller's decimal is written the same whatever its constructor's settings
    const Exponential = Decimal.clone({ toExpPos: 2, toExpNeg: -2, precision: 5 });
    for (const [text, canonical] of [
      ["1500", "1500"],
      ["0.001", "0.001"],
      ["-0", "-0"],
      ["123456789.123456789", "123456789.123456789"],
    ] as const) {
      expect(toJSON(DecimalSchema, new Exponential(text))).toBe(canonical);
    }
    expect(toJSON(MoneySchema, money.of(new Exponential("1500"), "USD"))).toEqual({ amount: "1500", currency: "USD" });
    const negativeZero = parse(MoneySchema, { amount: "-0", currency: "USD" });
    expect(parse(MoneySchema, toJSON(MoneySchema, negativeZero))).toEqual(negativeZero);
  });

  it("refuses JSON numbers, which are inexact", () => {
    expect(issuesOf(() => parse(DecimalSchema, 0.1))[0]!.code).toBe("invalid_type");
  });
});

describe("periods and dates", () => {
  it("reads every form period.parse reads and writes the canonical one", () => {
    const cases: [string, string][] = [
      ["2021-A1", "2021"],
      ["2024-H2", "2024-S2"],
      ["2021-M09", "2021-09"],
      ["2021-D331", "2021-11-27"],
      ["2021-Q1/2021-Q3", "2021-Q1/2021-Q3"],
    ];
    for (const [text, canonical] of cases) {
      const p = parse(PeriodSchema, text);
      expect(period.format(p)).toBe(canonical);
      expect(toJSON(PeriodSchema, p)).toBe(canonical);
    }
  });
});

describe("messages", () => {
  it("names the schema, counts the issues and says where each is, (root) for the document itself", () => {
    expect(caught(() => parse(MoneySchema, 42)).message).toBe(
      "schemas.parse: json must be Money JSON, got 42. 1 issue:\n  - (root): Invalid input: expected object, received number (invalid_type)",
    );
    expect(caught(() => parse(MoneySchema, { amount: "x", currency: "USD" })).message).toBe(
      'schemas.parse: json must be Money JSON, got an object with keys amount, currency. 1 issue:\n  - amount: expected a decimal number written as a string, e.g. "193.48" (invalid_format)',
    );
    expect(caught(() => toJSON(MoneySchema, 42 as never)).message).toBe(
      "schemas.toJSON: value must be a valid Money, got 42. 1 issue:\n  - (root): expected a Money value (custom)",
    );
  });

  it("gives every refusal the standard details: the function, the argument, what it expected and received", () => {
    const json = { amount: "x", currency: "USD" };
    expect(thrown(() => parse(MoneySchema, json))).toMatchObject({
      code: "INVALID_SCHEMA",
      details: {
        function: "schemas.parse",
        path: "json",
        expected: "Money JSON",
        received: json,
        issues: [{ path: ["amount"], code: "invalid_format" }],
      },
    });
    const safe = safeParse(MoneySchema, json);
    expect(safe.success ? "parsed" : safe.error.details).toMatchObject({ function: "schemas.safeParse", path: "json" });
    expect(thrown(() => toJSON(MoneySchema, 42 as never))).toMatchObject({
      code: "INVALID_SCHEMA",
      details: { function: "schemas.toJSON", path: "value", expected: "a valid Money", received: 42 },
    });
    const written = safeToJSON(MoneySchema, 42 as never);
    expect(written.success ? "written" : written.error.details).toMatchObject({
      function: "schemas.safeToJSON",
      path: "value",
      received: 42,
    });
  });

  it("writes keys that are not identifiers, and symbol keys, in brackets", () => {
    const key = Symbol("k");
    const result = safeParse(z.record(z.symbol(), MoneySchema), { [key]: { amount: "1", currency: "XYZ" } });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect((result.error.details?.["issues"] as SchemaIssue[]).map((i) => i.path)).toEqual([
        ["Symbol(k)", "currency"],
      ]);
      expect(result.error.message).toContain('  - ["Symbol(k)"].currency: ');
    }
  });

  it("keeps zod's code for an issue that is not accordo's, whatever its params say", () => {
    const schema = z.string().check((ctx) => {
      ctx.issues.push({
        code: "too_small",
        origin: "string",
        minimum: 2,
        inclusive: true,
        input: ctx.value,
        message: "too short",
        params: { accordoCode: "FAKE" },
      } as never);
    });
    expect(issuesOf(() => parse(schema, "x"))).toEqual([{ path: [], code: "too_small", message: "too short" }]);
  });

  it("says which argument is not a schema", () => {
    expect(thrown(() => parse(null as never, {}))).toEqual({
      code: "INVALID_TYPE",
      message: "schemas.parse: schema must be a zod schema from accordo/schemas, got null",
      details: {
        function: "schemas.parse",
        path: "schema",
        expected: "a zod schema from accordo/schemas",
        received: null,
      },
    });
  });
});

describe("nesting limit", () => {
  const nestArrays = (depth: number): unknown => {
    let value: unknown = "x";
    for (let i = 0; i < depth; i++) value = [value];
    return value;
  };

  it("reads documents nested 64 levels deep, refuses 65 with the path of the first level too deep", () => {
    expect(parse(z.unknown(), nestArrays(64))).toEqual(nestArrays(64));
    const result = safeParse(z.unknown(), nestArrays(65));
    expect(result).toEqual({ success: false, error: expect.objectContaining({ code: "INVALID_SCHEMA" }) as unknown });
    if (!result.success) {
      const path = Array.from({ length: 64 }, () => 0);
      expect(result.error.details?.["issues"]).toEqual([
        { path, code: "too_deep", message: "nested deeper than 64 levels" },
      ]);
      expect(result.error.message).toBe(
        `schemas.safeParse: json must be JSON the schema accepts, got an array of 1. 1 issue:\n  - ${"[0]".repeat(64)}: nested deeper than 64 levels (too_deep)`,
      );
      expect(Object.isFrozen(result)).toBe(true);
      expect(Object.isFrozen(result.error.details?.["issues"])).toBe(true);
    }
    expect(() => parse(MoneySchema, nestArrays(65))).toThrow(
      /^schemas\.parse: json must be Money JSON, got an array of 1\. 1 issue:/,
    );
  });

  it("counts objects, and objects without a prototype, as levels; keys name the path", () => {
    let objects: unknown = "x";
    for (let i = 0; i < 65; i++) objects = { a: objects };
    const issues = issuesOf(() => parse(z.unknown(), objects));
    expect(issues.map((i) => [i.path.length, i.path[0], i.code])).toEqual([[64, "a", "too_deep"]]);
    let bare: unknown = "x";
    for (let i = 0; i < 65; i++) bare = Object.assign(Object.create(null) as object, { b: bare });
    expect(issuesOf(() => parse(z.unknown(), bare)).map((i) => i.code)).toEqual(["too_deep"]);
  });

  it("does not count class instances as levels", () => {
    let boxed: unknown = "x";
    for (let i = 0; i < 70; i++) boxed = new Map([["inner", boxed]]);
    expect(parse(z.unknown(), boxed)).toBe(boxed);
  });
});

describe("what a result freezes", () => {
  it("freezes objects without a prototype that a schema makes, but not decimals or other class instances", () => {
    const bare = parse(
      z.string().transform((s) => Object.assign(Object.create(null) as object, { s })),
      "x",
    );
    expect(Object.isFrozen(bare)).toBe(true);
    // decimals are frozen too (a returned decimal must not be mutable)
    expect(Object.isFrozen(parse(DecimalSchema, "1.5"))).toBe(true);
    const map = parse(
      z.string().transform((s) => new Map([[s, 1]])),
      "x",
    );
    expect(Object.isFrozen(map)).toBe(false);
  });
});

describe("jsonSchema", () => {
  it("refuses a schema with parts JSON Schema cannot express, rather than leaving them out", () => {
    expect(() => jsonSchema(z.strictObject({ when: z.date() }))).toThrow(/Date cannot be represented in JSON Schema/);
  });
});

describe("constructor errors of the primitives, at the value itself", () => {
  it("a decimal out of range, a custom currency that redefines an ISO code", () => {
    expect(issuesOf(() => parse(DecimalSchema, "1e99999999999999999999"))).toEqual([
      {
        path: [],
        code: "OUT_OF_RANGE",
        message:
          'decimal must be a number of magnitude from 1e-999 to below 1e1000, or 0, got "1e99999999999999999999"',
      },
    ]);
    expect(issuesOf(() => parse(CurrencySchema, { code: "USD", minorUnits: 2, name: "US dollar" }))).toEqual([
      {
        path: [],
        code: "INVALID_INPUT",
        message:
          'money.defineCurrency: code must be a code outside ISO 4217, got "USD". Use currency("USD") and round with an explicit scale instead of redefining it.',
      },
    ]);
  });
});
