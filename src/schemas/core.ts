/**
 * The machinery of `accordo/schemas`: the {@link Schema} type, the helpers
 * that parse JSON into frozen values and encode values back to JSON, and the
 * internal builder that turns a JSON shape and a namespace's constructor into
 * a zod 4 codec.
 *
 * @module
 */
import * as z from "zod";
import { type AccordoError, refusalError, refuse } from "../errors.js";

/**
 * A zod 4 schema whose output is the frozen domain value `T` and whose input
 * is its JSON form `J`: `z.decode(schema, json)` (or {@link parse}) builds the
 * value, `z.encode(schema, value)` (or {@link toJSON}) writes the JSON.
 *
 * Every schema of accordo is a zod codec: it can be composed with other zod
 * schemas (`z.array(MoneySchema)`, `z.strictObject({ total: MoneySchema })`)
 * and converted to JSON Schema (`z.toJSONSchema(schema, { io: "input" })`, or
 * {@link jsonSchema}).
 *
 * @typeParam T - the domain value, e.g. {@link accordo!Money}
 * @typeParam J - its JSON form, e.g. {@link accordo!MoneyJSON}
 * @example
 * {@includeCode ../../test/schemas/examples.test.ts#parse}
 * @category Helpers
 * @since 0.1.0
 */
export type Schema<T, J = unknown> = z.ZodType<T, J>;

/**
 * One problem found in a JSON document, with where it is.
 *
 * @example
 * {@includeCode ../../test/schemas/examples.test.ts#safeParse}
 * @category Helpers
 * @since 0.1.0
 */
export interface SchemaIssue {
  /**
   * Where the problem is: object keys and array indices from the root of the
   * document (`["rates", 3, "rate"]`); empty for the root itself.
   */
  readonly path: readonly (string | number)[];
  /**
   * What kind of problem: for a value that a namespace's constructor refused,
   * the {@link accordo!AccordoErrorCode} it raised (`"UNKNOWN_CURRENCY"`,
   * `"INVALID_PERIOD"`, `"INVALID_INPUT"`, ...); for a problem of shape, zod's
   * issue code (`"invalid_type"`, `"unrecognized_keys"`, `"invalid_format"`,
   * `"invalid_value"`, `"too_small"`, ...).
   */
  readonly code: string;
  /** What was wrong, in words. */
  readonly message: string;
}

/**
 * The result of {@link safeParse} (and {@link safeToJSON}): the value, or the
 * `INVALID_SCHEMA` error that {@link parse} would have thrown.
 *
 * @typeParam T - the type of a successful result
 * @example
 * {@includeCode ../../test/schemas/examples.test.ts#safeParse}
 * @category Helpers
 * @since 0.1.0
 */
export type SafeParseResult<T> =
  | {
      /** The document was valid. */
      readonly success: true;
      /** The frozen result. */
      readonly value: T;
    }
  | {
      /** The document was not valid. */
      readonly success: false;
      /** An `INVALID_SCHEMA` error; `error.details.issues` lists every {@link SchemaIssue}. */
      readonly error: AccordoError;
    };

/** Paths like `rates[3].rate`; the root is `(root)`. */
function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return "(root)";
  let text = "";
  for (const key of path) {
    // an array index is never an identifier, so it is written [3]; other keys quoted: ["my key"]
    if (/^[A-Za-z_$][\w$]*$/.test(String(key))) text += text === "" ? String(key) : `.${key}`;
    else text += `[${JSON.stringify(key)}]`;
  }
  return text;
}

function toIssue(issue: z.core.$ZodIssue): SchemaIssue {
  const path = Object.freeze(issue.path.map((key) => (typeof key === "number" ? key : String(key))));
  const params = issue.code === "custom" ? (issue.params as { accordoCode?: unknown } | undefined) : undefined;
  const code = typeof params?.accordoCode === "string" ? params.accordoCode : issue.code;
  return Object.freeze({ path, code, message: issue.message });
}

/** What a refusal of `schema` expects: the JSON form (`json`) or a valid value (`value`) of its zod `title`. */
function expectedOf(schema: z.ZodType, path: "json" | "value"): string {
  const title = schema.meta()?.title;
  if (typeof title !== "string") return path === "json" ? "JSON the schema accepts" : "a value the schema accepts";
  return path === "json" ? `${title} JSON` : `a valid ${title}`;
}

/**
 * The INVALID_SCHEMA error of `fn` for the document or value at `path`: the issues are listed
 * with their paths after the sentence of the refusal, and in `details.issues`.
 */
