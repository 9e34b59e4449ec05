/**
 * Types of examples/analysis.mjs, for TypeScript callers (test/examples). The module itself is
 * plain JavaScript checked with `// @ts-check`; this file describes the JSON it returns.
 */
import type { Agreement, Zone } from "../src/index.js";

/** A figure as accordo's FigureSchema writes it: decimals as strings. */
export interface FigureJSON {
  readonly value: string;
  readonly lo: string;
  readonly hi: string;
  readonly loInclusive?: boolean | undefined;
  readonly hiInclusive?: boolean | undefined;
}

/** The case study's JSON documents: examples/data/agreement.json and examples/data/zone.json. */
export interface CaseStudyDocuments {
  readonly agreement: unknown;
  readonly zone: unknown;
}

/** What {@link analyse} returns: plain JSON data. */
export interface CaseStudyAnalysis {
  readonly asOf: string;
  readonly source: { readonly id: string; readonly title: string | null; readonly language: string | null; readonly published: string | null };
  readonly agreement: {
    readonly id: string;
    readonly title: string;
    readonly englishTitle: string | null;
    readonly kind: string;
    readonly signed: string | null;
    readonly parties: readonly {
      readonly id: string;
      readonly name: string;
      readonly englishName: string;
      readonly otherNames: readonly string[];
      readonly kind: string;
      readonly roles: readonly string[];
      readonly parent: string | null;
    }[];
    readonly commitments: readonly {
      readonly id: string;
      readonly party: string;
      readonly kind: string;
      readonly description: string;
      readonly status: string;
      readonly facility: string | null;
    }[];
    readonly claims: { readonly citingSource: number; readonly uncited: readonly { readonly kind: string; readonly id: string; readonly path: string }[] };
  };
  readonly capacity: {
    readonly facility: string;
    readonly operator: string | null;
    readonly unit: string;
    readonly total: string;
    readonly phases: readonly { readonly ordinal: number; readonly capacity: string | null; readonly plannedStart: string | null }[];
    readonly splitStated: boolean;
    readonly unassigned: string;
    readonly issues: readonly string[];
  };
  readonly milestone: {
    readonly id: string;
    readonly kind: string;
    readonly title: string | null;
    readonly target: string;
    readonly statedOn: string;
    readonly deadline: string;
    readonly asOf: string;
    readonly state: "scheduled" | "metOnTime" | "metLate" | "overdue";
    readonly ocds: "scheduled" | "met" | "notMet";
    readonly achieved: string | null;
    readonly slippageDays: number;
    readonly daysToDeadline: number;
    readonly revisions: number;
    readonly beforeStated: boolean;
  };
  readonly zone: {
    readonly name: string;
    readonly otherNames: readonly string[];
    readonly established: number | null;
    readonly yearsToFigures: number | null;
    readonly establishedCited: boolean;
    readonly industries: readonly { readonly id: string; readonly name: string; readonly english: string | null; readonly italian: string | null }[];
    readonly figures: readonly {
      readonly id: string;
      readonly label: string;
      readonly indicator: string;
      readonly period: string;
      readonly cny: FigureJSON;
      readonly usd: FigureJSON;
      readonly growth: { readonly fraction: FigureJSON; readonly basis: "nominal" | "real" | "unspecified" } | null;
    }[];
  };
  readonly rates: {
    readonly base: string;
    readonly quote: string;
    readonly implied: readonly { readonly id: string | null; readonly rate: FigureJSON }[];
    readonly consistent: boolean;
    readonly common: FigureJSON | null;
    readonly disagreements: readonly { readonly below: number; readonly above: number }[];
  };
  readonly previous: readonly {
    readonly id: string;
    readonly period: string;
    readonly currency: string;
    readonly level: FigureJSON;
    readonly basis: "nominal" | "real" | "unspecified";
    readonly comparableWithNominal: "yes" | "no" | "unknown";
  }[];
  readonly share: { readonly current: FigureJSON; readonly previous: FigureJSON; readonly change: FigureJSON };
  readonly remainder: {
    readonly current: FigureJSON;
    readonly previous: FigureJSON;
    readonly rate: FigureJSON;
    readonly why: {
      readonly totalGrowth: FigureJSON;
      readonly totalGrowthWidth: string;
      readonly partGrowth: FigureJSON;
      readonly totalBefore: FigureJSON;
      readonly totalBeforeWidth: string;
      readonly previousWidth: string;
      readonly withOneMoreDigit: FigureJSON;
    };
    readonly contributions: readonly { readonly id: string | null; readonly points: FigureJSON }[];
  };
  readonly caveat: string;
}

/** The ids the analysis relies on in examples/data/*.json. */
export declare const IDS: {
  readonly source: string;
  readonly plant: string;
  readonly massProduction: string;
  readonly gdp: string;
  readonly output: string;
  readonly leading: string;
};

/** Parses the documents with accordo's AgreementSchema and ZoneSchema (frozen, validated values). */
export declare function load(documents: CaseStudyDocuments): { readonly agreement: Agreement; readonly zone: Zone };

/** The analysis; throws an AccordoError `INVALID_PERIOD` for a bad `asOf`, `INVALID_SCHEMA` for bad documents. */
export declare function analyse(documents: CaseStudyDocuments, options: { readonly asOf: string }): CaseStudyAnalysis;

/** The readable report the CLI prints, with a final newline. */
export declare function render(analysis: CaseStudyAnalysis): string;
