import { describe, expect, it } from "vitest";
import { isAccordoError } from "../../src/errors.js";
import * as figure from "../../src/figure/index.js";
import * as zone from "../../src/zone/index.js";

// Each refusal has a stable code, a message that says what was wrong, where,
// and what was received, and structured details.
const bn = (text: string) => figure.reported(text, { scale: "billion" });
const z = zone.create({
  id: "z",
  name: { name: "Z" },
  sources: [{ id: "s", title: "S" }],
  industries: [{ id: "a", name: { name: "A" } }, { id: "b", name: { name: "B" } }],
  observations: [
    { id: "t", indicator: "industrialOutput", period: "2021", values: [{ currency: "CNY", figure: bn("10.0") }], growth: figure.percent("10") },
    { id: "a", indicator: "industrialOutput", scope: { kind: "industries", industryIds: ["a"] }, period: "2021", values: [{ currency: "CNY", figure: bn("2.0") }], growth: figure.percent("4") },
    { id: "ab", indicator: "industrialOutput", scope: { kind: "industries", industryIds: ["a", "b"] }, period: "2021", values: [{ currency: "CNY", figure: bn("6.0") }], growth: figure.percent("5") },
    { id: "g", indicator: "gdp", period: "2021", values: [{ currency: "CNY", figure: bn("30.0") }] },
    { id: "p", indicator: "industrialOutput", scope: { kind: "industries", industryIds: ["b"] }, period: "2020", values: [{ currency: "CNY", figure: bn("1.0") }], growth: figure.percent("4") },
  ],
});
const cases: [string, () => unknown][] = [
  ["zone.names bad zone", () => zone.names({} as never)],
  ["zone.hasName empty", () => zone.hasName(z, "")],
  ["zone.observationsWhere bad filter", () => zone.observationsWhere(z, "gdp" as never)],
  ["zone.observationsWhere bad scope", () => zone.observationsWhere(z, { scope: "city" as never })],
  ["zone.observationsWhere bad indicator", () => zone.observationsWhere(z, { indicator: "" })],
  ["zone.observationsWhere bad industry", () => zone.observationsWhere(z, { industryId: "" })],
  ["zone.observationsWhere bad period", () => zone.observationsWhere(z, { period: "21" })],
  ["zone.observationsWhere bad currency", () => zone.observationsWhere(z, { currency: "ABC" })],
  ["zone.findObservation empty", () => zone.findObservation(z, "")],
  ["zone.impliedRates same currency", () => zone.impliedRates(z, "CNY", "CNY")],
  ["zone.impliedRates bad base", () => zone.impliedRates(z, "ABC", "CNY")],
  ["zone.impliedRates bad quote", () => zone.impliedRates(z, "CNY", "ABC")],
  ["zone.rateConsistency none", () => zone.rateConsistency(z, "USD", "CNY")],
  ["zone.impliedPrevious unknown", () => zone.impliedPrevious(z, "nope", "CNY")],
  ["zone.impliedPrevious no growth", () => zone.impliedPrevious(z, "g", "CNY")],
  ["zone.impliedPrevious no value", () => zone.impliedPrevious(z, "t", "USD")],
  ["zone.impliedPrevious bad currency", () => zone.impliedPrevious(z, "t", "ABC")],
  ["zone.shareOf indicator", () => zone.shareOf(z, "a", "g", "CNY")],
  ["zone.shareOf period", () => zone.shareOf(z, "p", "t", "CNY")],
  ["zone.shareOf whole zone part", () => zone.shareOf(z, "t", "ab", "CNY")],
  ["zone.shareOf outside", () => zone.shareOf(z, "ab", "a", "CNY")],
  ["zone.shareOf itself", () => zone.shareOf(z, "a", "a", "CNY")],
  ["zone.shareOf bad part id", () => zone.shareOf(z, "", "t", "CNY")],
  ["zone.shareOf bad whole id", () => zone.shareOf(z, "a", "", "CNY")],
  ["zone.shareOf bad currency", () => zone.shareOf(z, "a", "t", "ABC")],
  ["zone.remainderOf overlap", () => zone.remainderOf(z, "t", ["ab", "a"], "CNY")],
  ["zone.remainderOf no parts", () => zone.remainderOf(z, "t", [], "CNY")],
  ["zone.remainderOf bad part", () => zone.remainderOf(z, "t", [""], "CNY")],
  ["zone.remainderOf bad whole", () => zone.remainderOf(z, "", ["a"], "CNY")],
  ["zone.remainderOf bad currency", () => zone.remainderOf(z, "t", ["a"], "ABC")],
  ["zone.citing unknown", () => zone.citing(z, "elsewhere")],
  ["zone.findIndustry empty", () => zone.findIndustry(z, "")],
];

