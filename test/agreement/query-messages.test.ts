import { describe, expect, it } from "vitest";
import * as agreement from "../../src/agreement/index.js";
import Decimal from "decimal.js";
import type { Agreement, AgreementParty } from "../../src/agreement/types.js";
import * as capacity from "../../src/capacity/index.js";
import * as milestone from "../../src/milestone/index.js";
import { seedAgreement } from "../fixtures/seed.js";
import { thrown } from "../support.js";

/** The code and the argument path of a refusal, without the function that refused. */
function place(got: unknown): [unknown, unknown] {
  const { code, details } = got as { code: string; details: Record<string, unknown> };
  return [code, details["path"] ?? String(details["where"]).replace(/^[\w.]+: /, "")];
}

// Each refusal has a stable code, a message that says what was wrong, where,
// and what was received, and structured details.
const cases: [string, () => unknown][] = [
  ["agreement.findParty bad agreement", () => agreement.findParty({} as never, "p")],
  [
    "agreement.claims a list missing",
    () =>
      agreement.claims({
        id: "x",
        parties: [],
        commitments: [],
        facilities: [],
        milestones: [],
        amendments: [],
        sources: [],
        sourceIds: [],
      } as never),
  ],
  ["agreement.findParty empty id", () => agreement.findParty(seedAgreement, "")],
  ["agreement.partiesWithRole bad role", () => agreement.partiesWithRole(seedAgreement, "" as never)],
  ["agreement.commitmentsWhere unknown party", () => agreement.commitmentsWhere(seedAgreement, { partyId: "nobody" })],
  ["agreement.commitmentsWhere bad filter", () => agreement.commitmentsWhere(seedAgreement, 3 as never)],
  ["agreement.commitmentsWhere bad kind", () => agreement.commitmentsWhere(seedAgreement, { kind: "" })],
  ["agreement.commitmentsWhere bad status", () => agreement.commitmentsWhere(seedAgreement, { status: "" as never })],
  ["agreement.commitmentsWhere bad facility", () => agreement.commitmentsWhere(seedAgreement, { facilityId: "" })],
  ["agreement.parentChain unknown", () => agreement.parentChain(seedAgreement, "nobody")],
  [
    "agreement.effectiveShare not a parent",
    () => agreement.effectiveShare(seedAgreement, "xiaomi", "xiaomi-automotive"),
  ],
  ["agreement.citing unknown source", () => agreement.citing(seedAgreement, "elsewhere")],
  ["agreement.amend not an agreement", () => agreement.amend({} as never, { id: "m", date: "2022", description: "d" })],
  [
    "agreement.amend unknown field",
    () => agreement.amend(seedAgreement, { id: "m", date: "2022", description: "d" }, { capacity: 1 } as never),
  ],
  [
    "agreement.amend changed given",
    () => agreement.amend(seedAgreement, { id: "m", date: "2022", description: "d", changed: [] } as never),
  ],
  [
    "agreement.amend bad changes",
    () => agreement.amend(seedAgreement, { id: "m", date: "2022", description: "d" }, [] as never),
  ],
];