function schemaError(
  fn: string,
  path: "json" | "value",
  expected: string,
  received: unknown,
  issues: readonly SchemaIssue[],
): AccordoError {
  const lines = issues.map((issue) => `  - ${formatPath(issue.path)}: ${issue.message} (${issue.code})`);
  const count = issues.length === 1 ? "1 issue" : `${issues.length} issues`;
  return refusalError("INVALID_SCHEMA", {
    function: fn,
    path,
    expected,
    received,
    issues: Object.freeze(issues),
    hint: `${count}:\n${lines.join("\n")}`,
  });
}

/** Refuses a `schema` argument that is not a zod schema, with INVALID_TYPE. */
function checkSchema(schema: unknown, fn: string): asserts schema is z.ZodType {
  if (!(schema instanceof z.ZodType))
    refuse("INVALID_TYPE", {
      function: fn,
      path: "schema",
      expected: "a zod schema from accordo/schemas",
      received: schema,
    });
}

function isPlain(value: unknown): value is object {
  if (typeof value !== "object" || value === null) return false;
  if (Array.isArray(value)) return true;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** How deep a document's arrays and objects may nest; deeper ones would overflow the stack of the recursive schemas. */
const MAX_DEPTH = 64;

/** The path to the first array or plain object nested deeper than MAX_DEPTH, or undefined. */
function tooDeep(value: unknown): (string | number)[] | undefined {
  const stack: [unknown, (string | number)[]][] = [[value, []]];
  while (stack.length > 0) {
    const [next, path] = stack.pop() as [unknown, (string | number)[]];
    if (!isPlain(next)) continue;
    if (path.length >= MAX_DEPTH) return path;
    for (const key of Object.keys(next))
      stack.push([(next as Record<string, unknown>)[key], [...path, Array.isArray(next) ? Number(key) : key]]);
  }
  return undefined;
}

/** Every array and plain object reachable from `value`. */
function reachable(value: unknown): WeakSet<object> {
  const seen = new WeakSet();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (!isPlain(next) || seen.has(next)) continue;
    seen.add(next);
    for (const key of Object.keys(next)) stack.push((next as Record<string, unknown>)[key]);
  }
  return seen;
}

/**
 * Freezes the arrays and plain objects of a result, leaving decimals and other
 * class instances alone, and leaving alone anything that is also part of the
 * caller's input (a composed schema may pass input objects through unchanged,
 * and accordo never mutates its inputs).
 */
function freezeResult<T>(result: T, input: unknown): T {
  const foreign = reachable(input);
  const done = new WeakSet();
  const stack: unknown[] = [result];
  while (stack.length > 0) {
    const next = stack.pop();
    if (!isPlain(next) || done.has(next) || foreign.has(next)) continue;
    done.add(next);
    Object.freeze(next);
    for (const key of Object.keys(next)) stack.push((next as Record<string, unknown>)[key]);
  }
  return result;
}

/**
 * Parses a JSON document (already read with `JSON.parse`, or any unknown
 * value) into a frozen domain value. Unknown keys are rejected, not stripped.
 *
 * @typeParam T - the domain value the schema builds
 * @param schema - one of accordo's schemas, or a zod schema composed of them
 * @param json - the document
 * @returns the frozen value (arrays and plain objects frozen throughout)
 * @throws {@link accordo!AccordoError} `INVALID_SCHEMA` when the document does not
 *   fit, listing every problem with its path in the message and in
 *   `details.issues` (a {@link SchemaIssue} list; a value a namespace's
 *   constructor refused keeps that constructor's code, e.g. `UNKNOWN_CURRENCY`)
 * @throws {@link accordo!AccordoError} `INVALID_TYPE` when `schema` is not a zod schema
 * @example
 * {@includeCode ../../test/schemas/examples.test.ts#parse}
 * @category Helpers
 * @since 0.1.0
 */
export function parse<T>(schema: Schema<T>, json: unknown): T {
  const result = decode(schema, json, "schemas.parse");
  if (!result.success) throw result.error;
  return result.value;
}

/**
 * Like {@link parse}, but returns the error instead of throwing it.
 *
 * @typeParam T - the domain value the schema builds
 * @param schema - one of accordo's schemas, or a zod schema composed of them
 * @param json - the document
 * @returns `{ success: true, value }`, or `{ success: false, error }` with an
 *   `INVALID_SCHEMA` {@link accordo!AccordoError}
 * @throws {@link accordo!AccordoError} `INVALID_TYPE` when `schema` is not a zod schema
 * @example
 * {@includeCode ../../test/schemas/examples.test.ts#safeParse}
 * @category Helpers
 * @since 0.1.0
 */
