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

/** One source's dating of an event: its period as text, the period's first and last days. */
export interface DatingJSON {
  readonly on: string;
  readonly start: string;
  readonly end: string;
  readonly sourceId: string | null;
  /** True when the period contains the day the entry is dated (computed) on. */
  readonly consistent: boolean;
}

/** A milestone and its status on `asOf`. */
export interface MilestoneJSON {
  readonly id: string;
  readonly kind: string;
  readonly title: string | null;
  readonly target: string;
  readonly targetSourceId: string | null;
  readonly statedOn: string;
  readonly targets: readonly {
    readonly target: string;
    readonly start: string;
    readonly deadline: string;
    readonly asOf: string;
    readonly sourceId: string | null;
  }[];
  readonly deadline: string;
  readonly asOf: string;
  readonly state: "scheduled" | "metOnTime" | "metLate" | "overdue";
  readonly ocds: "scheduled" | "met" | "notMet";
  readonly achieved: string | null;
  /** The period to show for the achievement (a month when its source gives no day), or null while not achieved. */
  readonly achievedShown: string | null;
  readonly achievedSourceId: string | null;
  /** Every other dating of the achievement, each judged against the deadline (state null while not achieved). */
  readonly accounts: readonly (DatingJSON & {
    readonly state: "metOnTime" | "metLate" | "undetermined" | null;
    readonly agrees: boolean | null;
  })[];
  readonly slippageDays: number;
  readonly daysToDeadline: number;
  /** When met on time: days from the end of the shown period to the deadline (at least that many). */
  readonly daysBeforeDeadline: number;
  /** Statuses sources reported by `asOf`. */
  readonly reports: readonly { readonly status: string; readonly asOf: string; readonly sourceId: string | null }[];
  readonly revisions: number;
  readonly beforeStated: boolean;
}

/** What {@link analyse} returns: plain JSON data. */
export interface CaseStudyAnalysis {
  readonly asOf: string;
  readonly source: {
    readonly id: string;
    readonly publisher: string | null;
    readonly title: string | null;
    readonly language: string | null;
    readonly published: string | null;
    readonly url: string | null;
  };
  /** Every source the data cite, numbered from 1 in the order of examples/data/agreement.json. */
  readonly sources: readonly {
    readonly number: number;
    readonly id: string;
    readonly publisher: string | null;
    readonly title: string | null;
    readonly published: string | null;
    readonly language: string | null;
    readonly url: string | null;
  }[];
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
    readonly claims: {
      readonly citingSource: number;
      readonly uncited: readonly { readonly kind: string; readonly id: string; readonly path: string }[];
    };
  };
  readonly capacity: {
    readonly facility: string;
    readonly operator: string | null;
    readonly unit: string;
    readonly total: string;
    readonly phases: readonly {
      readonly ordinal: number;
      readonly capacity: string | null;
      readonly plannedStart: string | null;
      /** The status changes up to `asOf`, oldest first. */
      readonly history: readonly {
        readonly status: string;
        readonly on: string;
        readonly sourceId: string | null;
        /** The period to show: the month (quarter, ...) its own source gives when it gives no day, else `on`. */
        readonly shown: string;
        readonly accounts: readonly DatingJSON[];
      }[];
    }[];
    readonly sourceIds: readonly string[];
    readonly splitStated: boolean;
    readonly unassigned: string;
    readonly issues: readonly string[];
  };
  /** The mass-production milestone (also the first of `milestones`). */
  readonly milestone: MilestoneJSON;
  /** Every milestone of the agreement, judged on `asOf`. */
  readonly milestones: readonly MilestoneJSON[];
  readonly zone: {
    readonly name: string;
    readonly otherNames: readonly string[];
    readonly established: number | null;
    readonly yearsToFigures: number | null;
    readonly establishedCited: boolean;
    readonly industries: readonly {
      readonly id: string;
      readonly name: string;
      readonly english: string | null;
      readonly italian: string | null;
    }[];
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
  readonly phase2Construction: string;
  readonly gdp: string;
  readonly output: string;
  readonly leading: string;
};

/** Parses the documents with accordo's AgreementSchema and ZoneSchema (frozen, validated values). */
export declare function load(documents: CaseStudyDocuments): { readonly agreement: Agreement; readonly zone: Zone };

/** The analysis; throws an AccordoError `INVALID_PERIOD` for a bad `asOf`, `INVALID_SCHEMA` for bad documents. */
export declare function analyse(documents: CaseStudyDocuments, options: { readonly asOf: string }): CaseStudyAnalysis;

/** A period in words: "March 2024", "the first half of 2024", a day as it is. */
export declare function when(period: string | null): string;

/** The readable report the CLI prints, with a final newline. */
export declare function render(analysis: CaseStudyAnalysis): string;
