// Hand-built, broken periods (a field replaced by null, NaN, a string, an object, or removed;
// a range with a broken end): every function of the namespace that takes a period either refuses
// them with an AccordoError or returns a finite result (a copy that is still a valid period may be
// accepted); never a TypeError, NaN or Infinity (test/support.ts: misbehaviours).
import { describe, expect, it } from "vitest";
import * as period from "../../src/period/index.js";
import type { Period, SinglePeriod } from "../../src/period/types.js";
import { misbehaviours } from "../support.js";

const SAMPLES: Readonly<Record<string, Period>> = {
  day: period.day("2024-02-29"),
  month: period.month(2024, 3),
  quarter: period.quarter(2021, 4),
  half: period.half(2022, 2),
  year: period.year(2020),
  "range of quarters": period.parse("2021-Q1/2021-Q3"),
  "ISO week 53": period.week(2020, 53),
};
const OTHER = period.year(2021);

const unary: Readonly<Record<string, (p: Period) => unknown>> = {
  start: period.start,
  end: period.end,
  lastDay: period.lastDay,
  lengthInDays: period.lengthInDays,
  format: period.format,
  isPeriod: period.isPeriod,
  isYearToDate: period.isYearToDate,
  samePeriodLastYear: period.samePeriodLastYear,
  shiftYears: (p) => period.shiftYears(p, 3),
  "contains (a date)": (p) => period.contains(p, "2021-05-01"),
};
const binary: Readonly<Record<string, (a: Period, b: Period) => unknown>> = {
  contains: period.contains,
  compare: period.compare,
  equals: period.equals,
};

describe.each(Object.entries(SAMPLES))("broken copies of a period: %s", (_name, sample) => {
  it.each(Object.entries(unary))("period.%s refuses them", (_fn, op) => {
    expect(misbehaviours(sample, (x) => op(x as Period))).toEqual([]);
  });

  it.each(Object.entries(binary))("period.%s refuses them as either argument", (_fn, op) => {
    expect(misbehaviours(sample, (x) => op(x as Period, OTHER))).toEqual([]);
    expect(misbehaviours(sample, (x) => op(OTHER, x as Period))).toEqual([]);
  });

  it("period.lengthInMonths refuses them (and refuses weeks and days, which have no whole months, the same way)", () => {
    expect(misbehaviours(sample, (x) => period.lengthInMonths(x as Period))).toEqual([]);
  });

  it("period.range refuses them as either end", () => {
    const ends: readonly SinglePeriod[] = sample.kind === "range" ? [sample.start, sample.end] : [sample, sample];
    expect(misbehaviours(ends[0], (x) => period.range(x as SinglePeriod, ends[1] as SinglePeriod))).toEqual([]);
    expect(misbehaviours(ends[1], (x) => period.range(ends[0] as SinglePeriod, x as SinglePeriod))).toEqual([]);
  });
});
