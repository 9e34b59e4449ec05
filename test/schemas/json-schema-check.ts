/**
 * A small structural validator for the subset of JSON Schema (draft 2020-12)
 * that `z.toJSONSchema` emits for accordo's schemas: type, properties,
 * required, additionalProperties, items, anyOf/oneOf/allOf, enum, const,
 * pattern, minLength/maxLength, minimum/maximum, minItems/maxItems and local
 * `$ref`s. Any keyword it does not know makes it throw, so a schema that uses
 * more than it checks cannot pass unnoticed.
 */
type JsonSchema = Record<string, unknown>;

const KNOWN = new Set([
  "$schema",
  "$id",
  "$defs",
  "$ref",
  "title",
  "description",
  "type",
  "properties",
  "required",
  "additionalProperties",
  "items",
  "anyOf",
  "oneOf",
  "allOf",
  "enum",
  "const",
  "pattern",
  "minLength",
  "maxLength",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "minItems",
  "maxItems",
  "format",
  "default",
]);

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function resolve(root: JsonSchema, ref: string): JsonSchema {
  if (ref === "#") return root;
  const prefix = "#/$defs/";
  if (!ref.startsWith(prefix)) throw new Error(`unsupported $ref ${ref}`);
  const defs = root["$defs"] as Record<string, JsonSchema> | undefined;
  const target = defs?.[ref.slice(prefix.length)];
  if (target === undefined) throw new Error(`dangling $ref ${ref}`);
  return target;
}

/** The problems of `value` against `schema` (empty when it conforms), each with a JSON pointer-like path. */
export function check(schema: JsonSchema, value: unknown, root: JsonSchema = schema, path = ""): string[] {
  for (const key of Object.keys(schema))
    if (!KNOWN.has(key)) throw new Error(`unsupported keyword ${key} at ${path || "/"}`);
  const errors: string[] = [];
  const at = path || "/";
  if (typeof schema["$ref"] === "string") errors.push(...check(resolve(root, schema["$ref"]), value, root, path));
  const type = schema["type"];
  if (type !== undefined) {
    const types = Array.isArray(type) ? (type as string[]) : [type as string];
    const actual = typeOf(value);
    if (!types.includes(actual) && !(actual === "integer" && types.includes("number"))) {
      errors.push(`${at}: expected ${types.join("|")}, got ${actual}`);
      return errors;
    }
  }
  if (Array.isArray(schema["enum"]) && !(schema["enum"] as unknown[]).includes(value))
    errors.push(`${at}: not in enum`);
  if ("const" in schema && schema["const"] !== value) errors.push(`${at}: not the constant`);
  if (typeof value === "string") {
    if (typeof schema["pattern"] === "string" && !new RegExp(schema["pattern"], "u").test(value))
      errors.push(`${at}: does not match ${schema["pattern"]}`);
    if (typeof schema["minLength"] === "number" && Array.from(value).length < schema["minLength"])
      errors.push(`${at}: too short`);
    if (typeof schema["maxLength"] === "number" && Array.from(value).length > schema["maxLength"])
      errors.push(`${at}: too long`);
  }
  if (typeof value === "number") {
    if (typeof schema["minimum"] === "number" && value < schema["minimum"]) errors.push(`${at}: below minimum`);
    if (typeof schema["maximum"] === "number" && value > schema["maximum"]) errors.push(`${at}: above maximum`);
    if (typeof schema["exclusiveMinimum"] === "number" && value <= schema["exclusiveMinimum"])
      errors.push(`${at}: not above exclusiveMinimum`);
    if (typeof schema["exclusiveMaximum"] === "number" && value >= schema["exclusiveMaximum"])
      errors.push(`${at}: not below exclusiveMaximum`);
  }
  if (Array.isArray(value)) {
    if (typeof schema["minItems"] === "number" && value.length < schema["minItems"])
      errors.push(`${at}: too few items`);
    if (typeof schema["maxItems"] === "number" && value.length > schema["maxItems"])
      errors.push(`${at}: too many items`);
    const items = schema["items"] as JsonSchema | undefined;
    if (items !== undefined) value.forEach((item, i) => errors.push(...check(items, item, root, `${path}/${i}`)));
  }
  if (typeOf(value) === "object") {
    const object = value as Record<string, unknown>;
    const properties = (schema["properties"] ?? {}) as Record<string, JsonSchema>;
    for (const key of (schema["required"] ?? []) as string[])
      if (!Object.prototype.hasOwnProperty.call(object, key)) errors.push(`${at}: missing ${key}`);
    for (const key of Object.keys(object)) {
      const sub = Object.prototype.hasOwnProperty.call(properties, key) ? properties[key] : undefined;
      if (sub !== undefined) errors.push(...check(sub, object[key], root, `${path}/${key}`));
      else if (schema["additionalProperties"] === false) errors.push(`${at}: unexpected key ${key}`);
      else if (typeof schema["additionalProperties"] === "object")
        errors.push(...check(schema["additionalProperties"] as JsonSchema, object[key], root, `${path}/${key}`));
    }
  }
  for (const keyword of ["anyOf", "oneOf"] as const) {
    const options = schema[keyword] as JsonSchema[] | undefined;
    if (options === undefined) continue;
    const passing = options.filter((option) => check(option, value, root, path).length === 0).length;
    if (keyword === "anyOf" ? passing === 0 : passing !== 1)
      errors.push(`${at}: ${keyword} matched ${passing} options`);
  }
  const all = schema["allOf"] as JsonSchema[] | undefined;
  if (all !== undefined) for (const option of all) errors.push(...check(option, value, root, path));
  return errors;
}
