/**
 * What makes the library's values behave in plain JavaScript: a shared
 * prototype per type whose non-enumerable `toJSON`, `toString` and Node
 * inspect hook give the schema's JSON, a short readable text and a short
 * `util.inspect` form. No zod and no Node import here (layer 1).
 *
 * The prototype's own prototype is `Object.prototype`, so a value still has
 * `Object` as its constructor, its own keys are unchanged (the hooks are not
 * enumerable), and a spread copy (`{ ...money }`) is a plain object.
 *
 * @module
 */

import type { Brand } from "./brand.js";

/** The key Node's `util.inspect` looks for (a registered symbol: no Node import). */
const INSPECT = Symbol.for("nodejs.util.inspect.custom");

const PROTOTYPES = new WeakSet();

/**
 * Makes the prototype of one kind of value: `json(v)` is what `JSON.stringify`
 * writes, `text(v)` what `String(v)` and template literals give, and Node's
 * `util.inspect` shows `name(text)`. @internal
 */
export function valuePrototype<T>(name: string, json: (value: T) => unknown, text: (value: T) => string): object {
  const proto: object = Object.create(Object.prototype, {
    toJSON: {
      value: function toJSON(this: T): unknown {
        return json(this);
      },
    },
    toString: {
      value: function toString(this: T): string {
        return text(this);
      },
    },
    [INSPECT]: {
      value: function inspect(this: T): string {
        return `${name}(${text(this)})`;
      },
    },
  }) as object;
  PROTOTYPES.add(proto);
  return Object.freeze(proto);
}

/** A frozen copy of `fields` whose prototype is `proto`, sealed with `brand` when one is given. @internal */
export function frozenValue<T extends object>(proto: object, fields: T, brand?: Brand<object>): T {
  const made = Object.assign(Object.create(proto) as T, fields);
  return brand === undefined ? Object.freeze(made) : brand.seal(made);
}

/** Whether `proto` is one of the prototypes made by {@link valuePrototype}. @internal */
export function isValuePrototype(proto: unknown): boolean {
  return typeof proto === "object" && proto !== null && PROTOTYPES.has(proto);
}
