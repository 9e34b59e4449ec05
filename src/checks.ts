/**
 * Input checks shared by the agreement and zone constructors and queries: ids, texts, codes,
 * language tags, URLs, source id lists, periods, localized names and sources. Each takes a
 * `where` of the form `"agreement.create: input.parties[0]"` (the public function, then the
 * argument path) and refuses with a specific code naming both: `INVALID_TYPE` for a value of
 * the wrong type, `UNKNOWN_OPTION` for an unknown key, `INVALID_INPUT` for a value the
 * function does not accept, `INVALID_PERIOD` for a date or period. Layer 3: it builds on
 * `period`, and the layer-4 namespaces that share these rules import it.
 *
 * @internal
 * @module
 */
import { isValuePrototype } from "./value.js";
import { AccordoError, checkKeys, describe, isAccordoError, refuse, type AccordoErrorCode } from "./errors.js";
import { CURRENCY_BRAND, FIGURE_BRAND, MONEY_BRAND, RATE_BRAND } from "./brand.js";
import { refuseAt, site } from "./decimal.js";
import { readDate } from "./period/calendar.js";
import { readPeriod } from "./period/period.js";
import type { Period } from "./period/types.js";
import type { LocalizedName, Source } from "./sources/types.js";

/** A readonly type made writable, to fill a value before freezing it. @internal */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Refuses at `where` with `code`, adding fields of its own to the details. @internal */
export function refuseWith(
  code: AccordoErrorCode,
  where: string,
  expected: string,
  received: unknown,
  extra: Readonly<Record<string, unknown>>,
): never {
  return refuse(code, { ...site(where), expected, received, ...extra });
}

/** A plain object (not null, not an array). @internal */
export function record(value: unknown, where: string): Readonly<Record<string, unknown>> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return refuseAt("INVALID_TYPE", where, "an object", value);
  }
  return value as Readonly<Record<string, unknown>>;
}

/**
 * An input object closed to unknown keys: a plain object whose own keys are all in `keys`
 * (`UNKNOWN_OPTION` with the nearest accepted key otherwise). @internal
 */
export function closed(value: unknown, where: string, keys: readonly string[]): Readonly<Record<string, unknown>> {
  const input = record(value, where);
  const at = site(where);
  checkKeys(at.function, at.path, input, keys);
  return input;
}

/** An array (possibly absent, then empty). @internal */
export function list(value: unknown, where: string): readonly unknown[] {
  if (value === undefined) return [];
  return array(value, where);
}

/**
 * The list at `value[key]` (absent: empty), each item read by `read` with its path
 * (`agreement.create: input.parties[0]`), frozen. @internal
 */
export function listOf<T>(
  value: Readonly<Record<string, unknown>>,
  key: string,
  where: string,
  read: (item: unknown, at: string) => T,
): readonly T[] {
  return Object.freeze(list(value[key], `${where}.${key}`).map((item, i) => read(item, `${where}.${key}[${i}]`)));
}

/** A non-empty string without leading or trailing whitespace. @internal */
export function text(value: unknown, where: string): string {
  if (typeof value !== "string") return refuseAt("INVALID_TYPE", where, "a string", value);
  if (value.trim() === "") return refuseAt("INVALID_INPUT", where, "a non-empty string", value);
  if (value.trim() !== value)
    return refuseAt("INVALID_INPUT", where, "a string without leading or trailing whitespace", value);
  return value;
}

/** An optional text: undefined stays undefined. @internal */
export function optionalText(value: unknown, where: string): string | undefined {
  return value === undefined ? undefined : text(value, where);
}

/** A string matching `pattern`: `INVALID_TYPE` for any other type, `INVALID_INPUT` for another shape. */
function shaped(value: unknown, where: string, pattern: RegExp, expected: string): string {
  if (typeof value !== "string") return refuseAt("INVALID_TYPE", where, expected, value);
  if (!pattern.test(value)) return refuseAt("INVALID_INPUT", where, expected, value);
  return value;
}

const CODE = /^[A-Za-z][A-Za-z0-9_.-]*$/;

/** An open codelist code. @internal */
export function code(value: unknown, where: string): string {
  return shaped(value, where, CODE, 'a code (a letter, then letters, digits, "_", "." or "-")');
}

const LANGUAGE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

/** A BCP 47 language tag (shape only). @internal */
export function language(value: unknown, where: string): string {
  return shaped(value, where, LANGUAGE, 'a BCP 47 language tag such as "en" or "zh-Hans"');
}

