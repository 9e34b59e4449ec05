// Hand-built, broken copies of valid agreements (a field replaced by null, NaN, a
// string, a function, or removed) fed to every function of the namespace that takes
// an agreement or one of its parts: each must refuse them with an AccordoError (or
// return a finite result), never crash with a TypeError.
import { describe, expect, it } from "vitest";
import * as agreement from "../../src/agreement/index.js";
import type { Agreement, Commitment, Party } from "../../src/agreement/types.js";
import type { Source } from "../../src/sources/types.js";
import * as capacity from "../../src/capacity/index.js";
import * as milestone from "../../src/milestone/index.js";
import * as money from "../../src/money/index.js";
import { freezePlain, misbehaviours } from "../support.js";

const S = "s";

/** A small agreement that has one of everything the queries read. */
const sample: Agreement = agreement.create({
  id: "a",
  title: "Agreement",
  otherTitles: [{ name: "Accordo", lang: "it", sourceIds: [S] }],
  kind: "cooperationAgreement",
  signed: "2021",
  sources: [{ id: S, title: "Article", published: "2021" }],
  sourceIds: [S],
  parties: [
    { id: "zone", name: "Zone", kind: "zoneManagementCommittee", roles: ["signatory"], sourceIds: [S] },
    {
      id: "parent",
      name: "Parent",
      kind: "company",
      otherNames: [{ name: "P", sourceIds: [S] }],
      roles: ["investor"],
      identifiers: [{ scheme: "X", id: "1" }],
    },
    {
      id: "child",
      name: "Child",
      kind: "company",
      parent: { partyId: "parent", share: "0.5", sourceIds: [S] },
      roles: ["projectCompany"],
      sourceIds: [S],
    },
  ],
  facilities: [
    {
      id: "plant",
      name: "Plant",
      kind: "plant",
      operatorId: "child",
      capacity: capacity.plan({
        unit: "vehicles",
        total: "300000",
        phases: [{ history: [{ status: "announced", on: "2021-11-27", sourceId: S }] }],
      }),
      sourceIds: [S],
    },
  ],
  commitments: [
    {
      id: "c1",
      partyId: "child",
      kind: "productionPlant",
      description: "Build it",
      facilityId: "plant",
      amount: money.of("1000", "CNY"),
      quantity: { value: "300000", unit: "vehicles" },
      due: "2024",
      sourceIds: [S],
    },
  ],
  milestones: [
    milestone.of({
      id: "m",
      kind: "massProduction",
      targets: [{ target: "2024-S1", asOf: "2021-11-27", sourceId: S }],
      achieved: { on: "2024-03-28", sourceId: S },
      reports: [{ status: "met", asOf: "2024-04-01", sourceId: S }],
    }),
  ],
  amendments: [{ id: "amendment", date: "2022", description: "Renewed", sourceIds: [S] }],
});

const party = (a: unknown) => (a as Agreement).parties[2] as Party;

const queries: [string, (a: unknown) => unknown][] = [
  ["findParty", (a) => agreement.findParty(a as Agreement, "child")],
  ["partiesWithRole", (a) => agreement.partiesWithRole(a as Agreement, "investor")],
  [
    "commitmentsWhere",
    (a) =>
      agreement.commitmentsWhere(a as Agreement, {
        partyId: "child",
        kind: "productionPlant",
        status: "pending",
        facilityId: "plant",
      }),
  ],
  ["parentChain", (a) => agreement.parentChain(a as Agreement, "child")],
  ["effectiveShare", (a) => agreement.effectiveShare(a as Agreement, "child", "parent")],
  ["claims", (a) => agreement.claims(a as Agreement)],
  ["citing", (a) => agreement.citing(a as Agreement, S)],
  ["uncited", (a) => agreement.uncited(a as Agreement)],
  [
    "amend",
    (a) =>
      agreement.amend(
        a as Agreement,
        { id: "again", date: "2023", description: "Renewed again" },
        { title: "Agreement 2" },
      ),
  ],
  ["create", (a) => agreement.create(a as Agreement)],
];

describe("broken hand-built agreements", () => {
  it.each(queries)("%s refuses them with an AccordoError", (_, fn) => {
    expect(misbehaviours(sample, fn)).toEqual([]);
  });

  it.each(queries)("%s refuses them when they are frozen too", (_, fn) => {
    expect(misbehaviours(sample, (a) => fn(freezePlain(a)))).toEqual([]);
  });

  it("still answers on the sample", () => {
    expect(agreement.effectiveShare(sample, "child", "parent")?.toString()).toBe("0.5");
    expect(agreement.uncited(sample).map((c) => c.path)).toEqual(["/parties/1"]);
  });
});

describe("broken hand-built parts", () => {
  it("party, commitment and source refuse broken copies of their values", () => {
    expect(misbehaviours(party(sample), (p) => agreement.party(p as Party))).toEqual([]);
    expect(misbehaviours(sample.commitments[0], (c) => agreement.commitment(c as Commitment))).toEqual([]);
    expect(misbehaviours(sample.sources[0], (s) => agreement.source(s as Source))).toEqual([]);
  });
});
