/**
 * The internal builder of `accordo/schemas`: turns a JSON shape and a namespace's constructor
 * into a zod 4 codec ({@link domain}), with the helpers the schemas share.
 *
 * @module
 */
import * as z from "zod";
import { site } from "../decimal.js";
import { type AccordoError, isAccordoError } from "../errors.js";
import type { Schema } from "./core.js";

/** What a failed decode or encode returns; zod discards it, since the failure recorded an issue. */
const FAILED: unique symbol = Symbol("accordo.schemas.failed");

/**
 * What a decoder gets besides the JSON: `run` calls a namespace function and
 * turns an AccordoError it raises into an issue at `path` (relative to the
 * value being decoded), keeping the error's code.
 * @internal
 */
export interface DecodeContext {
  readonly run: <R>(
    path: readonly (string | number)[],
    fn: () => R,
    refine?: (error: AccordoError) => readonly (string | number)[] | undefined,
  ) => R;
}

class Abort extends Error {}

function issueOf(error: AccordoError, input: unknown, path: readonly (string | number)[]): z.core.$ZodRawIssue {
  return { code: "custom", message: error.message, input, path: [...path], params: { accordoCode: error.code } };
}

/**
 * Builds an accordo schema: a zod codec from a strict JSON shape to a domain
 * value made by `decode` (which delegates to the namespace's constructors
 * through `ctx.run`) and written back by `encode`.
 * @internal
 */
export function domain<T, J, JO>(options: {
  /** The type's name, for messages and the JSON Schema title. */
  readonly title: string;
  /** A one-line description of the JSON form, for the JSON Schema. */
  readonly description: string;
  /** The JSON shape (input: the JSON; output: what `decode` receives). */
  readonly json: z.ZodType<JO, J>;
  /** Tells a domain value of the type from anything else (shallowly: nested values are checked by their own schemas). */
  readonly is: (value: unknown) => value is T;
  /** Builds the value with the namespace's constructors. */
  readonly decode: (json: JO, ctx: DecodeContext) => T;
  /** Writes the value in the shape's output form (nested values stay domain values: their schemas encode them). */
  readonly encode: (value: T) => JO;
}): Schema<T, J> {
  const out = z.custom<T>((value) => options.is(value), { message: `expected a ${options.title} value` });
  const codec = z.codec(options.json, out, {
    decode: (json, payload) => {
      const ctx: DecodeContext = {
        run: (path, fn, refine) => {
          try {
            return fn();
          } catch (error) {
            if (!isAccordoError(error)) throw error;
            payload.issues.push(issueOf(error, json, refine?.(error) ?? path));
            throw new Abort();
          }
        },
      };
      try {
        // a decoder that swallows the Abort of a step still fails: zod discards
        // what a decode returns once it has recorded an issue
        return options.decode(json, ctx);
      } catch (error) {
        if (error instanceof Abort) return FAILED as never;
        if (isAccordoError(error)) {
          payload.issues.push(issueOf(error, json, []));
          return FAILED as never;
        }
        throw error;
      }
    },
    encode: (value, payload) => {
      try {
        return options.encode(value);
      } catch (error) {
        if (!isAccordoError(error)) throw error;
        payload.issues.push(issueOf(error, value, []));
        return FAILED as never;
      }
    },
  });
  return codec.meta({ title: options.title, description: options.description });
}

/** True for a non-null object (not an array). @internal */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Reads the `where` of a namespace's error (`"agreement.parties[1].parent.partyId"`)
 * as a path relative to the JSON being decoded (`["parties", 1, "parent",
 * "partyId"]`), dropping `root` (the constructor's own name for the value;
 * `""` when its places are not prefixed).
 * Undefined when the error names no such place, or one the JSON does not have.
 * @internal
 */
export function pathFromWhere(
  root: string,
  json: unknown,
): (error: AccordoError) => readonly (string | number)[] | undefined {
  return (error) => {
    // a refusal's `path` (`"input.parties[1]"`), or an older error's `where`, whose function prefix
    // (`"agreement.create: "`) is dropped
    const named = error.details?.["where"] ?? error.details?.["path"];
    if (typeof named !== "string") return undefined;
    const where = site(named).path;
    const rest =
      root === ""
        ? where
        : where === root
          ? ""
          : where.startsWith(`${root}.`)
            ? where.slice(root.length + 1)
            : where.startsWith(`${root}[`)
              ? where.slice(root.length)
              : undefined;
    if (rest === undefined) return undefined;
    const path: (string | number)[] = [];
    const pattern = /\.?([A-Za-z_$][\w$]*)|\[(\d+)\]/y;
    let at = 0;
    while (at < rest.length) {
      pattern.lastIndex = at;
      const match = pattern.exec(rest);
      if (match === null) return undefined;
      path.push(match[2] === undefined ? (match[1] as string) : Number(match[2]));
      at = pattern.lastIndex;
    }
    // keep only the part of the path that exists in the JSON
    let node: unknown = json;
    let known = 0;
    for (const key of path) {
      if (typeof node !== "object" || node === null || !Object.prototype.hasOwnProperty.call(node, key)) break;
      node = (node as Record<string | number, unknown>)[key];
      known++;
    }
    return path.slice(0, known);
  };
}

/** `T` with its `undefined`-able keys made optional without `undefined` (for exactOptionalPropertyTypes). @internal */
export type Compact<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

/** A copy of `value` without its `undefined` entries. @internal */
export function compact<T extends object>(value: T): Compact<T> {
  const out: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) if (entry !== undefined) out[key] = entry;
  return out as Compact<T>;
}
