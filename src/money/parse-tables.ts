/**
 * The fixed words `money.parse` reads besides those `Intl` writes: scale words by language and by
 * locale, press words for currencies, and connectors.
 *
 * @module
 */
import type { Lang } from "./parse-words.js";

/** Scale words by language; consecutive words multiply ("mila miliardi", "万亿"). */
export const SCALE_WORDS: readonly (readonly [Lang, number, string])[] = [
  ["en", 3, "thousand thousands k"],
  ["en", 6, "million millions mn m mln"],
  ["en", 9, "billion billions bn b"],
  ["en", 12, "trillion trillions tn t"],
  ["it", 3, "mila mille"],
  ["it", 6, "milione milioni mln. mio"],
  ["it", 9, "miliardo miliardi mld mld. mrd"],
  ["it", 12, "bilione bilioni"],
  ["de", 3, "tausend tsd. tsd"],
  ["de", 6, "millionen mio."],
  ["de", 9, "milliarde milliarden mrd."],
  ["de", 12, "billionen bio. bio"],
  ["fr", 9, "milliard milliards md mds"],
  ["es", 6, "millón millones"],
  ["es", 12, "billón billones"],
  ["zh", 3, "千"],
  ["zh", 4, "万 萬"],
  ["zh", 6, "百万 百萬"],
  ["zh", 8, "亿 億"],
  ["zh", 12, "兆"],
  ["en", 5, "lakh lakhs"],
  ["en", 7, "crore crores"],
  ["hi", 3, "हज़ार"],
  ["hi", 5, "लाख"],
  ["hi", 7, "करोड़ क॰"],
  ["hi", 9, "अरब अ॰"],
  ["hi", 11, "खरब ख॰"],
  ["hi", 13, "नील"],
];

/**
 * Scale words read only in locales of their language (or region), because English gives
 * them another meaning or none: the French "billion" and "Bn" are 10^12 (English 10^9),
 * as is the Spanish "B" (billón); the Canadian French "G" is 10^9; the Italian "Bln" is
 * 10^12 ("bln" is a billion in English); the Spanish "mil" is a thousand ("mil M" a
 * thousand million), in English slang a million; Indian English abbreviates lakh (10^5)
 * and crore (10^7) as "L" and "Cr" ("KCr" a thousand crore). These are the words `Intl`
 * writes in compact and long notation.
 */
export const LOCALE_SCALE_WORDS: readonly (readonly [string, number, string])[] = [
  ["fr", 3, "millier milliers mille"],
  ["fr", 9, "g"],
  ["fr", 12, "billion billions bn"],
  ["es", 3, "mil"],
  ["es", 12, "b"],
  ["it", 12, "bln"],
  ["en-IN", 5, "l"],
  ["en-IN", 7, "cr"],
  ["en-IN", 10, "kcr"],
  ["en-IN", 12, "lcr"],
];

/** Press words for currencies that Intl's names do not cover. */
export const CURRENCY_WORDS: readonly (readonly [Lang | undefined, string, string])[] = [
  ["en", "USD", "dollar dollars"],
  [undefined, "CNY", "yuan renminbi rmb"],
  [undefined, "EUR", "euro"],
  ["en", "EUR", "euros"],
  ["en", "GBP", "pound pounds sterling"],
  [undefined, "JPY", "yen"],
  ["it", "USD", "dollaro dollari dollari_usa dollari_americani dollari_statunitensi"],
  ["it", "CNY", "yuan_cinesi renminbi_cinesi"],
  ["en", "USD", "us_dollars u.s._dollars"],
  ["it", "GBP", "sterlina sterline"],
  ["de", "USD", "dollar"],
  ["fr", "USD", "dollar dollars"],
  ["zh", "CNY", "元 人民币 圆"],
  ["zh", "USD", "美元"],
  ["zh", "EUR", "欧元"],
  ["zh", "JPY", "日元"],
  ["ja", "JPY", "円"],
  [undefined, "USD", "US$ U.S.$"],
  [undefined, "CNY", "RMB¥"],
];

export const CONNECTORS = "di de of d' d’";