const expected: Record<string, readonly [string, Readonly<Record<string, unknown>>]> = {
  "agreement.findParty bad agreement": ["INVALID_VALUE", { function: "agreement.findParty", path: "agreement" }],
  "agreement.claims a list missing": ["INVALID_VALUE", { function: "agreement.claims", path: "agreement" }],
  "agreement.findParty empty id": ["INVALID_INPUT", { function: "agreement.findParty", path: "partyId" }],
  "agreement.partiesWithRole bad role": ["INVALID_INPUT", { function: "agreement.partiesWithRole", path: "role" }],
  "agreement.commitmentsWhere unknown party": [
    "INVALID_INPUT",
    { function: "agreement.commitmentsWhere", path: "filter.partyId" },
  ],
  "agreement.commitmentsWhere bad filter": ["INVALID_TYPE", { function: "agreement.commitmentsWhere", path: "filter" }],
  "agreement.commitmentsWhere bad kind": [
    "INVALID_INPUT",
    { function: "agreement.commitmentsWhere", path: "filter.kind" },
  ],
  "agreement.commitmentsWhere bad status": [
    "INVALID_INPUT",
    { function: "agreement.commitmentsWhere", path: "filter.status" },
  ],
  "agreement.commitmentsWhere bad facility": [
    "INVALID_INPUT",
    { function: "agreement.commitmentsWhere", path: "filter.facilityId" },
  ],
  "agreement.parentChain unknown": ["INVALID_INPUT", { function: "agreement.parentChain", path: "partyId" }],
  "agreement.effectiveShare not a parent": ["INVALID_INPUT", { function: "agreement.effectiveShare", path: "ownerId" }],
  "agreement.citing unknown source": ["INVALID_INPUT", { function: "agreement.citing", path: "sourceId" }],
  "agreement.amend not an agreement": ["INVALID_VALUE", { function: "agreement.amend", path: "agreement" }],
  "agreement.amend unknown field": ["UNKNOWN_OPTION", { function: "agreement.amend", path: "changes.capacity" }],
  "agreement.amend changed given": ["INVALID_INPUT", { function: "agreement.amend", path: "amendment.changed" }],
  "agreement.amend bad changes": ["INVALID_TYPE", { function: "agreement.amend", path: "changes" }],
};

describe("agreement. refusals", () => {
  it.each(cases)("%s", (label, fn) => {
    const got = thrown(fn);
    const [code, details] = expected[label] ?? ["", {}];
    expect(got).toMatchObject({ code, details });
  });

  it("lists an expectation for every case", () => {
    expect(Object.keys(expected).sort()).toEqual(cases.map(([label]) => label).sort());
  });
});

