import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { isIsoEntry } from "../../src/money/currency.js";
import * as money from "../../src/money/index.js";
import type { Currency } from "../../src/money/types.js";
import { caught, code, expectRefusal } from "../support.js";

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL("../../", import.meta.url));

describe("the generated ISO 4217 table", () => {
  it("is up to date with the datasets (regenerated in memory)", () => {
    const fresh = execFileSync(process.execPath, ["scripts/generate-currencies.mjs", "--stdout"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(readFileSync(`${root}src/money/iso4217.ts`, "utf8")).toBe(fresh);
  });

  it("names its datasets and their list dates", () => {
    const text = readFileSync(`${root}src/money/iso4217.ts`, "utf8");
    expect(text).toMatch(/GENERATED FILE, DO NOT EDIT/);
    expect(text).toContain("published 2024-06-25");
    expect(text).toContain("published 2018-08-29");
  });

  it("holds every code of the current dataset with its numeric code, minor units and name", () => {
    const data = require("currency-codes/data.js") as {
      code: string;
      number: string;
      digits: number;
      currency: string;
    }[];
    const noMinor = new Set([
      "XAG",
      "XAU",
      "XBA",
      "XBB",
      "XBC",
      "XBD",
      "XDR",
      "XPD",
      "XPT",
      "XSU",
      "XTS",
      "XUA",
      "XXX",
    ]);
    expect(money.currencies().map((c) => c.code)).toEqual(data.map((d) => d.code).sort());
    for (const d of data) {
      const c = money.currency(d.code);
      expect(c.numeric).toBe(d.number);
      expect(c.name).toBe(d.currency.trim()); // the dataset has a stray space in "Comorian Franc "
      expect(c.minorUnits).toBe(noMinor.has(d.code) ? 2 : d.digits);
      expect(c.historic).toBe(false);
      expect(c.custom).toBe(false);
    }
  });
});

describe("currency", () => {
  it("finds ISO 4217 entries, case-insensitively", () => {
    expect(money.currency("usd")).toBe(money.currency("USD"));
    expect(money.currency(" JPY ").minorUnits).toBe(0);
    expect(money.currency("IQD").minorUnits).toBe(3);
    expect(money.currency("CLF").minorUnits).toBe(4);
    expect(money.currency("CNY")).toEqual({
      code: "CNY",
      numeric: "156",
      minorUnits: 2,
      name: "Yuan Renminbi",
      historic: false,
      custom: false,
    });
  });

  it("keeps the codes withdrawn since 2018 and flags them historic", () => {
    expect(money.currency("HRK")).toEqual({
      code: "HRK",
      numeric: "191",
      minorUnits: 2,
      name: "Kuna",
      historic: true,
      custom: false,
    });
    expect(money.currency("SLL").historic).toBe(true);
    expect(money.currency("ZWL").historic).toBe(true);
    expect(money.currency("SLE").historic).toBe(false);
    expect(
      money
        .currencies({ historic: true })
        .filter((c) => c.historic)
        .map((c) => c.code),
    ).toEqual(["HRK", "SLL", "ZWL"]);
    // The historic codes are sorted in among the current ones, not appended.
    const all = money.currencies({ historic: true }).map((c) => c.code);
    expect(all).toEqual([...all].sort());
    expect(all.indexOf("HRK")).toBeLessThan(all.indexOf("HTG"));
    expect(all.length).toBe(money.currencies().length + 3);
  });

  it("gives 2 minor units to the entries ISO 4217 lists as N.A., as Intl does", () => {
    for (const c of ["XAU", "XAG", "XDR", "XXX"]) {
      expect(money.currency(c).minorUnits).toBe(2);
      expect(
        new Intl.NumberFormat("en", { style: "currency", currency: c }).resolvedOptions().maximumFractionDigits,
      ).toBe(2);
    }
  });

  it("refuses unknown codes with UNKNOWN_CURRENCY", () => {
    expect(code(() => money.currency("ABC"))).toBe("UNKNOWN_CURRENCY");
    expect(code(() => money.currency("CNH"))).toBe("UNKNOWN_CURRENCY");
    expect(code(() => money.currency(""))).toBe("UNKNOWN_CURRENCY");
  });

  it("validates Currency objects", () => {
    const usd = money.currency("USD");
    expect(money.currency({ ...usd })).toBe(usd);
    expect(code(() => money.currency({ ...usd, minorUnits: 4 }))).toBe("INVALID_VALUE");
    expect(code(() => money.currency({ ...usd, code: "QQQ" }))).toBe("INVALID_VALUE");
    expect(code(() => money.currency(42 as never))).toBe("INVALID_TYPE");
    expect(code(() => money.currency(null as never))).toBe("INVALID_TYPE");
    const token = money.defineCurrency({ code: "USDC", minorUnits: 6, name: "USD Coin" });
    expect(money.currency(token)).toBe(token);
    const copy = money.currency({ ...token });
    expect(copy).toEqual(token);
    expect(Object.isFrozen(copy)).toBe(true);
    expect(code(() => money.currency({ ...token, numeric: "999" }))).toBe("INVALID_VALUE");
  });

  it("returns frozen values", () => {
    expect(Object.isFrozen(money.currency("EUR"))).toBe(true);
    expect(Object.isFrozen(money.currencies())).toBe(true);
    expect(Object.isFrozen(money.currencies({ historic: true }))).toBe(true);
  });
});

describe("defineCurrency", () => {
  it("defines a custom currency without touching the registry", () => {
    const cnh: Currency = money.defineCurrency({ code: "CNH", minorUnits: 2, name: "Offshore Yuan" });
    expect(cnh.custom).toBe(true);
    expect(Object.isFrozen(cnh)).toBe(true);
    expect(code(() => money.currency("CNH"))).toBe("UNKNOWN_CURRENCY");
    expect(money.currencies({ historic: true }).some((c) => c.code === "CNH")).toBe(false);
  });

  it("compares custom currencies by code and minor units", () => {
    const a = money.defineCurrency({ code: "CNH", minorUnits: 2, name: "Offshore Yuan" });
    const b = money.defineCurrency({ code: "CNH", minorUnits: 2, name: "CNH" });
    const c = money.defineCurrency({ code: "CNH", minorUnits: 4, name: "Offshore Yuan" });
    expect(money.add(money.of(1, a), money.of(2, b)).amount.toString()).toBe("3");
    expect(code(() => money.add(money.of(1, a), money.of(2, c)))).toBe("CURRENCY_MISMATCH");
  });

  it("refuses invalid definitions and ISO codes", () => {
    expect(code(() => money.defineCurrency({ code: "X", minorUnits: 2, name: "x" }))).toBe("INVALID_INPUT");
    expect(code(() => money.defineCurrency({ code: "TOO-LONG", minorUnits: 2, name: "x" }))).toBe("INVALID_INPUT");
    expect(code(() => money.defineCurrency({ code: "USD", minorUnits: 4, name: "Dollar" }))).toBe("INVALID_INPUT");
    expect(code(() => money.defineCurrency({ code: "HRK", minorUnits: 2, name: "Kuna" }))).toBe("INVALID_INPUT");
  });

  it("refuses the fields passed in a row with INVALID_TYPE, saying it takes one object", () => {
    const define = money.defineCurrency as (...args: unknown[]) => unknown;
    expectRefusal(() => define("CNH", 2, "Offshore yuan"), "INVALID_TYPE", "money.defineCurrency: definition", {
      expected: "one object { code, minorUnits, name }",
      received: "CNH",
      arguments: 3,
    });
    expectRefusal(() => define("CNH"), "INVALID_TYPE", "money.defineCurrency: definition", { arguments: 1 });
    expect(caught(() => define("CNH", 2, "Offshore yuan")).message).toContain(
      'money.defineCurrency takes one object of named values, not values in a row: money.defineCurrency({ code: "CNH", minorUnits: 2, name: "Offshore yuan" }).',
    );
    expectRefusal(() => define(null), "INVALID_TYPE", "money.defineCurrency: definition", {
      expected: "an object { code, minorUnits, name }",
    });
  });

  it('refuses an ISO code in lower case (a custom "usd" of 0 decimals came back from JSON as US dollars)', () => {
    expect(code(() => money.defineCurrency({ code: "usd", minorUnits: 0, name: "Points" }))).toBe("INVALID_INPUT");
    expect(code(() => money.defineCurrency({ code: "Hrk", minorUnits: 2, name: "Kuna" }))).toBe("INVALID_INPUT");
    const forged = Object.freeze({
      code: "eur",
      numeric: null,
      minorUnits: 0,
      name: "Points",
      historic: false,
      custom: true,
    });
    expect(code(() => money.of("1", forged))).toBe("INVALID_VALUE");
    expect(money.defineCurrency({ code: "usdc", minorUnits: 6, name: "USD Coin" }).code).toBe("usdc");
    expect(code(() => money.defineCurrency({ code: "TOK", minorUnits: -1, name: "Token" }))).toBe("OUT_OF_RANGE");
    expect(code(() => money.defineCurrency({ code: "TOK", minorUnits: 1.5, name: "Token" }))).toBe("OUT_OF_RANGE");
    expect(code(() => money.defineCurrency({ code: "TOK", minorUnits: 2, name: " " }))).toBe("INVALID_INPUT");
    expect(code(() => money.defineCurrency(null as never))).toBe("INVALID_TYPE");
  });
});

describe("isIsoEntry (internal: the fast path of the Money check)", () => {
  it("is true only for an entry of the registry itself", () => {
    expect(isIsoEntry(money.currency("USD"))).toBe(true);
    expect(isIsoEntry(money.currency("HRK"))).toBe(true);
    // an equal copy, a custom currency, a code and non-objects are not entries
    expect(isIsoEntry({ ...money.currency("USD") })).toBe(false);
    expect(isIsoEntry(money.defineCurrency({ code: "CNH", minorUnits: 2, name: "Offshore yuan" }))).toBe(false);
    expect(isIsoEntry("USD")).toBe(false);
    expect(isIsoEntry(null)).toBe(false);
    expect(isIsoEntry(undefined)).toBe(false);
  });
});
