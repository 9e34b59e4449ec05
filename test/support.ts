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
