/**
 * The end of a sentence an article leaves after a value (`"up 38.8% year on year."`,
 * `"增长5.2%。"`): the readers of article text (`growth.parse`, `money.parse`, `figure.parse`,
 * `period.parse` with a locale) share it.
 *
 * @internal
 * @module
 */
import { isAccordoError } from "./errors.js";

/** The punctuation that may end a sentence or clause after a value, ASCII and full-width. */
const MARKS = ".,;:\u3002\uff0c\uff1b\uff1a\uff0e";

/**
 * The text without one final punctuation mark of a sentence and the spaces around it, or undefined
 * when it has none (or nothing before it). @internal
 */
export function withoutSentenceEnd(text: string): string | undefined {
  const end = text.trimEnd();
  if (end === "" || !MARKS.includes(end.charAt(end.length - 1))) return undefined;
  const rest = end.slice(0, -1).trim();
  return rest === "" ? undefined : rest;
}

/**
 * Reads `text` with `read`; when that refuses it and the text ends with one punctuation mark of
 * a sentence (`. , ; :`, `。 ， ； ：`, with spaces around it), reads the text without the mark.
 * The text as written is read first, so that a word ending with a point (`"Mio."`, `"p.p."`)
 * keeps it. When both readings refuse, the refusal of the text without the mark is thrown: the mark
 * is read, what stands in the way is the rest (`"1,234 USD."` in strict mode is ambiguous, not a text
 * with an unknown "."). A text too long is refused as it is. At most two readings: linear. @internal
 */
export function readSentence<T>(text: unknown, read: (text: string) => T): T {
  try {
    return read(text as string);
  } catch (error) {
    if (typeof text !== "string" || !isAccordoError(error) || error.code === "TEXT_TOO_LONG") throw error;
    const rest = withoutSentenceEnd(text);
    if (rest === undefined) throw error;
    // When the text without the mark is refused too, that refusal says what stands in the way.
    return read(rest);
  }
}
