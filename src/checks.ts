/**
 * Input checks shared by the agreement and zone constructors: ids, texts,
 * codes, language tags, URLs, source id lists, periods, localized names and
 * sources. Every failure is an `INVALID_INPUT` (or `INVALID_PERIOD`) naming
 * where it happened. Layer 3: it builds on `period`, and the layer-4
 * namespaces that share these rules import it.
 *
 * @internal
 * @module
 */
import { isValuePrototype } from "./value.js";
import { describe, fail } from "./errors.js";
import { readPeriod } from "./period/period.js";
import type { Period } from "./period/types.js";
import type { LocalizedName, Source } from "./sources/types.js";

/** A plain object (not null, not an array). @internal */
export function record(value: unknown, where: string): Readonly<Record<string, unknown>> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return fail("INVALID_INPUT", `${where} must be an object, got ${describe(value)}`, { where });
  }
  return value as Readonly<Record<string, unknown>>;
}

/** An array (possibly absent, then empty). @internal */
export function list(value: unknown, where: string): readonly unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value))
    return fail("INVALID_INPUT", `${where} must be an array, got ${describe(value)}`, { where });
  // A dense copy: a sparse array's holes become undefined entries, refused by the item checks, not skipped.
  return Array.from(value as unknown[]);
}

/**
 * The list at `value[key]` (absent: empty), each item read by `read` with its path
 * (`agreement.parties[0]`), frozen. @internal
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
  if (typeof value !== "string")
    return fail("INVALID_INPUT", `${where} must be a string, got ${describe(value)}`, { where });
  if (value.trim() === "")
    return fail("INVALID_INPUT", `${where} must not be empty, got ${describe(value)}`, { where, value });
  if (value.trim() !== value)
    return fail("INVALID_INPUT", `${where} must not start or end with whitespace, got ${describe(value)}`, {
      where,
      value,
    });
  return value;
}

/** An optional text: undefined stays undefined. @internal */
export function optionalText(value: unknown, where: string): string | undefined {
  return value === undefined ? undefined : text(value, where);
}

const CODE = /^[A-Za-z][A-Za-z0-9_.-]*$/;

/** An open codelist code. @internal */
export function code(value: unknown, where: string): string {
  if (typeof value !== "string" || !CODE.test(value)) {
    return fail(
      "INVALID_INPUT",
      `${where} must be a code (a letter, then letters, digits, "_", "." or "-"), got ${describe(value)}`,
      { where },
    );
  }
  return value;
}

const LANGUAGE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

/** A BCP 47 language tag (shape only). @internal */
export function language(value: unknown, where: string): string {
  if (typeof value !== "string" || !LANGUAGE.test(value)) {
    return fail(
      "INVALID_INPUT",
      `${where} must be a BCP 47 language tag such as "en" or "zh-Hans", got ${describe(value)}`,
      { where },
    );
  }
  return value;
}

/** An absolute http(s) URL without whitespace. @internal */
export function url(value: unknown, where: string): string {
  if (typeof value !== "string" || !/^https?:\/\/[^\s/?#]\S*$/i.test(value)) {
    return fail("INVALID_INPUT", `${where} must be an http or https URL, got ${describe(value)}`, { where });
  }
  return value;
}

/** A list of ids without duplicates, frozen. @internal */
export function idList(value: unknown, where: string): readonly string[] {
  const items = list(value, where).map((item, i) => text(item, `${where}[${i}]`));
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item)) fail("INVALID_INPUT", `${where} lists ${describe(item)} twice`, { where, value: item });
    seen.add(item);
  }
  return Object.freeze(items);
}

/** A period from a Period value or its string form; a refusal names `where` and keeps its reason. @internal */
export function period(value: unknown, where: string): Period {
  return readPeriod(value, where);
}

/** Fails when `id` was already seen; records it otherwise. @internal */
export function unique(seen: Set<string>, id: string, what: string, where: string): void {
  if (seen.has(id)) fail("INVALID_INPUT", `${where}: duplicate ${what} id ${describe(id)}`, { where, id });
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
 * The claims of `holder` (an agreement or a zone, named `what`) that cite `sourceId`, which
 * `holder` must list; frozen. @internal
 */
export function claimsCiting<C extends Cites>(
  holder: { readonly id: string; readonly sources: readonly Source[] },
  what: string,
  all: readonly C[],
  sourceId: unknown,
): readonly C[] {
  const id = text(sourceId, "sourceId");
  if (!holder.sources.some((s) => s.id === id))
    fail("INVALID_INPUT", `${what} ${describe(holder.id)} lists no source ${describe(id)}`, { sourceId: id });
  return Object.freeze(all.filter((c) => c.sourceIds.includes(id)));
}

/** The claims that cite no source, frozen. @internal */
export function claimsUncited<C extends Cites>(all: readonly C[]): readonly C[] {
  return Object.freeze(all.filter((c) => c.sourceIds.length === 0));
}

/** A localized name, frozen. @internal */
export function localizedName(value: unknown, where: string): LocalizedName {
  const input = record(value, where);
  const out: { -readonly [K in keyof LocalizedName]: LocalizedName[K] } = {
    name: text(input["name"], `${where}.name`),
    sourceIds: idList(input["sourceIds"], `${where}.sourceIds`),
  };
  if (input["lang"] !== undefined) out.lang = language(input["lang"], `${where}.lang`);
  if (input["kind"] !== undefined) out.kind = code(input["kind"], `${where}.kind`);
  return Object.freeze(out);
}

/** Fails unless every id in `ids` is a known source. @internal */
export function citesKnown(ids: readonly string[], sources: ReadonlySet<string>, where: string): void {
  for (const id of ids) {
    if (!sources.has(id))
      fail("INVALID_INPUT", `${where} cites unknown source ${describe(id)}`, { where, sourceId: id });
  }
}

/** A source, frozen: a title or a url at least. @internal */
export function readSource(value: unknown, where: string): Source {
  const input = record(value, where);
  const out: { -readonly [K in keyof Source]: Source[K] } = { id: text(input["id"], `${where}.id`) };
  if (input["title"] !== undefined) out.title = text(input["title"], `${where}.title`);
  if (input["url"] !== undefined) out.url = url(input["url"], `${where}.url`);
  if (out.title === undefined && out.url === undefined) {
    fail("INVALID_INPUT", `${where} ${describe(out.id)} needs a title or a url`, { where, id: out.id });
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
  if (!Array.isArray(value))
    return fail("INVALID_INPUT", `${where} must be an array, got ${describe(value)}`, { where });
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

/**
 * Whether a value and every plain object and array in it are frozen, without getters, as the
 * values the library makes are (decimals and other class instances are not
 * walked): a checked value that is deeply frozen cannot change, so its check
 * can be remembered. @internal
 */
export function deepFrozen(value: object, seen: Set<object> = new Set()): boolean {
  if (seen.has(value)) return true;
  seen.add(value);
  if (!Object.isFrozen(value)) return false;
  // A getter can answer differently on every read: a value with one is never remembered as checked
  // (issue 16). The descriptors are read without calling any getter.
  for (const descriptor of Object.values(Object.getOwnPropertyDescriptors(value))) {
    if (descriptor.get !== undefined || descriptor.set !== undefined) return false;
    const item: unknown = descriptor.value;
    if (typeof item === "object" && item !== null && isPlain(item) && !deepFrozen(item, seen)) return false;
  }
  return true;
}