/** An absolute http(s) URL without whitespace. @internal */
export function url(value: unknown, where: string): string {
  return shaped(value, where, /^https?:\/\/[^\s/?#]\S*$/i, "an http or https URL");
}

/** A list of ids without duplicates, frozen. @internal */
export function idList(value: unknown, where: string): readonly string[] {
  const items = list(value, where).map((item, i) => text(item, `${where}[${i}]`));
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item)) refuseAt("INVALID_INPUT", `${where}[${i}]`, "an id not listed before", item);
    seen.add(item);
  });
  return Object.freeze(items);
}

/**
 * A period from a Period value or its string form, or a day given as a JS `Date` (its UTC day) or
 * a `Temporal.PlainDate`-like object (read by the shared date reader); a refusal names `where`
 * and keeps its reason. @internal
 */
export function period(value: unknown, where: string): Period {
  return readPeriod(readDate(value, where), where);
}

/** Refuses an id met twice; records it otherwise (`what` names the kind of item). @internal */
export function unique(seen: Set<string>, id: string, what: string, where: string): void {
  if (seen.has(id)) refuseAt("INVALID_INPUT", `${where}.id`, `an id no other ${what} has`, id);
  seen.add(id);
}

/** The ids of `items`, refusing an id met twice (`what` names the kind of item, `where` the list). @internal */
export function idsOf(items: readonly { readonly id: string }[], what: string, where: string): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => unique(seen, item.id, what, `${where}[${i}]`));
  return seen;
}

/** What cites sources: a claim of an agreement or a zone. */
interface Cites {
  readonly sourceIds: readonly string[];
}

/**
 * The claims of `holder` (an agreement or a zone) that cite `sourceId`, which `holder` must list;
 * frozen. `fn` is the public function (`"zone.citing"`). @internal
 */
export function claimsCiting<C extends Cites>(
  holder: { readonly id: string; readonly sources: readonly Source[] },
  fn: string,
  all: readonly C[],
  sourceId: unknown,
): readonly C[] {
  const where = `${fn}: sourceId`;
  const id = text(sourceId, where);
  if (!holder.sources.some((s) => s.id === id))
    refuseAt("INVALID_INPUT", where, `the id of a source of ${describe(holder.id)}`, id);
  return Object.freeze(all.filter((c) => c.sourceIds.includes(id)));
}

/** The claims that cite no source, frozen. @internal */
export function claimsUncited<C extends Cites>(all: readonly C[]): readonly C[] {
  return Object.freeze(all.filter((c) => c.sourceIds.length === 0));
}

/** What holds claims citing sources: an agreement or a zone. */
interface Holder {
  readonly id: string;
  readonly sources: readonly Source[];
}

/**
 * The `citing` and `uncited` queries of the namespace `ns` (`"zone"`): each checks its holder with
 * `check` under its public name, then filters the claims `claimsOf` lists. @internal
 */
export function citationQueries<H extends Holder, C extends Cites>(
  ns: string,
  check: (holder: unknown, fn: string) => H,
  claimsOf: (holder: H) => readonly C[],
): { readonly citing: (holder: H, sourceId: string) => readonly C[]; readonly uncited: (holder: H) => readonly C[] } {
  return Object.freeze({
    citing: (holder: H, sourceId: string): readonly C[] => {
      const checked = check(holder, `${ns}.citing`);
      return claimsCiting(checked, `${ns}.citing`, claimsOf(checked), sourceId);
    },
    uncited: (holder: H): readonly C[] => claimsUncited(claimsOf(check(holder, `${ns}.uncited`))),
  });
}

const NAME_KEYS = ["name", "lang", "kind", "sourceIds"] as const;

/** A localized name, frozen. @internal */
export function localizedName(value: unknown, where: string): LocalizedName {
  const input = closed(value, where, NAME_KEYS);
  const out: Mutable<LocalizedName> = {
    name: text(input["name"], `${where}.name`),
    sourceIds: idList(input["sourceIds"], `${where}.sourceIds`),
  };
  if (input["lang"] !== undefined) out.lang = language(input["lang"], `${where}.lang`);
  if (input["kind"] !== undefined) out.kind = code(input["kind"], `${where}.kind`);
  return Object.freeze(out);
}

/** The localized names of the list at `where` (absent: none), frozen. @internal */
export function localizedNames(value: unknown, where: string): readonly LocalizedName[] {
  return Object.freeze(list(value, where).map((n, i) => localizedName(n, `${where}[${i}]`)));
}

