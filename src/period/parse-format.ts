/**
 * Reporting periods, `period.parse` and `period.format`: the SDMX-style notation, or with a locale the
 * words of a language (en, it, zh, de, fr, es). The other namespaces use the notation readers of
 * `text.ts`, so that the words of languages are bundled only with these two functions.
 *
 * @module
 */
import { readOptions, refuse } from "../errors.js";
import { withoutSentenceEnd } from "../sentence.js";
import { checkPeriod } from "./build.js";
import { formatIn } from "./locale.js";
import { MAX_PERIOD_TEXT, readText } from "./read.js";
import { canonical, parse as parseNotation } from "./text.js";
import type { Period, PeriodFormatOptions, PeriodParseOptions } from "./types.js";
import { readPeriodLocale } from "./words.js";

/**
 * Reads a reporting period. Without a locale, the SDMX-style notation (surrounding spaces ignored):
 *
 * | kind | canonical | also read |
 * | --- | --- | --- |
 * | year | `2021` | `2021-A1` |
 * | half | `2024-S1` | `2024-H1` |
 * | quarter | `2021-Q3` | |
 * | month | `2021-09` | `2021-M09` |
 * | ISO week | `2021-W47` | |
 * | day | `2021-11-27` | `2021-D331` (day of the year) |
 * | range | `2021-Q1/2021-Q3` | (both ends of one kind) |
 *
 * SDMX start/duration ranges (`2021-01-01/P9M`) are not read.
 *
 * With `locale` (a language among en, it, zh, de, fr, es), the text is read as an article in that
 * language writes a period, and everything {@link format} writes for that locale reads back as the same
 * period. Words may be upper or lower case, with or without accents:
 *
 * | kind | en | it | zh |
 * | --- | --- | --- | --- |
 * | half | `H1 2024`, `1H 2024`, `first half of 2024` | `primo semestre 2024`, `1H 2024` | `2024年上半年` |
 * | quarter | `Q3 2021`, `3Q 2021`, `third quarter of 2021` | `terzo trimestre 2021`, `3° trimestre 2021` | `2021年第三季度`, `2021年三季度` |
 * | month | `September 2021`, `Sep 2021` | `settembre 2021` | `2021年9月` |
 * | first N | `first three quarters of 2021`, `first nine months of 2021`, `9M 2021` | `primi tre trimestri (del) 2021`, `primi nove mesi del 2021` | `2021年前三季度`, `2021年1—9月`, `2021年前9个月` |
 * | week, day | `week 47 of 2021`, `November 27, 2021`, `27 November 2021` | `settimana 47 del 2021`, `27 novembre 2021` | `2021年第47周`, `2021年11月27日` |
 * | year, range | `2021`, `Q2 – Q3 2021`, `Q3 2020 – Q2 2021` | `2021`, `marzo – settembre 2021` | `2021年`, `2020年第三季度至2021年第二季度` |
 *
 * German (`3. Quartal 2021`, `1. Halbjahr 2024`, `erste drei Quartale 2021`, `KW 47 2021`), French
 * (`troisième trimestre 2021`, `T3 2021`, `trois premiers trimestres de 2021`) and Spanish (`tercer trimestre
 * de 2021`, `T3 2021`, `primeros tres trimestres de 2021`) follow the same shapes; the SDMX notation is read
 * in every language. A range is two periods of one kind joined by a dash (or 至, 到); an end without a year
 * takes the other end's. Month names are the locale's, from `Intl.DateTimeFormat`. Fiscal years (`FY2023`)
 * are not read: their months depend on the company. Two-digit years (`3Q21`, `H1 '24`) are refused unless
 * `strict` is `false`, which reads them as 20xx. Text with two periods, or words that are not part of a
 * period, is refused. Punctuation that ends a sentence after the period (`.`, `,`, `;`, `:`, `。`, `，`)
 * is not read, after words or SDMX notation (`"2024年上半年。"`, `"2024-Q1."`). Reading is linear in the
 * length of the text, which is at most 200 characters.
 *
 * @param text - the period string
 * @param options - `locale` (a BCP 47 locale of en, it, zh, de, fr or es; default none: SDMX notation) and
 *   `strict` (default `true`)
 * @returns the frozen period
 * @throws {@link accordo!AccordoError} `INVALID_PERIOD` for text that is not SDMX notation when no locale
 *   is given, including impossible periods: `"2021-Q5"`, `"2021-13"`, `"2021-W53"` (2021 has 52 ISO weeks),
 *   `"2021-02-30"`, ranges that end before they start or mix kinds; `INVALID_TEXT` for text that is no period
 *   in the locale (`details.locale` names it, the message says why); `TEXT_TOO_LONG` over 200 characters with a
 *   locale; `INVALID_TYPE` when `text` is not a string or `options` not an object; `UNKNOWN_OPTION` for another
 *   option; `INVALID_VALUE` for a locale that is not BCP 47 or of another language; `INVALID_TYPE` for a
 *   `strict` that is not a boolean
 * @example
 * {@includeCode ../../test/period/examples.test.ts#parse}
 * {@includeCode ../../test/period/examples.test.ts#parseLocale}
 * @category Parsing and formatting
 * @since 0.1.0
 */