const expected: Record<string, readonly [string, string, unknown]> = {
  "zone.names bad zone": ["INVALID_INPUT", "zone must be a Zone (zone.create), got an object", null],
  "zone.hasName empty": ["INVALID_INPUT", "name must not be empty, got \"\"", {"where":"name","value":""}],
  "zone.observationsWhere bad filter": ["INVALID_INPUT", "filter must be an object, got \"gdp\"", null],
  "zone.observationsWhere bad scope": ["INVALID_INPUT", "filter.scope must be \"zone\" or \"industries\", got \"city\"", null],
  "zone.observationsWhere bad indicator": ["INVALID_INPUT", "filter.indicator must not be empty, got \"\"", {"where":"filter.indicator","value":""}],
  "zone.observationsWhere bad industry": ["INVALID_INPUT", "filter.industryId must not be empty, got \"\"", {"where":"filter.industryId","value":""}],
  "zone.observationsWhere bad period": ["INVALID_PERIOD", "filter.period: not a reporting period: \"21\"", {"where":"filter.period","value":"21"}],
  "zone.observationsWhere bad currency": ["UNKNOWN_CURRENCY", "filter.currency: unknown currency code \"ABC\"; define custom currencies with defineCurrency", {"where":"filter.currency","value":"ABC"}],
  "zone.findObservation empty": ["INVALID_INPUT", "observationId must not be empty, got \"\"", {"where":"observationId","value":""}],
  "zone.impliedRates same currency": ["INVALID_INPUT", "impliedRates: base and quote must differ, got CNY for both", null],
  "zone.impliedRates bad base": ["UNKNOWN_CURRENCY", "impliedRates: base: unknown currency code \"ABC\"; define custom currencies with defineCurrency", {"where":"impliedRates: base","value":"ABC"}],
  "zone.impliedRates bad quote": ["UNKNOWN_CURRENCY", "impliedRates: quote: unknown currency code \"ABC\"; define custom currencies with defineCurrency", {"where":"impliedRates: quote","value":"ABC"}],
  "zone.rateConsistency none": ["INVALID_INPUT", "rateConsistency: no observation of zone \"z\" reports values in both USD and CNY", {"base":"USD","quote":"CNY"}],
  "zone.impliedPrevious unknown": ["INVALID_INPUT", "zone \"z\" has no observation \"nope\"", {"observationId":"nope"}],
  "zone.impliedPrevious no growth": ["INVALID_INPUT", "zone.impliedPrevious: observation \"g\" reports no growth", {"observationId":"g"}],
  "zone.impliedPrevious no value": ["INVALID_INPUT", "zone.impliedPrevious: observation \"t\" reports no value in USD (it has CNY)", {"observationId":"t","currency":"USD"}],
  "zone.impliedPrevious bad currency": ["UNKNOWN_CURRENCY", "zone.impliedPrevious: currency: unknown currency code \"ABC\"; define custom currencies with defineCurrency", {"where":"zone.impliedPrevious: currency","value":"ABC"}],
  "zone.shareOf indicator": ["INVALID_INPUT", "zone.shareOf: \"a\" measures industrialOutput but \"g\" measures gdp", {"partId":"a","wholeId":"g"}],
  "zone.shareOf period": ["INVALID_INPUT", "zone.shareOf: \"p\" covers 2020 but \"t\" covers 2021", {"partId":"p","wholeId":"t"}],
  "zone.shareOf whole zone part": ["INVALID_INPUT", "zone.shareOf: \"t\" covers the whole zone, so it is not a part of \"ab\"", {"partId":"t","wholeId":"ab"}],
  "zone.shareOf outside": ["INVALID_INPUT", "zone.shareOf: \"ab\" covers industries outside \"a\": b", {"partId":"ab","wholeId":"a"}],
  "zone.shareOf itself": ["INVALID_INPUT", "zone.shareOf: observation \"a\" cannot be a part of itself", {"observationId":"a"}],
  "zone.shareOf bad part id": ["INVALID_INPUT", "zone.shareOf: partId must not be empty, got \"\"", {"where":"zone.shareOf: partId","value":""}],
  "zone.shareOf bad whole id": ["INVALID_INPUT", "zone.shareOf: wholeId must not be empty, got \"\"", {"where":"zone.shareOf: wholeId","value":""}],
  "zone.shareOf bad currency": ["UNKNOWN_CURRENCY", "zone.shareOf: currency: unknown currency code \"ABC\"; define custom currencies with defineCurrency", {"where":"zone.shareOf: currency","value":"ABC"}],
  "zone.remainderOf overlap": ["INVALID_INPUT", "zone.remainderOf: \"a\" and \"ab\" both cover industry \"a\"", {"industryId":"a"}],
  "zone.remainderOf no parts": ["INVALID_INPUT", "zone.remainderOf: partIds must be a non-empty array of observation ids, got an array of 0", null],
  "zone.remainderOf bad part": ["INVALID_INPUT", "zone.remainderOf: partIds[0] must not be empty, got \"\"", {"where":"zone.remainderOf: partIds[0]","value":""}],
  "zone.remainderOf bad whole": ["INVALID_INPUT", "zone.remainderOf: wholeId must not be empty, got \"\"", {"where":"zone.remainderOf: wholeId","value":""}],
  "zone.remainderOf bad currency": ["UNKNOWN_CURRENCY", "zone.remainderOf: currency: unknown currency code \"ABC\"; define custom currencies with defineCurrency", {"where":"zone.remainderOf: currency","value":"ABC"}],
  "zone.citing unknown": ["INVALID_INPUT", "zone \"z\" lists no source \"elsewhere\"", {"sourceId":"elsewhere"}],
  "zone.findIndustry empty": ["INVALID_INPUT", "industryId must not be empty, got \"\"", {"where":"industryId","value":""}],
};

describe("zone. refusals", () => {
  it.each(cases)("%s", (label, fn) => {
    let caught: unknown;
    try {
      fn();
    } catch (e) {
      caught = e;
    }
    if (!isAccordoError(caught)) throw new Error(`expected an AccordoError for ${label}`);
    const [code, message, details] = expected[label] ?? ["", "", null];
    expect([caught.code, caught.message, caught.details ?? null]).toEqual([code, message, details]);
  });

  it("lists an expectation for every case", () => {
    expect(Object.keys(expected).sort()).toEqual(cases.map(([label]) => label).sort());
  });
});
