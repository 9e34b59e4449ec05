/**
 * The types shared by the agreement and zone models: sources, localized names and open codelists.
 * They sit below both namespaces, so that neither imports the other.
 *
 * @module
 */
import type { DateInput, Period } from "../period/types.js";

/**
 * An open codelist value: one of the known codes `K`, or any other code
 * (letters, digits, `_`, `.` or `-`, starting with a letter). The known codes
 * still autocomplete.
 *
 * @category Codelists
 * @since 0.1.0
 */
export type OpenCode<K extends string> = K | (string & Record<never, never>);

/**
 * Where a claim comes from: an article, a press release, an official notice.
 * Every claim in an {@link Agreement} (and in a zone profile) cites sources by
 * their `id` in its `sourceIds`.
 *
 * @category Sources
 * @since 0.1.0
 */
export interface Source {
  /** Unique within the agreement or zone that lists it. */
  readonly id: string;
  /** The title of the document, as published. At least one of `title` and `url` is present. */
  readonly title?: string;
  /** Where the document can be read (an `http:` or `https:` URL). */
  readonly url?: string;
  /** Who published it (a newspaper, an agency, the zone's committee). */
  readonly publisher?: string;
  /** When it was published: a day, or a coarser period when only that is known. */
  readonly published?: Period;
  /** The document's language as a BCP 47 tag (`"it"`, `"zh-Hans"`, `"en"`). */
  readonly language?: string;
  /** A free note (how the document was found, what it covers). */
  readonly note?: string;
}

/**
 * The known kinds of a name in {@link LocalizedName.kind}:
 *
 * - `official`: the name the entity itself uses in that language;
 * - `translation`: a translation by a third party (one of several, often);
 * - `abbreviation`: a short form (`"BDA"`, `"BETD"`);
 * - `informal`: a common name that is neither official nor a translation (`"Beijing E-Town"`);
 * - `former`: a name no longer in use.
 *
 * @category Codelists
 * @since 0.1.0
 */
export type KnownNameKind = "official" | "translation" | "abbreviation" | "informal" | "former";

/**
 * A name in one language or spelling, with the sources that use it.
 *
 * @category Names
 * @since 0.1.0
 */
export interface LocalizedName {
  /** The name as written. */
  readonly name: string;
  /** Its language as a BCP 47 tag (`"zh-Hans"`, `"en"`, `"it"`), when known. */
  readonly lang?: string;
  /** What kind of name it is (see {@link KnownNameKind}), when known. */
  readonly kind?: OpenCode<KnownNameKind>;
  /** The ids of the sources that use this name (possibly none). */
  readonly sourceIds: readonly string[];
}

/**
 * Input for {@link agreement.source}: a {@link Source}, with the publication
 * period as a `Period` or its string form (`"2021-11-27"`, `"2021-Q4"`).
 *
 * @category Sources
 * @since 0.1.0
 */
export interface SourceInput {
  /** Unique within the agreement or zone that lists it. */
  readonly id: string;
  /** The title of the document; give a title or a url, or both. */
  readonly title?: string;
  /** An `http:` or `https:` URL. */
  readonly url?: string;
  /** Who published it. */
  readonly publisher?: string;
  /**
   * When it was published: a `Period` or its string form (`"2021-11-27"`, `"2021-Q4"`), or a day as a JS
   * `Date` (its UTC day) or a `Temporal.PlainDate`-like object.
   */
  readonly published?: Period | string | DateInput;
  /** A BCP 47 language tag (`"it"`, `"zh-Hans"`). */
  readonly language?: string;
  /** A free note. */
  readonly note?: string;
}

/**
 * Input for a {@link LocalizedName}: `sourceIds` may be left out.
 *
 * @category Names
 * @since 0.1.0
 */
export interface LocalizedNameInput {
  /** The name as written, non-empty. */
  readonly name: string;
  /** A BCP 47 language tag, when known. */
  readonly lang?: string;
  /** A code (see {@link KnownNameKind}), when known. */
  readonly kind?: OpenCode<KnownNameKind>;
  /** The ids of the sources that use the name; default none. */
  readonly sourceIds?: readonly string[];
}
