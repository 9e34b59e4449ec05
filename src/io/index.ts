/**
 * The `io` namespace: readers that turn the exchange-rate files central banks and statistical
 * agencies publish into a {@link accordo!RateTable}: the ECB's euro reference rates (CSV and XML),
 * SDMX-CSV series (ECB Data Portal, BIS, IMF), and plain CSV or JSON lists of rates. Each takes
 * the file's text (read synchronously) or a stream of chunks (read asynchronously).
 *
 * @module
 */
export { readEcbCsv } from "./ecb-csv.js";
export { readEcbXml } from "./ecb-xml.js";
export { readSdmxCsv } from "./sdmx.js";
export { readRatesCsv, readRatesJson } from "./plain.js";

export type * from "./types.js";
