/**
 * The `only` option of the ECB readers: the currencies to read.
 *
 * @module
 * @internal
 */
import { own, refuse } from "../errors.js";
import { COMMON_KEYS } from "./read.js";

/** The keys of the ECB readers' options. */
export const ECB_KEYS: readonly string[] = /* @__PURE__ */ (() => [...COMMON_KEYS, "only"])();

/** The checked `only` option: the codes to read, or undefined for all. */
export function readOnly(fn: string, options: object | undefined): ReadonlySet<string> | undefined {
  const only = own(options as { only?: unknown } | undefined, "only");
  if (only === undefined) return undefined;
  if (!Array.isArray(only) || only.length === 0 || !only.every((c) => typeof c === "string" && /^[A-Z]{3}$/.test(c))) {
    const typed = Array.isArray(only) && only.every((c) => typeof c === "string");
    return refuse(typed ? "INVALID_INPUT" : "INVALID_TYPE", {
      function: fn,
      path: "options.only",
      expected: "a non-empty array of three-letter currency codes",
      received: only,
    });
  }
  return new Set(only as readonly string[]);
}

/** Refuses the codes of `only` that the file did not have. */
export function checkOnlyFound(fn: string, only: ReadonlySet<string> | undefined, found: ReadonlySet<string>): void {
  if (only === undefined) return;
  const missing = [...only].filter((c) => !found.has(c));
  if (missing.length > 0) {
    refuse("INVALID_INPUT", {
      function: fn,
      path: "options.only",
      expected: "codes of currencies the file has",
      received: missing,
      missing,
    });
  }
}
