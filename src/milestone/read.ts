/**
 * Readers shared by the `milestone` and `capacity` namespaces: an input object or list read once
 * (a getter cannot answer one thing to a check and another later), objects closed (an unknown
 * key is refused), days and periods through the one shared date reader, source ids and the
 * datings of an event by several sources.
 *
 * Every `where` here is `"function: path"`, e.g. `"milestone.of: input.targets[0].asOf"`.
 *
 * @module
 * @internal
 */
import { site } from "../decimal.js";
import { nearest, readOptions, refuse } from "../errors.js";
import { dayNumberOf, readDate } from "../period/calendar.js";
import { readPeriod } from "../period/period.js";
import type { IsoDate, Period } from "../period/types.js";
import type { DatedAccount } from "./types.js";

/**
 * An object read once: its own keys checked against `accepted` (UNKNOWN_OPTION otherwise) and
 * copied onto a null prototype; INVALID_TYPE for anything that is not a plain object. @internal
 */
export function record(
  value: unknown,
  where: string,
  accepted: readonly string[],
  expected: string,
): Record<string, unknown> {
  const at = site(where);
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return refuse("INVALID_TYPE", { ...at, expected, received: value });
  return readOptions(at.function, at.path, value as Record<string, unknown>, accepted);
}

/** A list read once (a sparse array's holes become undefined entries, refused by the caller, not skipped). @internal */
export function list(value: unknown, where: string, expected: string): readonly unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return refuse("INVALID_TYPE", { ...site(where), expected, received: value });
  return Array.from(value as unknown[]);
}

/** A day: an ISO date, a JS Date (its UTC day) or a Temporal.PlainDate-like, by the shared reader. @internal */
export function readDay(value: unknown, where: string): IsoDate {
  const day = readDate(value, where);
  dayNumberOf(day, where);
  return day as IsoDate;
}

/** A period, or a day given as a JS Date or a Temporal.PlainDate-like. @internal */
export function readPeriodOrDay(value: unknown, where: string): Period {
  return readPeriod(readDate(value, where), where);
}

/** A source id: null when omitted; INVALID_TYPE for a non-string, INVALID_INPUT for "". @internal */
export function readSourceId(value: unknown, where: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== "string" || value === "") {
    return refuse(typeof value === "string" ? "INVALID_INPUT" : "INVALID_TYPE", {
      ...site(where),
      expected: "a non-empty string or null",
      received: value,
    });
  }
  return value;
}

export /** What sources say about when an event happened: `[{ on, sourceId? }]`, each `on` a period or a day. @internal */
function readAccounts(value: unknown, where: string): readonly DatedAccount[] {
  return list(value, where, "an array of { on, sourceId? }").map((raw, i) => {
    const at = `${where}[${i}]`;
    const a = record(raw, at, ["on", "sourceId"], "an object { on, sourceId? }");
    return Object.freeze({
      on: readPeriodOrDay(a["on"], `${at}.on`),
      sourceId: readSourceId(a["sourceId"], `${at}.sourceId`),
    });
  });
}

/** `where` and a field in it: `"fn: path"` + `"on"` is `"fn: path.on"`, `"fn: "` + `"on"` is `"fn: on"`. @internal */
export function field(where: string, name: string): string {
  return where.endsWith(": ") ? `${where}${name}` : `${where}.${name}`;
}

/** One of `words`: INVALID_TYPE for a non-string, INVALID_INPUT (with the nearest word) for another string. @internal */
export function oneOf<T extends string>(value: unknown, words: readonly T[], where: string): T {
  if ((words as readonly unknown[]).includes(value)) return value as T;
  const near = typeof value === "string" ? nearest(value, words) : undefined;
  return refuse(typeof value === "string" ? "INVALID_INPUT" : "INVALID_TYPE", {
    ...site(where),
    expected: `one of ${words.join(", ")}`,
    received: value,
    ...(near === undefined ? {} : { hint: `Did you mean "${near}"?` }),
  });
}