export function parse(text: string, options?: PeriodParseOptions): Period {
  const o = readOptions("period.parse", "options", options, ["locale", "strict"]);
  const at = readPeriodLocale(o.locale, "period.parse");
  const strict = o.strict ?? true;
  if (typeof strict !== "boolean") {
    refuse("INVALID_TYPE", {
      function: "period.parse",
      path: "options.strict",
      expected: "true or false",
      received: strict,
    });
  }
  if (typeof text !== "string") {
    return refuse("INVALID_TYPE", { function: "period.parse", path: "text", expected: "a string", received: text });
  }
  if (at !== undefined) {
    if (text.length > MAX_PERIOD_TEXT) {
      return refuse("TEXT_TOO_LONG", {
        function: "period.parse",
        path: "text",
        expected: `at most ${MAX_PERIOD_TEXT} characters`,
        length: text.length,
      });
    }
    // SDMX notation at the end of a sentence ("2024-Q1.") is notation; the words read a final mark themselves.
    const bare = withoutSentenceEnd(text) ?? text.trim();
    if (SDMX_TEXT.test(bare)) return parseNotation(bare);
    if (!SDMX_TEXT.test(text.trim())) return readText(text, { text, ...at, strict });
  }
  return parseNotation(text);
}

/** Text in SDMX notation, read as such whatever the locale. */
const SDMX_TEXT = /^\d{4}(?:-[0-9A-Z]{1,3}(?:-\d{2})?)?(?:\/\d{4}(?:-[0-9A-Z]{1,3}(?:-\d{2})?)?)?$/;

/**
 * Writes a period. Without a locale, in its canonical SDMX-style form (the default): `"2021"`,
 * `"2024-S1"`, `"2021-Q3"`, `"2021-09"`, `"2021-W47"`, `"2021-11-27"`, `"2021-Q1/2021-Q3"`;
 * `parse(format(p))` equals `p` for every valid period.
 *
 * With `locale` (a language among en, it, zh, de, fr, es), as a reader of that language expects:
 * `first three quarters of 2021`, `primi tre trimestri del 2021`, `2021年前三季度`, `erste drei Quartale
 * 2021`, `trois premiers trimestres de 2021`, `primeros tres trimestres de 2021`; halves as `H1 2024`,
 * `primo semestre 2024`, `2024年上半年`; quarters as `Q3 2021`, `terzo trimestre 2021`, `2021年第三季度`;
 * months with the locale's month name (`September 2021`, `settembre 2021`, `2021年9月`); the first N
 * months of a year as `first nine months of 2021`; other ranges as their two ends joined by ` – `
 * (`至` in Chinese). `parse(format(p, { locale }), { locale })` equals `p` for every valid period.
 *
 * @param p - the period
 * @param options - `locale`: a BCP 47 locale of en, it, zh, de, fr or es (default none: SDMX notation)
 * @returns the period as text
 * @throws {@link accordo!AccordoError} `INVALID_PERIOD` when `p` is not a valid period; `UNKNOWN_OPTION`
 *   for an option other than `locale`; `INVALID_TYPE` when `options` is not an object; `INVALID_VALUE`
 *   for a locale that is not BCP 47 or of another language
 * @example
 * {@includeCode ../../test/period/examples.test.ts#parse}
 * {@includeCode ../../test/period/examples.test.ts#formatLocale}
 * @category Parsing and formatting
 * @since 0.1.0
 */
export function format(p: Period, options?: PeriodFormatOptions): string {
  const o = readOptions("period.format", "options", options, ["locale"]);
  const at = readPeriodLocale(o.locale, "period.format");
  const v = checkPeriod(p, "period.format: p");
  return at === undefined ? canonical(v) : formatIn(v, at.locale, at.language);
}
