// Helpers shared by the tests.
import { isAccordoError } from "../src/errors.js";
import type { Figure } from "../src/figure/types.js";

/** "[lo, hi)" etc., with every digit. */
export function interval(f: Figure): string {
  return `${f.loInclusive ? "[" : "("}${f.lo.toString()}, ${f.hi.toString()}${f.hiInclusive ? "]" : ")"}`;
}

/** The code of the AccordoError `fn` throws, a marker for any other exception, undefined when it returns. */
export function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return isAccordoError(e) ? e.code : `not an AccordoError: ${String(e)}`;
  }
  return undefined;
}

/** The code, message and details of the AccordoError `fn` throws; a marker for any other exception, "no error" when it returns. */
export function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return isAccordoError(e) ? { code: e.code, message: e.message, details: e.details } : `not an AccordoError: ${String(e)}`;
  }
  return "no error";
}

/** [code, message, details] of the AccordoError `fn` throws (details null when absent); undefined when it returns. Any other exception is rethrown. */
export function refusal(fn: () => unknown): [string, string, unknown] | undefined {
  try {
    fn();
  } catch (e) {
    if (!isAccordoError(e)) throw e;
    return [e.code, e.message, e.details ?? null];
  }
  return undefined;
}