export function safeParse<T>(schema: Schema<T>, json: unknown): SafeParseResult<T> {
  return decode(schema, json, "schemas.safeParse");
}

/** {@link safeParse} for the public function `fn`, which its refusals name. */
function decode<T>(schema: Schema<T>, json: unknown, fn: string): SafeParseResult<T> {
  checkSchema(schema, fn);
  const deep = tooDeep(json);
  if (deep !== undefined) {
    const issue = Object.freeze({
      path: Object.freeze(deep),
      code: "too_deep",
      message: `nested deeper than ${MAX_DEPTH} levels`,
    });
    const error = schemaError(fn, "json", expectedOf(schema, "json"), json, [issue]);
    return Object.freeze({ success: false, error });
  }
  const result = z.safeDecode(schema, json);
  if (!result.success) {
    const issues = result.error.issues.map(toIssue);
    return Object.freeze({ success: false, error: schemaError(fn, "json", expectedOf(schema, "json"), json, issues) });
  }
  return Object.freeze({ success: true, value: freezeResult(result.data, json) });
}

/**
 * Writes a domain value as its JSON form: decimals as plain decimal strings,
 * days as ISO 8601 dates, periods as SDMX strings, currencies as codes. The
 * result is plain data for `JSON.stringify`, frozen, and {@link parse} reads
 * it back to an equal value.
 *
 * @typeParam T - the domain value
 * @typeParam J - its JSON form
 * @param schema - the schema of the value's type
 * @param value - the value
 * @returns the JSON form, frozen
 * @throws {@link accordo!AccordoError} `INVALID_SCHEMA` when `value` is not a valid
 *   value of the schema's type (with the issues and their paths)
 * @throws {@link accordo!AccordoError} `INVALID_TYPE` when `schema` is not a zod schema
 * @example
 * {@includeCode ../../test/schemas/examples.test.ts#toJSON}
 * @category Helpers
 * @since 0.1.0
 */
export function toJSON<T, J>(schema: Schema<T, J>, value: T): J {
  const result = encode(schema, value, "schemas.toJSON");
  if (!result.success) throw result.error;
  return result.value;
}

/**
 * Like {@link toJSON}, but returns the error instead of throwing it.
 *
 * @typeParam T - the domain value
 * @typeParam J - its JSON form
 * @param schema - the schema of the value's type
 * @param value - the value
 * @returns `{ success: true, value: json }`, or `{ success: false, error }`
 *   with an `INVALID_SCHEMA` {@link accordo!AccordoError}
 * @throws {@link accordo!AccordoError} `INVALID_TYPE` when `schema` is not a zod schema
 * @example
 * {@includeCode ../../test/schemas/examples.test.ts#safeToJSON}
 * @category Helpers
 * @since 0.1.0
 */
export function safeToJSON<T, J>(schema: Schema<T, J>, value: T): SafeParseResult<J> {
  return encode(schema, value, "schemas.safeToJSON");
}

/** {@link safeToJSON} for the public function `fn`, which its refusals name. */
function encode<T, J>(schema: Schema<T, J>, value: T, fn: string): SafeParseResult<J> {
  checkSchema(schema, fn);
  const result = z.safeEncode(schema, value);
  if (!result.success) {
    const issues = result.error.issues.map(toIssue);
    return Object.freeze({
      success: false,
      error: schemaError(fn, "value", expectedOf(schema, "value"), value, issues),
    });
  }
  return Object.freeze({ success: true, value: freezeResult(result.data, value) });
}

/**
 * The JSON Schema (draft 2020-12) of a schema's JSON form, for users outside
 * TypeScript and for validators such as Ajv. Unknown keys show as
 * `additionalProperties: false`. The build ships one file per type in
 * `dist/json-schema/<Type>.json`.
 *
 * @param schema - one of accordo's schemas, or a zod schema composed of them
 * @returns a fresh JSON Schema object
 * @throws {@link accordo!AccordoError} `INVALID_TYPE` when `schema` is not a zod schema
 * @example
 * {@includeCode ../../test/schemas/examples.test.ts#jsonSchema}
 * @category Helpers
 * @since 0.1.0
 */
export function jsonSchema(schema: z.ZodType): Record<string, unknown> {
  checkSchema(schema, "schemas.jsonSchema");
  return z.toJSONSchema(schema, {
    io: "input",
    target: "draft-2020-12",
    unrepresentable: "throw",
    cycles: "ref",
    reused: "inline",
  });
}
