/**
 * The words `growth.parse` reads around a number: units (percent, percentage points), words of
 * direction (up, in calo, 增长, Rückgang, hausse, caída), words of price basis (real, 实际, nominal,
 * 名义), year-on-year words, words that compare with the previous month or quarter (which it refuses)
 * and connectors, in English, Italian, Chinese, German, French and Spanish (lower case, after NFKC).
 *
 * @internal
 * @module
 */

/** The languages of the words; each decides how a number is written when no locale is given. */
export type WordLang = "en" | "it" | "zh" | "de" | "fr" | "es";

/**
 * What a word says: a unit, a direction, a price basis, a comparison with a year earlier or with the
 * previous month or quarter (`"span"`), or nothing (a connector).
 */
export type WordRole = "percent" | "points" | "up" | "down" | "real" | "nominal" | "yoy" | "span" | "connector";

/** A word or phrase of the text. */
export interface GrowthWord {
  readonly text: string;
  readonly role: WordRole;
  /** The language, when the word belongs to one (a connector such as "del" may belong to two: none). */
  readonly lang: WordLang | undefined;
}

/** The locale whose separators a language's words imply when no locale is given. */
export const LANG_LOCALE: Readonly<Record<WordLang, string>> = /* @__PURE__ */ Object.freeze({
  en: "en-US",
  it: "it-IT",
  zh: "zh-CN",
  de: "de-DE",
  fr: "fr-FR",
  es: "es-ES",
});

type Table = Readonly<Partial<Record<WordLang | "any", readonly string[]>>>;