// Hand-built agreements with one broken part: every query refuses them, naming the path.
const S = "s";
const built = agreement.create({
  id: "a",
  title: "T",
  otherTitles: [{ name: "Accordo", sourceIds: [S] }],
  kind: "cooperationAgreement",
  sources: [{ id: S, title: "S" }],
  sourceIds: [S],
  parties: [
    { id: "zone", name: "Zone", kind: "zoneManagementCommittee", roles: ["signatory"] },
    { id: "parent", name: "Parent", kind: "company", otherNames: [{ name: "P", sourceIds: [S] }], roles: ["investor"] },
    {
      id: "child",
      name: "Child",
      kind: "company",
      parent: { partyId: "parent", share: "0.5", sourceIds: [S] },
      roles: ["projectCompany"],
    },
  ],
  facilities: [
    {
      id: "plant",
      name: "Plant",
      kind: "plant",
      capacity: capacity.plan({
        unit: "vehicles",
        total: "1",
        phases: [{ history: [{ status: "announced", on: "2021-11-27", sourceId: S }] }],
      }),
      sourceIds: [S],
    },
  ],
  commitments: [
    {
      id: "c",
      partyId: "child",
      kind: "productionPlant",
      description: "Build it",
      facilityId: "plant",
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
  amendments: [{ id: "n", date: "2022", description: "Renewed", sourceIds: [S] }],
});

/** A copy of `value` with the part at `path` replaced (or removed); each container on the way is copied, and frozen when the original was. */
function put(value: unknown, path: readonly (string | number)[], replacement: unknown, remove = false): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(value) ? [...(value as unknown[])] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  if (remove && rest.length === 0) delete copy[head];
  else copy[head] = put((value as Record<string | number, unknown>)[head], rest, replacement, remove);
  return Object.isFrozen(value) ? Object.freeze(copy) : copy;
}

const holey = (length: number, items: Record<number, unknown>): unknown[] =>
  Object.assign(new Array<unknown>(length), items);

const broken: [string, readonly (string | number)[], unknown, boolean?][] = [
  ["id", ["id"], ""],
  ["other title", ["otherTitles", 0], null],
  ["other title name", ["otherTitles", 0, "name"], undefined, true],
  ["other title sources", ["otherTitles", 0, "sourceIds"], undefined, true],
  ["party", ["parties", 0], null],
  ["party id", ["parties", 0, "id"], 0],
  ["party roles", ["parties", 0, "roles"], null],
  ["party roles with a hole", ["parties", 0, "roles"], holey(2, { 1: "investor" })],
  ["party role", ["parties", 0, "roles", 0], "a b"],
  ["party other names", ["parties", 1, "otherNames"], null],
  ["party other name", ["parties", 1, "otherNames", 0], null],
  ["party other name cited twice", ["parties", 1, "otherNames", 0, "sourceIds"], [S, S]],
  ["party sources", ["parties", 0, "sourceIds"], S],
  ["parent", ["parties", 2, "parent"], null],
  ["parent party", ["parties", 2, "parent", "partyId"], ""],
  ["parent share string", ["parties", 2, "parent", "share"], "0.5"],
  ["parent share NaN", ["parties", 2, "parent", "share"], new Decimal(Number.NaN)],
  ["parent share negative", ["parties", 2, "parent", "share"], new Decimal("-0.01")],
  ["parent share above 1", ["parties", 2, "parent", "share"], new Decimal("1.01")],
  ["parent sources", ["parties", 2, "parent", "sourceIds"], undefined, true],
  ["commitment", ["commitments", 0], null],
  ["commitment id", ["commitments", 0, "id"], undefined, true],
  ["commitment party", ["commitments", 0, "partyId"], ""],
  ["commitment kind", ["commitments", 0, "kind"], "a b"],
  ["commitment status", ["commitments", 0, "status"], "done"],
  ["commitment status missing", ["commitments", 0, "status"], undefined, true],
  ["commitment facility", ["commitments", 0, "facilityId"], ""],
  ["commitment sources", ["commitments", 0, "sourceIds"], null],
  ["facility", ["facilities", 0], null],
  ["facility id", ["facilities", 0, "id"], 1],
  ["facility capacity", ["facilities", 0, "capacity"], { unit: "vehicles" }],
  ["facility capacity history entry", ["facilities", 0, "capacity", "phases", 0, "history", 0], null],
  ["facility capacity history source", ["facilities", 0, "capacity", "phases", 0, "history", 0, "sourceId"], 0],
  ["facility sources", ["facilities", 0, "sourceIds"], undefined, true],
  ["milestone", ["milestones", 0], { id: "m", targets: [], reports: [] }],
  ["milestone target", ["milestones", 0, "targets", 0], null],
  ["milestone target source", ["milestones", 0, "targets", 0, "sourceId"], ""],
  ["milestone achieved", ["milestones", 0, "achieved"], Object.freeze([])],
  ["milestone achieved source", ["milestones", 0, "achieved", "sourceId"], 5],
  ["milestone report", ["milestones", 0, "reports", 0], "met"],
  ["milestone report source", ["milestones", 0, "reports", 0, "sourceId"], {}],
  ["amendment", ["amendments", 0], null],
  ["amendment id", ["amendments", 0, "id"], ""],
  ["amendment sources", ["amendments", 0, "sourceIds"], undefined, true],
  ["source", ["sources", 0], null],
  ["source id", ["sources", 0, "id"], ""],
  ["sources", ["sourceIds"], [""]],
];

describe("agreement queries refuse broken hand-built agreements", () => {
  it.each(broken)("%s", (label, path, replacement, remove) => {
    const a = put(built, path, replacement, remove) as Agreement;
    const got = thrown(() => agreement.claims(a));
    const [code, details] = refusedAs[label] ?? ["", {}];
    expect(got).toMatchObject({ code, details });
    // every query runs the same check first
    for (const query of [
      () => agreement.findParty(a, "zone"),
      () => agreement.partiesWithRole(a, "investor"),
      () => agreement.commitmentsWhere(a),
      () => agreement.parentChain(a, "zone"),
      () => agreement.effectiveShare(a, "zone", "zone"),
      () => agreement.citing(a, S),
      () => agreement.uncited(a),
    ]) {
      expect(place(thrown(query))).toEqual(place(got));
    }
  });

  it("lists an expectation for every case", () => {
    expect(Object.keys(refusedAs).sort()).toEqual(broken.map(([label]) => label).sort());
  });
});

const refusedAs: Record<string, readonly [string, Readonly<Record<string, unknown>>]> = {
  id: ["INVALID_VALUE", { function: "agreement.claims", path: "agreement.id" }],
  "other title": ["INVALID_VALUE", { function: "agreement.claims", path: "agreement.otherTitles[0]" }],
  "other title name": ["INVALID_VALUE", { function: "agreement.claims", path: "agreement.otherTitles[0].name" }],
  "other title sources": [
    "INVALID_VALUE",
    { function: "agreement.claims", path: "agreement.otherTitles[0].sourceIds" },
  ],
  party: ["INVALID_VALUE", { function: "agreement.claims", path: "agreement.parties[0]" }],
  "party id": ["INVALID_VALUE", { function: "agreement.claims", path: "agreement.parties[0].id" }],
  "party roles": ["INVALID_VALUE", { function: "agreement.claims", path: "agreement.parties[0].roles" }],
  "party roles with a hole": ["INVALID_VALUE", { function: "agreement.claims", path: "agreement.parties[0].roles[0]" }],
  "party role": ["INVALID_VALUE", { function: "agreement.claims", path: "agreement.parties[0].roles[0]" }],
  "party other names": ["INVALID_VALUE", { function: "agreement.claims", path: "agreement.parties[1].otherNames" }],
  "party other name": ["INVALID_VALUE", { function: "agreement.claims", path: "agreement.parties[1].otherNames[0]" }],
  "party other name cited twice": [
    "INVALID_VALUE",
    { function: "agreement.claims", path: "agreement.parties[1].otherNames[0].sourceIds[1]" },
  ],
  "party sources": ["INVALID_VALUE", { function: "agreement.claims", path: "agreement.parties[0].sourceIds" }],
  parent: ["INVALID_VALUE", { function: "agreement.claims", path: "agreement.parties[2].parent" }],
  "parent party": ["INVALID_VALUE", { function: "agreement.claims", path: "agreement.parties[2].parent.partyId" }],
  "parent share string": ["INVALID_VALUE", { function: "agreement.claims", path: "agreement.parties[2].parent.share" }],
  "parent share NaN": ["INVALID_VALUE", { function: "agreement.claims", path: "agreement.parties[2].parent.share" }],
  "parent share negative": [
    "INVALID_VALUE",
    { function: "agreement.claims", path: "agreement.parties[2].parent.share" },
  ],
  "parent share above 1": [
    "INVALID_VALUE",
    { function: "agreement.claims", path: "agreement.parties[2].parent.share" },
  ],
  "parent sources": ["INVALID_VALUE", { function: "agreement.claims", path: "agreement.parties[2].parent.sourceIds" }],
  commitment: ["INVALID_VALUE", { function: "agreement.claims", path: "agreement.commitments[0]" }],
  "commitment id": ["INVALID_VALUE", { function: "agreement.claims", path: "agreement.commitments[0].id" }],
  "commitment party": ["INVALID_VALUE", { function: "agreement.claims", path: "agreement.commitments[0].partyId" }],
  "commitment kind": ["INVALID_VALUE", { function: "agreement.claims", path: "agreement.commitments[0].kind" }],
  "commitment status": ["INVALID_VALUE", { function: "agreement.claims", path: "agreement.commitments[0].status" }],
  "commitment status missing": [
    "INVALID_VALUE",
    { function: "agreement.claims", path: "agreement.commitments[0].status" },
  ],
  "commitment facility": [
    "INVALID_VALUE",
    { function: "agreement.claims", path: "agreement.commitments[0].facilityId" },
  ],
  "commitment sources": ["INVALID_VALUE", { function: "agreement.claims", path: "agreement.commitments[0].sourceIds" }],
  facility: ["INVALID_VALUE", { function: "agreement.claims", path: "agreement.facilities[0]" }],
  "facility id": ["INVALID_VALUE", { function: "agreement.claims", path: "agreement.facilities[0].id" }],
  "facility capacity": ["INVALID_VALUE", { function: "agreement.claims", path: "agreement.facilities[0].capacity" }],
  "facility capacity history entry": [
    "INVALID_VALUE",
    { function: "agreement.claims", path: "agreement.facilities[0].capacity.phases[0].history[0]" },
  ],
  "facility capacity history source": [
    "INVALID_VALUE",
    { function: "agreement.claims", path: "agreement.facilities[0].capacity.phases[0].history[0].sourceId" },
  ],
  "facility sources": ["INVALID_VALUE", { function: "agreement.claims", path: "agreement.facilities[0].sourceIds" }],
  milestone: ["INVALID_VALUE", { function: "agreement.claims", path: "agreement.milestones[0]" }],
  "milestone target": ["INVALID_VALUE", { function: "agreement.claims", path: "agreement.milestones[0].targets[0]" }],
  "milestone target source": [
    "INVALID_VALUE",
    { function: "agreement.claims", path: "agreement.milestones[0].targets[0].sourceId" },
  ],
  "milestone achieved": ["INVALID_VALUE", { function: "agreement.claims", path: "agreement.milestones[0].achieved" }],
  "milestone achieved source": [
    "INVALID_VALUE",
    { function: "agreement.claims", path: "agreement.milestones[0].achieved.sourceId" },
  ],
  "milestone report": ["INVALID_VALUE", { function: "agreement.claims", path: "agreement.milestones[0].reports[0]" }],
  "milestone report source": [
    "INVALID_VALUE",
    { function: "agreement.claims", path: "agreement.milestones[0].reports[0].sourceId" },
  ],
  amendment: ["INVALID_VALUE", { function: "agreement.claims", path: "agreement.amendments[0]" }],
  "amendment id": ["INVALID_VALUE", { function: "agreement.claims", path: "agreement.amendments[0].id" }],
  "amendment sources": ["INVALID_VALUE", { function: "agreement.claims", path: "agreement.amendments[0].sourceIds" }],
  source: ["INVALID_VALUE", { function: "agreement.claims", path: "agreement.sources[0]" }],
  "source id": ["INVALID_VALUE", { function: "agreement.claims", path: "agreement.sources[0].id" }],
  sources: ["INVALID_VALUE", { function: "agreement.claims", path: "agreement.sourceIds[0]" }],
};

describe("the check of hand-built agreements", () => {
  it("takes ownership shares of 0 and 1", () => {
    for (const share of ["0", "1"]) {
      const a = put(built, ["parties", 2, "parent", "share"], new Decimal(share)) as Agreement;
      expect(agreement.effectiveShare(a, "child", "parent")?.toString()).toBe(share);
    }
  });

  it("takes milestones and capacity plans built by hand, frozen or not, as they have everything the queries read", () => {
    const m = put(built, ["milestones", 0], {
      ...built.milestones[0],
      targets: [{ ...built.milestones[0]?.targets[0] }],
    }) as Agreement;
    expect(agreement.claims(m)).toEqual(agreement.claims(built));
    const plan = built.facilities[0]?.capacity;
    const p = put(built, ["facilities", 0, "capacity"], {
      ...plan,
      phases: plan?.phases.map((phase) => ({ ...phase })),
    }) as Agreement;
    expect(agreement.claims(p)).toEqual(agreement.claims(built));
  });

  it("takes a facility without a capacity plan", () => {
    const a = put(built, ["facilities", 0, "capacity"], undefined, true) as Agreement;
    expect(agreement.claims(a).map((c) => c.kind)).toEqual(
      agreement
        .claims(built)
        .map((c) => c.kind)
        .filter((k) => k !== "phaseStatus"),
    );
  });

  it("is what amend runs first: a party without roles is refused, not amended into one with none", () => {
    const a = put(built, ["parties", 0, "roles"], undefined, true) as Agreement;
    expect(thrown(() => agreement.amend(a, { id: "n2", date: "2023", description: "d" }))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "agreement.amend", path: "agreement.parties[0].roles", expected: "an array" },
    });
  });

  it("is run again on an agreement that is not frozen throughout, which may have changed", () => {
    const parties = [...built.parties] as unknown[];
    const a = Object.freeze({ ...built, parties }) as Agreement;
    expect(agreement.claims(a).length).toBe(agreement.claims(built).length);
    parties[0] = null;
    expect(thrown(() => agreement.claims(a))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "agreement.claims", path: "agreement.parties[0]", received: null },
    });

    const loose = { ...built } as { -readonly [K in keyof Agreement]: Agreement[K] };
    expect(agreement.uncited(loose)).toEqual(agreement.uncited(built));
    loose.sourceIds = [""];
    expect(thrown(() => agreement.uncited(loose))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "agreement.uncited", path: "agreement.sourceIds[0]", received: "" },
    });

    const party = Object.assign(Object.create(null) as object, built.parties[0]) as Record<string, unknown>;
    const bare = Object.freeze({ ...built, parties: Object.freeze([party, ...built.parties.slice(1)]) }) as Agreement;
    expect(agreement.findParty(bare, "zone")).toEqual(party);
    party["roles"] = "signatory";
    expect(thrown(() => agreement.findParty(bare, "zone"))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "agreement.findParty", path: "agreement.parties[0].roles", received: "signatory" },
    });

    const plain = { ...built.commitments[0] } as Record<string, unknown>;
    const within = Object.freeze({ ...built, commitments: Object.freeze([plain]) }) as unknown as Agreement;
    expect(agreement.commitmentsWhere(within)).toEqual([plain]);
    plain["status"] = "done";
    expect(thrown(() => agreement.commitmentsWhere(within))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "agreement.commitmentsWhere", path: "agreement.commitments[0].status", received: "done" },
    });
  });

  it("reads a hand-built agreement once per call: each getter is called once, at every call", () => {
    let reads = 0;
    const counted = Object.freeze(
      Object.defineProperty({ ...built }, "parties", { enumerable: true, get: () => (reads++, built.parties) }),
    ) as Agreement;
    for (const query of [
      () => agreement.claims(counted),
      () => agreement.citing(counted, S),
      () => agreement.uncited(counted),
      () => agreement.findParty(counted, "zone"),
      () => agreement.parentChain(counted, "child"),
      () => agreement.effectiveShare(counted, "child", "parent"),
      () => agreement.commitmentsWhere(counted, { partyId: "zone" }),
      () => agreement.amend(counted, { id: "n2", date: "2023", description: "d" }),
    ]) {
      reads = 0;
      query();
      expect(reads).toBe(1);
      query();
      expect(reads).toBe(2);
    }

    const cyclic: Record<string, unknown> = { ...built };
    cyclic["self"] = cyclic;
    cyclic["nothing"] = undefined;
    Object.freeze(cyclic);
    expect(agreement.claims(cyclic as unknown as Agreement)).toEqual(agreement.claims(built));
  });

  it("never answers from two reads of a getter that changes between them", () => {
    // a frozen agreement whose parties are there at the first read and gone at the next ones
    let reads = 0;
    const shifty = Object.freeze(
      Object.defineProperty({ ...built }, "parties", {
        enumerable: true,
        get: () => (reads++ === 0 ? built.parties : undefined),
      }),
    ) as Agreement;
    expect(agreement.parentChain(shifty, "child").map((p) => p.id)).toEqual(["parent"]);
    expect(reads).toBe(1);
    expect(thrown(() => agreement.findParty(shifty, "zone"))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "agreement.findParty", path: "agreement" },
    });
    // a parent link whose share changes between reads: the check and the product read the same share
    let shareReads = 0;
    const child = built.parties[2] as AgreementParty;
    const link = Object.defineProperty({ ...child.parent }, "share", {
      enumerable: true,
      get: () => (shareReads++ === 0 ? new Decimal("0.5") : "not a decimal"),
    });
    const a = put(built, ["parties", 2, "parent"], Object.freeze(link)) as Agreement;
    expect(agreement.effectiveShare(a, "child", "parent")?.toString()).toBe("0.5");
    expect(shareReads).toBe(1);
  });
});
