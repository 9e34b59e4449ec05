/**
 * Schemas of the types that agreements and zones share: sources and localized names.
 *
 * @module
 */
import * as z from "zod";
import { source } from "../agreement/index.js";
import type { LocalizedName, Source } from "../sources/types.js";
import type { Schema } from "./core.js";
import { compact, domain, isRecord, pathFromWhere } from "./domain.js";
import { PeriodSchema } from "./primitives.js";

/**
 * The JSON form of a {@link accordo!Source}. At least one of `title` and `url`.
 *
 * @category JSON forms
 * @since 0.1.0
 */
export interface SourceJSON {
  /** Unique within the agreement or zone that lists it. */
  readonly id: string;
  /** The title of the document. */
  readonly title?: string | undefined;
  /** An `http:` or `https:` URL. */
  readonly url?: string | undefined;
  /** Who published it. */
  readonly publisher?: string | undefined;
  /** When it was published: a day or a coarser period string (`"2021-11-27"`, `"2021-Q4"`). */
  readonly published?: string | undefined;
  /** A BCP 47 language tag (`"it"`, `"zh-Hans"`). */
  readonly language?: string | undefined;
  /** A free note. */
  readonly note?: string | undefined;
}

/**
 * The JSON form of a {@link accordo!LocalizedName}.
 *
 * @category JSON forms
 * @since 0.1.0
 */
export interface LocalizedNameJSON {
  /** The name as written. */
  readonly name: string;
  /** Its language as a BCP 47 tag. */
  readonly lang?: string | undefined;
  /** What kind of name it is (`"official"`, `"translation"`, ...). */
  readonly kind?: string | undefined;
  /** The ids of the sources that use it; omitted: none. */
  readonly sourceIds?: readonly string[] | undefined;
}

const text = z.string().min(1);
const ids = z.array(text).optional();

/** @internal */
export const sourceShape = z.strictObject({
  id: text,
  title: text.optional(),
  url: text.optional(),
  publisher: text.optional(),
  published: PeriodSchema.optional(),
  language: text.optional(),
  note: text.optional(),
});

/** @internal */
export const localizedNameShape = z.strictObject({
  name: text,
  lang: text.optional(),
  kind: text.optional(),
  sourceIds: ids,
});

/** @internal */
export function sourceToShape(s: Source): z.output<typeof sourceShape> {
  return compact({
    id: s.id,
    title: s.title,
    url: s.url,
    publisher: s.publisher,
    published: s.published,
    language: s.language,
    note: s.note,
  });
}

/** @internal */
export function nameToShape(n: LocalizedName): z.output<typeof localizedNameShape> {
  return compact({ name: n.name, lang: n.lang, kind: n.kind, sourceIds: [...n.sourceIds] });
}

function isSource(value: unknown): value is Source {
  return isRecord(value) && typeof value["id"] === "string";
}

/**
 * A {@link accordo!Source}: `{ "id": "s1", "title": "...", "url":
 * "https://...", "publisher": "...", "published": "2021-11-27", "language":
 * "it" }`. Read with `agreement.source`.
 *
 * @example
 * {@includeCode ../../test/schemas/examples.test.ts#SourceSchema}
 * @category Schemas
 * @since 0.1.0
 */
export const SourceSchema: Schema<Source, SourceJSON> = domain({
  title: "Source",
  description:
    "Where a claim comes from: a document with a title or URL, its publisher, publication period and language.",
  json: sourceShape,
  is: isSource,
  decode: (json, ctx) => ctx.run([], () => source(compact(json)), pathFromWhere("input", json)),
  encode: (s) => sourceToShape(source(s)),
});

/**
 * The shallow test of an agreement's or a zone's schema: a record with a string id and an array at
 * each of `lists`. @internal
 */
export function hasIdAndLists(value: unknown, lists: readonly string[]): boolean {
  return isRecord(value) && typeof value["id"] === "string" && lists.every((key) => Array.isArray(value[key]));
}