/** Refuses an id of `ids` that is not a known source. @internal */
export function citesKnown(ids: readonly string[], sources: ReadonlySet<string>, where: string): void {
  ids.forEach((id, i) => {
    if (!sources.has(id)) refuseAt("INVALID_INPUT", `${where}[${i}]`, "the id of a listed source", id);
  });
}

const SOURCE_KEYS = ["id", "title", "url", "publisher", "published", "language", "note"] as const;

/** A source, frozen: a title or a url at least. @internal */
export function readSource(value: unknown, where: string): Source {
  const input = closed(value, where, SOURCE_KEYS);
  const out: Mutable<Source> = { id: text(input["id"], `${where}.id`) };
  if (input["title"] !== undefined) out.title = text(input["title"], `${where}.title`);
  if (input["url"] !== undefined) out.url = url(input["url"], `${where}.url`);
  if (out.title === undefined && out.url === undefined) {
    refuseWith("INVALID_INPUT", where, "a source with a title or a url", value, { id: out.id });
  }
  const publisher = optionalText(input["publisher"], `${where}.publisher`);
  if (publisher !== undefined) out.publisher = publisher;
  if (input["published"] !== undefined) out.published = period(input["published"], `${where}.published`);
  if (input["language"] !== undefined) out.language = language(input["language"], `${where}.language`);
  const note = optionalText(input["note"], `${where}.note`);
  if (note !== undefined) out.note = note;
  return Object.freeze(out);
}

/** An array that must be there (a built value's list), as a dense copy. @internal */
export function array(value: unknown, where: string): readonly unknown[] {
  if (!Array.isArray(value)) return refuseAt("INVALID_TYPE", where, "an array", value);
  // A dense copy: a sparse array's holes become undefined entries, refused by the item checks, not skipped.
  return Array.from(value as unknown[]);
}

/** A built value's list of source ids: an array of ids without duplicates. @internal */
export function sourceIds(value: unknown, where: string): readonly string[] {
  return idList(array(value, where), where);
}

/** An optional source id of a built value: undefined, null or an id. @internal */
export function sourceId(value: unknown, where: string): void {
  if (value !== undefined && value !== null) text(value, where);
}

/**
 * A built localized name: an object with a name and, when `cited`, its
 * source ids (what the queries read of it). @internal
 */
export function builtName(value: unknown, where: string, cited: boolean): void {
  const input = record(value, where);
  text(input["name"], `${where}.name`);
  if (cited) sourceIds(input["sourceIds"], `${where}.sourceIds`);
}

function isPlain(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown;
  return Array.isArray(value) || proto === Object.prototype || proto === null || isValuePrototype(proto);
}

/** Values the library made (money, figures, rates, currencies): nothing in them can have changed. */
function isMade(value: object): boolean {
  return MONEY_BRAND.has(value) || FIGURE_BRAND.has(value) || RATE_BRAND.has(value) || CURRENCY_BRAND.has(value);
}

/**
 * A value the library did not make, read once: every plain object and array in it is
 * copied, each property read exactly once, into frozen copies with the same prototypes; values
 * the library made and class instances (decimals) are kept as they are. A check then reads the
 * copy, so a getter cannot answer one thing to the check and another to the query. @internal
 */
export function snapshot(value: unknown, seen: Map<object, unknown> = new Map()): unknown {
  if (typeof value !== "object" || value === null || isMade(value) || !isPlain(value)) return value;
  const known = seen.get(value);
  if (known !== undefined) return known;
  if (Array.isArray(value)) {
    const items: unknown[] = [];
    seen.set(value, items);
    for (const item of Array.from(value as unknown[])) items.push(snapshot(item, seen));
    return Object.freeze(items);
  }
  const copy = Object.create(Object.getPrototypeOf(value) as object | null) as Record<string, unknown>;
  seen.set(value, copy);
  for (const key of Object.keys(value)) copy[key] = snapshot((value as Record<string, unknown>)[key], seen);
  return Object.freeze(copy);
}

/**
 * Runs the check of a value the library did not make: whatever it refuses (a field missing or of
 * the wrong type) is a broken domain value, `INVALID_VALUE`; a refusal of a date or number keeps
 * its code. @internal
 */
export function checkBuilt<T>(check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (isAccordoError(error) && (error.code === "INVALID_TYPE" || error.code === "INVALID_INPUT")) {
      throw new AccordoError("INVALID_VALUE", error.message, error.details);
    }
    throw error;
  }
}