const WORDS: Readonly<Record<WordRole, Table>> = {
  percent: {
    any: ["%"],
    en: ["per cent", "percent", "pct"],
    it: ["per cento"],
    de: ["prozent"],
    fr: ["pour cent"],
    es: ["por ciento"],
  },
  points: {
    any: ["pp", "p.p.", "pp."],
    en: ["percentage points", "percentage point", "pps"],
    it: ["punti percentuali", "punto percentuale"],
    zh: ["个百分点", "百分点"],
    de: ["prozentpunkte", "prozentpunkten", "prozentpunkt"],
    fr: ["points de pourcentage", "point de pourcentage"],
    es: ["puntos porcentuales", "punto porcentual"],
  },
  up: {
    // "aumento" and "incremento" are Italian and Spanish: they decide no language.
    any: ["aumento", "incremento"],
    en: ["up", "rose", "rise", "rises", "risen", "increase", "increased", "grew", "gain", "gained", "higher"],
    it: ["in crescita", "in aumento", "cresciuto", "cresciuta", "in rialzo", "rialzo"],
    zh: ["增长", "上升", "增加", "提高", "上涨"],
    de: ["zuwachs", "anstieg", "plus", "gestiegen", "stieg", "wuchs", "gewachsen", "zugelegt"],
    fr: ["en hausse", "hausse", "en progression", "progression", "augmentation", "en croissance"],
    es: ["subida", "en alza", "alza", "creció", "aumentó", "subió"],
  },
  down: {
    en: ["down", "fell", "fall", "falls", "fallen", "decline", "declined", "decrease", "decreased", "drop", "lower"],
    it: ["in calo", "calo", "in diminuzione", "diminuzione", "diminuito", "diminuita", "in flessione", "flessione"],
    zh: ["下降", "减少", "下滑", "下跌", "回落", "降低"],
    de: ["rückgang", "minus", "gesunken", "sank", "gefallen", "abnahme"],
    fr: ["en baisse", "baisse", "en recul", "recul", "diminution", "en repli", "repli"],
    es: ["caída", "descenso", "disminución", "bajada", "en baja", "cayó", "bajó", "retroceso"],
  },
  real: {
    // "real" is English, German and Spanish: it decides no language.
    any: ["real"],
    en: ["in real terms", "at constant prices"],
    it: ["in termini reali", "a prezzi costanti", "reale", "reali"],
    zh: ["实际"],
    de: ["preisbereinigt", "preisbereinigte", "preisbereinigten"],
    fr: ["en volume", "en termes réels", "réel", "réelle"],
    es: ["en términos reales", "a precios constantes"],
  },
  nominal: {
    // "nominal" is English, German, French and Spanish: it decides no language.
    any: ["nominal"],
    en: ["in nominal terms", "at current prices"],
    it: ["nominale", "nominali", "in termini nominali", "a prezzi correnti"],
    zh: ["名义"],
    de: ["in jeweiligen preisen"],
    fr: ["en valeur", "en termes nominaux", "nominale"],
    es: ["en términos nominales", "a precios corrientes"],
  },
  yoy: {
    en: ["year on year", "year-on-year", "yoy", "y/y", "y-o-y", "from a year earlier", "from a year ago"],
    it: ["su base annua", "rispetto all'anno precedente", "anno su anno", "tendenziale", "a/a"],
    zh: ["同比", "比上年"],
    de: ["gegenüber dem vorjahr", "im vorjahresvergleich", "im vergleich zum vorjahr", "zum vorjahr"],
    fr: ["sur un an", "en glissement annuel", "par rapport à l'année précédente"],
    es: ["interanual", "en tasa interanual", "en términos interanuales", "respecto al año anterior"],
  },
  // Comparisons with the previous month or quarter: growth.parse refuses them (a rate records no span).
  span: {
    en: [
      "month on month",
      "month-on-month",
      "m/m",
      "mom",
      "m-o-m",
      "quarter on quarter",
      "quarter-on-quarter",
      "q/q",
      "qoq",
      "q-o-q",
      "from the previous month",
      "from the previous quarter",
      "from a month earlier",
      "from a quarter earlier",
    ],
    it: [
      "rispetto al mese precedente",
      "rispetto al trimestre precedente",
      "su base mensile",
      "su base trimestrale",
      "congiunturale",
      "t/t",
    ],
    zh: ["环比", "比上月", "比上季度"],
    de: [
      "gegenüber dem vormonat",
      "gegenüber dem vorquartal",
      "im vormonatsvergleich",
      "im vorquartalsvergleich",
      "zum vormonat",
      "zum vorquartal",
    ],
    fr: [
      "sur un mois",
      "sur un trimestre",
      "en glissement mensuel",
      "en glissement trimestriel",
      "par rapport au mois précédent",
      "par rapport au trimestre précédent",
    ],
    es: [
      "intermensual",
      "intertrimestral",
      "en tasa intermensual",
      "en tasa intertrimestral",
      "respecto al mes anterior",
      "respecto al trimestre anterior",
    ],
  },
  connector: {
    // Nouns of growth without a direction ("growth of -2.1%" is a fall): the sign decides.
    any: [",", ":", "un", "una", "del", "de"],
    en: ["growth", "by", "of", "a", "an", "was", "is"],
    it: ["crescita", "variazione", "di", "dello", "è", "pari al"],
    zh: ["了", "为"],
    de: ["wachstum", "veränderung", "von", "um", "ein", "einen", "eine", "einem", "ist"],
    fr: ["croissance", "variation", "du", "d'", "une", "est"],
    es: ["crecimiento", "variación", "en", "fue", "es"],
  },
};

let byFirstChar: ReadonlyMap<string, readonly GrowthWord[]> | undefined;

/**
 * The words that start with a character, longest first (so that "in calo" wins over "calo" and
 * "个百分点" over "百分点"). The table is built on the first call, not at load.
 */
export function wordsStartingWith(char: string): readonly GrowthWord[] | undefined {
  return (byFirstChar ??= wordsByFirst()).get(char);
}

/** Groups every word by its first character, longest first. */
function wordsByFirst(): ReadonlyMap<string, readonly GrowthWord[]> {
  const byFirst = new Map<string, GrowthWord[]>();
  for (const role of Object.keys(WORDS) as WordRole[]) {
    const table = WORDS[role];
    for (const lang of Object.keys(table) as (WordLang | "any")[]) {
      for (const text of table[lang] ?? []) {
        const word: GrowthWord = Object.freeze({ text, role, lang: lang === "any" ? undefined : lang });
        const list = byFirst.get(text.charAt(0)) ?? [];
        list.push(word);
        byFirst.set(text.charAt(0), list);
      }
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.text.length - a.text.length);
  return byFirst;
}
