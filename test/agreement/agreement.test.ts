import { describe, expect, it } from "vitest";
import * as agreement from "../../src/agreement/index.js";
import type { AgreementInput } from "../../src/agreement/types.js";
import { thrown } from "../support.js";
import * as capacity from "../../src/capacity/index.js";
import * as milestone from "../../src/milestone/index.js";
import * as money from "../../src/money/index.js";
import * as period from "../../src/period/index.js";
import { SEED, seedAgreement } from "../fixtures/seed.js";

const base: AgreementInput = {
  id: "a",
  title: "T",
  kind: "investmentAgreement",
  sources: [{ id: "s", title: "Source" }],
  parties: [
    { id: "zone", name: "Zone", kind: "zoneManagementCommittee", roles: ["zoneAuthority"] },
    { id: "co", name: "Co", kind: "company", roles: ["investor"] },
  ],
};

describe("agreement.source", () => {
  it("keeps the fields given and parses the publication period", () => {
    const s = agreement.source({
      id: "s",
      url: "https://example.org/a",
      publisher: "P",
      published: "2021-Q4",
      language: "zh-Hans",
      note: "n",
    });
    expect(s).toEqual({
      id: "s",
      url: "https://example.org/a",
      publisher: "P",
      published: { kind: "quarter", year: 2021, quarter: 4 },
      language: "zh-Hans",
      note: "n",
    });
    expect(Object.isFrozen(s)).toBe(true);
    expect("title" in s).toBe(false);
  });

  it("accepts a Period value for the publication", () => {
    expect(agreement.source({ id: "s", title: "t", published: period.day("2021-11-27") }).published).toEqual(
      period.day("2021-11-27"),
    );
  });

  it("refuses bad sources with codes", () => {
    expect(thrown(() => agreement.source({ id: "s" }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.source", path: "input" },
    });
    expect(thrown(() => agreement.source({ id: "s" }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.source", path: "input" },
    });
    expect(thrown(() => agreement.source({ id: "", title: "t" }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.source", path: "input.id" },
    });
    expect(thrown(() => agreement.source({ id: " s", title: "t" }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.source", path: "input.id" },
    });
    expect(thrown(() => agreement.source({ id: "s", url: "ftp://example.org" }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.source", path: "input.url" },
    });
    expect(thrown(() => agreement.source({ id: "s", url: "not a url" }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.source", path: "input.url" },
    });
    expect(thrown(() => agreement.source({ id: "s", title: "t", language: "italian language" }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.source", path: "input.language" },
    });
    expect(thrown(() => agreement.source({ id: "s", title: "t", published: "2021-Q5" }))).toMatchObject({
      code: "INVALID_PERIOD",
      details: { function: "agreement.source", path: "input.published" },
    });
    expect(thrown(() => agreement.source({ id: "s", title: "t", published: "2021-Q5" }))).toMatchObject({
      code: "INVALID_PERIOD",
      details: { function: "agreement.source", path: "input.published" },
    });
    expect(thrown(() => agreement.source({ id: "s", title: "t", published: { kind: "year", year: 0 } }))).toMatchObject(
      { code: "OUT_OF_RANGE", details: { function: "agreement.source", path: "input.published.year" } },
    );
    expect(thrown(() => agreement.source(null as never))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "agreement.source", path: "input" },
    });
    expect(thrown(() => agreement.source({ id: 7 } as never))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "agreement.source", path: "input.id" },
    });
  });
});

describe("agreement.party", () => {
  it("fills empty lists and freezes nested values", () => {
    const p = agreement.party({ id: "p", name: "P", kind: "company", parent: { partyId: "q", share: 0.25 } });
    expect(p.otherNames).toEqual([]);
    expect(p.identifiers).toEqual([]);
    expect(p.sourceIds).toEqual([]);
    expect(p.parent?.share?.toString()).toBe("0.25");
    expect(p.parent?.sourceIds).toEqual([]);
    for (const v of [p, p.otherNames, p.identifiers, p.parent, p.sourceIds]) expect(Object.isFrozen(v)).toBe(true);
  });

  it("does not mutate its input", () => {
    const input = { id: "p", name: "P", kind: "company", otherNames: [{ name: "PP", lang: "en" }], sourceIds: ["s"] };
    const copy = structuredClone(input);
    const p = agreement.party(input);
    expect(input).toEqual(copy);
    expect(Object.isFrozen(input)).toBe(false);
    expect(p.otherNames[0]).not.toBe(input.otherNames[0]);
    expect(p.otherNames[0]).toEqual({ name: "PP", lang: "en", sourceIds: [] });
  });

  it("refuses bad parties with codes", () => {
    expect(thrown(() => agreement.party({ id: "p", name: "", kind: "company" }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.party", path: "input.name" },
    });
    expect(thrown(() => agreement.party({ id: "p", name: "P", kind: "a company" }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.party", path: "input.kind" },
    });
    expect(
      thrown(() => agreement.party({ id: "p", name: "P", kind: "company", parent: { partyId: "p" } })),
    ).toMatchObject({ code: "INVALID_INPUT", details: { function: "agreement.party", path: "input.parent.partyId" } });
    expect(
      thrown(() => agreement.party({ id: "p", name: "P", kind: "company", parent: { partyId: "q", share: "1.01" } })),
    ).toMatchObject({ code: "OUT_OF_RANGE", details: { function: "agreement.party", path: "input.parent.share" } });
    expect(
      thrown(() => agreement.party({ id: "p", name: "P", kind: "company", parent: { partyId: "q", share: -0.1 } })),
    ).toMatchObject({ code: "OUT_OF_RANGE", details: { function: "agreement.party", path: "input.parent.share" } });
    expect(
      thrown(() =>
        agreement.party({ id: "p", name: "P", kind: "company", parent: { partyId: "q", share: Number.NaN } }),
      ),
    ).toMatchObject({ code: "INVALID_NUMBER", details: { function: "agreement.party", path: "input.parent.share" } });
    expect(
      thrown(() => agreement.party({ id: "p", name: "P", kind: "company", parent: { partyId: "q", share: "half" } })),
    ).toMatchObject({ code: "INVALID_NUMBER", details: { function: "agreement.party", path: "input.parent.share" } });
    const twice = [
      { scheme: "LEI", id: "1" },
      { scheme: "LEI", id: "1" },
    ];
    expect(thrown(() => agreement.party({ id: "p", name: "P", kind: "company", identifiers: twice }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.party", path: "input.identifiers[1]" },
    });
    expect(thrown(() => agreement.party({ id: "p", name: "P", kind: "company", sourceIds: ["s", "s"] }))).toMatchObject(
      { code: "INVALID_INPUT", details: { function: "agreement.party", path: "input.sourceIds[1]" } },
    );
    expect(
      thrown(() => agreement.party({ id: "p", name: "P", kind: "company", otherNames: "P" as never })),
    ).toMatchObject({ code: "INVALID_TYPE", details: { function: "agreement.party", path: "input.otherNames" } });
    expect(
      thrown(() => agreement.party({ id: "p", name: "P", kind: "company", otherNames: [{ name: "Q", lang: "x" }] })),
    ).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.party", path: "input.otherNames[0].lang" },
    });
  });
});

describe("agreement.commitment", () => {
  it("defaults the status and keeps quantity, facility and due", () => {
    const c = agreement.commitment({
      id: "jobs",
      partyId: "co",
      kind: "jobs",
      description: "Create jobs",
      quantity: { value: "5000", unit: "jobs" },
      facilityId: "f",
      due: "2025",
    });
    expect(c.status).toBe("pending");
    expect(c.quantity?.value.toString()).toBe("5000");
    expect(c.quantity?.unit).toBe("jobs");
    expect(c.facilityId).toBe("f");
    expect(period.format(c.due!)).toBe("2025");
    expect(Object.isFrozen(c.quantity)).toBe(true);
  });

  it("refuses bad commitments with codes", () => {
    const ok = { id: "c", partyId: "co", kind: "investment", description: "d" } as const;
    expect(thrown(() => agreement.commitment({ ...ok, status: "done" as never }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.commitment", path: "input.status" },
    });
    expect(
      thrown(() => agreement.commitment({ ...ok, amount: { amount: 5, currency: "CNY" } as never })),
    ).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "agreement.commitment", path: "input.amount.amount" },
    });
    expect(thrown(() => agreement.commitment({ ...ok, amount: null as never }))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "agreement.commitment", path: "input.amount" },
    });
    expect(
      thrown(() => agreement.commitment({ ...ok, amount: { amount: null, currency: { code: "CNY" } } as never })),
    ).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "agreement.commitment", path: "input.amount.amount" },
    });
    expect(thrown(() => agreement.commitment({ ...ok, quantity: { value: Infinity, unit: "jobs" } }))).toMatchObject({
      code: "INVALID_NUMBER",
      details: { function: "agreement.commitment", path: "input.quantity.value" },
    });
    expect(thrown(() => agreement.commitment({ ...ok, quantity: { value: 1, unit: "" } }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.commitment", path: "input.quantity.unit" },
    });
    expect(thrown(() => agreement.commitment({ ...ok, due: "2024-H3" }))).toMatchObject({
      code: "INVALID_PERIOD",
      details: { function: "agreement.commitment", path: "input.due" },
    });
    expect(thrown(() => agreement.commitment({ ...ok, description: "  " }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.commitment", path: "input.description" },
    });
    expect(thrown(() => agreement.commitment({ ...ok, amount: money.of("1", "USD") }))).toBe("no error");
  });
});

describe("agreement.create", () => {
  it("freezes the agreement and everything in it", () => {
    const a = agreement.create(base);
    for (const v of [
      a,
      a.parties,
      a.parties[0],
      a.parties[0]?.roles,
      a.commitments,
      a.facilities,
      a.milestones,
      a.amendments,
      a.sources,
      a.sources[0],
      a.sourceIds,
      a.otherTitles,
    ]) {
      expect(Object.isFrozen(v)).toBe(true);
    }
    expect("signed" in a).toBe(false);
  });

  it("does not mutate its input", () => {
    const input = structuredClone(base);
    agreement.create(input);
    expect(input).toEqual(base);
    expect(Object.isFrozen(input.parties)).toBe(false);
  });

  it("accepts its own output as input and returns an equal agreement", () => {
    const again = agreement.create(seedAgreement);
    expect(again).toEqual(seedAgreement);
    expect(again).not.toBe(seedAgreement);
  });

  it("refuses duplicate ids in every list", () => {
    const dupParty = { ...base, parties: [...(base.parties ?? []), { id: "co", name: "Other", kind: "company" }] };
    expect(thrown(() => agreement.create(dupParty))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.create", path: "input.parties[2].id" },
    });
    const c = { id: "c", partyId: "co", kind: "jobs", description: "d" };
    expect(thrown(() => agreement.create({ ...base, commitments: [c, c] }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.create", path: "input.commitments[1].id" },
    });
    const f = { id: "f", name: "F", kind: "plant" };
    expect(thrown(() => agreement.create({ ...base, facilities: [f, f] }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.create", path: "input.facilities[1].id" },
    });
    const m = milestone.of({ id: "m", kind: "massProduction", targets: [{ target: "2024-S1", asOf: "2021-11-27" }] });
    expect(thrown(() => agreement.create({ ...base, milestones: [m, m] }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.create", path: "input.milestones[1].id" },
    });
    expect(
      thrown(() =>
        agreement.create({
          ...base,
          sources: [
            { id: "s", title: "a" },
            { id: "s", title: "b" },
          ],
        }),
      ),
    ).toMatchObject({ code: "INVALID_INPUT", details: { function: "agreement.create", path: "input.sources[1].id" } });
    const am = { id: "m1", date: "2022", description: "d" };
    expect(thrown(() => agreement.create({ ...base, amendments: [am, am] }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.create", path: "input.amendments[1].id" },
    });
    expect(
      thrown(() =>
        agreement.create({
          ...base,
          parties: [{ id: "z", name: "Z", kind: "company", roles: ["investor", "investor"] }],
        }),
      ),
    ).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.create", path: "input.parties[0].roles[1]" },
    });
  });

  it("refuses references to missing parties, facilities and sources", () => {
    expect(
      thrown(() =>
        agreement.create({ ...base, commitments: [{ id: "c", partyId: "nobody", kind: "jobs", description: "d" }] }),
      ),
    ).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.create", path: "input.commitments[0].partyId" },
    });
    expect(
      thrown(() =>
        agreement.create({
          ...base,
          commitments: [{ id: "c", partyId: "co", kind: "jobs", description: "d", facilityId: "f" }],
        }),
      ),
    ).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.create", path: "input.commitments[0].facilityId" },
    });
    expect(
      thrown(() =>
        agreement.create({ ...base, facilities: [{ id: "f", name: "F", kind: "plant", operatorId: "nobody" }] }),
      ),
    ).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.create", path: "input.facilities[0].operatorId" },
    });
    expect(
      thrown(() =>
        agreement.create({
          ...base,
          parties: [{ id: "p", name: "P", kind: "company", parent: { partyId: "nobody" } }],
        }),
      ),
    ).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.create", path: "input.parties[0].parent.partyId" },
    });
    expect(thrown(() => agreement.create({ ...base, sourceIds: ["t"] }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.create", path: "input.sourceIds[0]" },
    });
    expect(thrown(() => agreement.create({ ...base, otherTitles: [{ name: "x", sourceIds: ["t"] }] }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.create", path: "input.otherTitles[0].sourceIds[0]" },
    });
    expect(
      thrown(() =>
        agreement.create({
          ...base,
          parties: [{ id: "p", name: "P", kind: "company", otherNames: [{ name: "x", sourceIds: ["t"] }] }],
        }),
      ),
    ).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.create", path: "input.parties[0].otherNames[0].sourceIds[0]" },
    });
    expect(
      thrown(() => agreement.create({ ...base, parties: [{ id: "p", name: "P", kind: "company", sourceIds: ["t"] }] })),
    ).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.create", path: "input.parties[0].sourceIds[0]" },
    });
    expect(
      thrown(() =>
        agreement.create({
          ...base,
          commitments: [{ id: "c", partyId: "co", kind: "jobs", description: "d", sourceIds: ["t"] }],
        }),
      ),
    ).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.create", path: "input.commitments[0].sourceIds[0]" },
    });
    expect(
      thrown(() =>
        agreement.create({ ...base, facilities: [{ id: "f", name: "F", kind: "plant", sourceIds: ["t"] }] }),
      ),
    ).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.create", path: "input.facilities[0].sourceIds[0]" },
    });
    expect(
      thrown(() =>
        agreement.create({ ...base, amendments: [{ id: "m", date: "2022", description: "d", sourceIds: ["t"] }] }),
      ),
    ).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.create", path: "input.amendments[0].sourceIds[0]" },
    });
    const parentCites = {
      ...base,
      parties: [
        ...(base.parties ?? []),
        { id: "p", name: "P", kind: "company", parent: { partyId: "co", sourceIds: ["t"] } },
      ],
    };
    expect(thrown(() => agreement.create(parentCites))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.create", path: "input.parties[2].parent.sourceIds[0]" },
    });
  });

  it("refuses cycles of parents, naming the cycle", () => {
    const parties = [
      { id: "a", name: "A", kind: "company", parent: { partyId: "b" } },
      { id: "b", name: "B", kind: "company", parent: { partyId: "c" } },
      { id: "c", name: "C", kind: "company", parent: { partyId: "a" } },
      { id: "d", name: "D", kind: "company", parent: { partyId: "a" } },
    ];
    expect(thrown(() => agreement.create({ ...base, parties }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.create", path: "input.parties" },
    });
    const ok = parties.slice(0, 2).concat([{ id: "c", name: "C", kind: "company" }] as never, parties.slice(3));
    expect(thrown(() => agreement.create({ ...base, parties: ok }))).toBe("no error");
  });

  it("refuses amendments certainly out of order, accepts overlapping periods", () => {
    const at = (...dates: string[]) => dates.map((date, i) => ({ id: `m${i}`, date, description: "d" }));
    expect(thrown(() => agreement.create({ ...base, signed: "2021-11-27", amendments: at("2021-06") }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.create", path: "input.amendments[0].date" },
    });
    expect(thrown(() => agreement.create({ ...base, amendments: at("2023", "2022-05") }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.create", path: "input.amendments[1].date" },
    });
    expect(
      thrown(() => agreement.create({ ...base, signed: "2021", amendments: at("2021-11-30", "2021-Q4", "2022") })),
    ).toBe("no error");
    expect(thrown(() => agreement.create({ ...base, signed: "2021-11-27", amendments: at("2021-11-27") }))).toBe(
      "no error",
    );
  });

  it("refuses unknown amendment fields, and milestones or capacity plans not made by their namespaces", () => {
    expect(
      thrown(() =>
        agreement.create({
          ...base,
          amendments: [{ id: "m", date: "2022", description: "d", changed: ["capacity" as never] }],
        }),
      ),
    ).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.create", path: "input.amendments[0].changed[0]" },
    });
    const m = milestone.of({ id: "m", kind: "massProduction", targets: [{ target: "2024-S1", asOf: "2021-11-27" }] });
    expect(thrown(() => agreement.create({ ...base, milestones: [{ ...m, id: "" }] }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.create", path: "input.milestones[0].id" },
    });
    expect(thrown(() => agreement.create({ ...base, milestones: ["m" as never] }))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "agreement.create", path: "input.milestones[0]" },
    });
    expect(thrown(() => agreement.create({ ...base, milestones: [{ id: "m" } as never] }))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "agreement.create", path: "input.milestones[0]" },
    });
    expect(
      thrown(() => agreement.create({ ...base, milestones: [{ ...m, achieved: "2024-04-03" } as never] })),
    ).toMatchObject({ code: "INVALID_VALUE", details: { function: "agreement.create", path: "input.milestones[0]" } });
    expect(thrown(() => agreement.create({ ...base, milestones: [{ ...m }] }))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "agreement.create", path: "input.milestones[0]" },
    });
    const plan = capacity.plan({ unit: "vehicles", total: "300000", phases: [{}, {}] });
    const facility = { id: "f", name: "F", kind: "plant" };
    expect(thrown(() => agreement.create({ ...base, facilities: [{ ...facility, capacity: plan }] }))).toBe("no error");
    expect(
      thrown(() => agreement.create({ ...base, facilities: [{ ...facility, capacity: { ...plan } }] })),
    ).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "agreement.create", path: "input.facilities[0].capacity" },
    });
    expect(
      thrown(() =>
        agreement.create({ ...base, facilities: [{ ...facility, capacity: Object.freeze({ total: 1 }) as never }] }),
      ),
    ).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "agreement.create", path: "input.facilities[0].capacity.unit" },
    });
    expect(
      thrown(() =>
        agreement.create({
          ...base,
          facilities: [{ ...facility, capacity: Object.freeze({ ...plan, phases: [1] }) as never }],
        }),
      ),
    ).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "agreement.create", path: "input.facilities[0].capacity.phases[0]" },
    });
  });

  it("checks and lists the sources that milestones and capacity phases cite", () => {
    const m = milestone.reviseTarget(
      milestone.of({
        id: "m",
        kind: "massProduction",
        targets: [{ target: "2024-S1", asOf: "2021-11-27", sourceId: "s" }],
      }),
      "2024-Q2",
      "2022-06-01",
    );
    const reached = milestone.report(milestone.achieve(m, "2024-04-03", "s"), "met", "2024-04-03", "s");
    const plan = capacity.plan({
      unit: "vehicles",
      total: "300000",
      phases: [{ history: [{ status: "announced", on: "2021-11-27", sourceId: "s" }] }, {}],
    });
    const a = agreement.create({
      ...base,
      milestones: [reached],
      facilities: [{ id: "f", name: "F", kind: "plant", capacity: plan, sourceIds: ["s"] }],
    });
    expect(agreement.citing(a, "s").map((c) => `${c.kind} ${c.id} ${c.path}`)).toEqual([
      "facility f /facilities/0",
      "phaseStatus f /facilities/0/capacity/phases/0/history/0",
      "milestoneTarget m /milestones/0/targets/0",
      "milestoneAchievement m /milestones/0/achieved",
      "milestoneReport m /milestones/0/reports/0",
    ]);
    expect(agreement.uncited(a).map((c) => c.path)).toContain("/milestones/0/targets/1");
    const elsewhere = { ...base, sources: [{ id: "other", title: "Other" }] };
    expect(thrown(() => agreement.create({ ...elsewhere, milestones: [reached] }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.create", path: "input.milestones[0].targets[0].sourceId[0]" },
    });
    expect(
      thrown(() =>
        agreement.create({ ...elsewhere, facilities: [{ id: "f", name: "F", kind: "plant", capacity: plan }] }),
      ),
    ).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.create", path: "input.facilities[0].capacity.phases[0].history[0].sourceId[0]" },
    });
    const achievedOnly = milestone.achieve(
      milestone.of({ id: "m", kind: "massProduction", targets: [{ target: "2024-S1", asOf: "2021-11-27" }] }),
      "2024-04-03",
      "s",
    );
    expect(thrown(() => agreement.create({ ...elsewhere, milestones: [achievedOnly] }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.create", path: "input.milestones[0].achieved.sourceId[0]" },
    });
    const reportOnly = milestone.report(
      milestone.of({ id: "m", kind: "massProduction", targets: [{ target: "2024-S1", asOf: "2021-11-27" }] }),
      "met",
      "2024-04-03",
      "s",
    );
    expect(thrown(() => agreement.create({ ...elsewhere, milestones: [reportOnly] }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.create", path: "input.milestones[0].reports[0].sourceId[0]" },
    });
  });

  it("checks and lists the sources of each account of an achievement", () => {
    const m = milestone.of({
      id: "m",
      kind: "massProduction",
      targets: [{ target: "2024-S1", asOf: "2021-11-27", sourceId: "s" }],
      achieved: { on: "2024-03-28", sourceId: "s", accounts: [{ on: "2023-12", sourceId: "s" }, { on: "2024-03" }] },
    });
    const a = agreement.create({ ...base, milestones: [m] });
    expect(agreement.citing(a, "s").map((c) => `${c.kind} ${c.path}`)).toContain(
      "milestoneAchievement /milestones/0/achieved/accounts/0",
    );
    expect(agreement.uncited(a).map((c) => c.path)).toContain("/milestones/0/achieved/accounts/1");
    const elsewhere = { ...base, sources: [{ id: "other", title: "Other" }] };
    const onlyAccount = milestone.of({
      ...m,
      targets: [{ target: "2024-S1", asOf: "2021-11-27" }],
      achieved: { on: "2024-03-28", accounts: [{ on: "2023-12", sourceId: "s" }] },
    });
    expect(thrown(() => agreement.create({ ...elsewhere, milestones: [onlyAccount] }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.create", path: "input.milestones[0].achieved.accounts[0].sourceId[0]" },
    });
    const plan = capacity.plan({
      unit: "vehicles",
      total: "300000",
      phases: [{ history: [{ status: "announced", on: "2021-11-27", accounts: [{ on: "2021-11", sourceId: "s" }] }] }],
    });
    const f = { id: "f", name: "F", kind: "plant", capacity: plan };
    expect(agreement.citing(agreement.create({ ...base, facilities: [f] }), "s").map((c) => c.path)).toEqual([
      "/facilities/0/capacity/phases/0/history/0/accounts/0",
    ]);
    expect(thrown(() => agreement.create({ ...elsewhere, facilities: [f] }))).toMatchObject({
      code: "INVALID_INPUT",
      details: {
        function: "agreement.create",
        path: "input.facilities[0].capacity.phases[0].history[0].accounts[0].sourceId[0]",
      },
    });
  });
});

describe("agreement queries", () => {
  it("validate their arguments", () => {
    expect(thrown(() => agreement.findParty(seedAgreement, ""))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.findParty", path: "partyId" },
    });
    expect(thrown(() => agreement.findParty({} as never, "x"))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "agreement.findParty", path: "agreement" },
    });
    expect(thrown(() => agreement.partiesWithRole(seedAgreement, 3 as never))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "agreement.partiesWithRole", path: "role" },
    });
    expect(thrown(() => agreement.commitmentsWhere(seedAgreement, { partyId: "nobody" }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.commitmentsWhere", path: "filter.partyId" },
    });
    expect(thrown(() => agreement.commitmentsWhere(seedAgreement, null as never))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "agreement.commitmentsWhere", path: "filter" },
    });
    expect(thrown(() => agreement.parentChain(seedAgreement, "nobody"))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.parentChain", path: "partyId" },
    });
    expect(thrown(() => agreement.citing(seedAgreement, "nowhere"))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.citing", path: "sourceId" },
    });
    expect(thrown(() => agreement.effectiveShare(seedAgreement, "xiaomi", "xiaomi-automotive"))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.effectiveShare", path: "ownerId" },
    });
    expect(thrown(() => agreement.claims(null as never))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "agreement.claims", path: "agreement" },
    });
    expect(thrown(() => agreement.claims({ parties: [], commitments: [] } as never))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "agreement.claims", path: "agreement" },
    });
  });

  it("commitmentsWhere combines criteria", () => {
    expect(
      agreement
        .commitmentsWhere(seedAgreement, { partyId: "xiaomi-automotive", kind: "headquarters" })
        .map((c) => c.id),
    ).toEqual(["headquarters"]);
    expect(agreement.commitmentsWhere(seedAgreement, { status: "met" })).toEqual([]);
    expect(agreement.commitmentsWhere(seedAgreement, { facilityId: "vehicle-plant" }).map((c) => c.id)).toEqual([
      "plant",
    ]);
    expect(Object.isFrozen(agreement.commitmentsWhere(seedAgreement))).toBe(true);
  });

  it("effectiveShare is 1 for the party itself and undefined when a share is unknown", () => {
    expect(agreement.effectiveShare(seedAgreement, "xiaomi", "xiaomi")?.toString()).toBe("1");
    expect(agreement.effectiveShare(seedAgreement, "xiaomi-automotive", "xiaomi")).toBeUndefined();
  });

  it("parentChain guards against hand-built cycles", () => {
    const parties = seedAgreement.parties.map((p) =>
      p.id === "xiaomi" ? { ...p, parent: { partyId: "xiaomi-automotive", sourceIds: [] } } : p,
    );
    expect(thrown(() => agreement.parentChain({ ...seedAgreement, parties }, "xiaomi-automotive"))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "agreement.parentChain", path: "agreement.parties[1].parent.partyId" },
    });
  });

  it("citing lists parent links and names that cite the source", () => {
    const paths = agreement.citing(seedAgreement, SEED).map((c) => `${c.kind} ${c.path}`);
    expect(paths).toContain("parent /parties/2/parent");
    expect(paths).toContain("partyName /parties/0/otherNames/0");
    expect(paths).toContain("facility /facilities/0");
  });
});

describe("agreement.amend", () => {
  it("records an amendment that changes nothing", () => {
    const a = agreement.amend(seedAgreement, {
      id: "confirm",
      date: "2022",
      description: "Confirmed at a press conference",
      sourceIds: [SEED],
    });
    expect(a.amendments).toEqual([
      {
        id: "confirm",
        date: { kind: "year", year: 2022 },
        description: "Confirmed at a press conference",
        changed: [],
        sourceIds: [SEED],
      },
    ]);
    expect({ ...a, amendments: [] }).toEqual(seedAgreement);
  });

  it("ignores keys given as undefined", () => {
    const a = agreement.amend(seedAgreement, { id: "m", date: "2022", description: "d" }, {
      title: undefined,
    } as never);
    expect(a.title).toBe(seedAgreement.title);
    expect(a.amendments[0]?.changed).toEqual([]);
  });

  it("chains amendments, oldest first", () => {
    const a1 = agreement.amend(
      seedAgreement,
      { id: "a1", date: "2022-01", description: "Title corrected" },
      { title: "Accordo di cooperazione strategica" },
    );
    const a2 = agreement.amend(
      a1,
      { id: "a2", date: "2022-06-01", description: "Signing date known", rationale: "Official notice" },
      { signed: "2021-11-27" },
    );
    expect(a2.amendments.map((m) => [m.id, m.changed])).toEqual([
      ["a1", ["title"]],
      ["a2", ["signed"]],
    ]);
    expect(a2.amendments[1]?.rationale).toBe("Official notice");
    expect(period.format(a2.signed!)).toBe("2021-11-27");
    expect(a1.amendments.length).toBe(1);
    expect(seedAgreement.title).toBe("Accordo di cooperazione");
  });

  it("lists amendments among the claims", () => {
    const a = agreement.amend(seedAgreement, {
      id: "confirm",
      date: "2022",
      description: "Confirmed",
      sourceIds: [SEED],
    });
    expect(agreement.citing(a, SEED).at(-1)).toEqual({
      kind: "amendment",
      id: "confirm",
      path: "/amendments/0",
      sourceIds: [SEED],
    });
  });

  it("refuses bad amendments", () => {
    expect(thrown(() => agreement.amend({} as never, { id: "x", date: "2022", description: "d" }))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "agreement.amend", path: "agreement" },
    });
    expect(thrown(() => agreement.amend(seedAgreement, null as never))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "agreement.amend", path: "amendment" },
    });
    expect(
      thrown(() => agreement.amend(seedAgreement, { id: "x", date: "2022", description: "d" }, null as never)),
    ).toMatchObject({ code: "INVALID_TYPE", details: { function: "agreement.amend", path: "changes" } });
    expect(
      thrown(() =>
        agreement.amend(seedAgreement, { id: "x", date: "2022", description: "d" }, { amendments: [] } as never),
      ),
    ).toMatchObject({ code: "UNKNOWN_OPTION", details: { function: "agreement.amend", path: "changes.amendments" } });
    expect(
      thrown(() =>
        agreement.amend(seedAgreement, { id: "x", date: "2022", description: "d", changed: ["title"] } as never),
      ),
    ).toMatchObject({ code: "INVALID_INPUT", details: { function: "agreement.amend", path: "amendment.changed" } });
    expect(thrown(() => agreement.amend(seedAgreement, { id: "x", date: "2020", description: "d" }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.amend", path: "agreement.amendments[0].date" },
    });
    expect(
      thrown(() => agreement.amend(seedAgreement, { id: "x", date: "2022", description: "d", sourceIds: ["new"] })),
    ).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.amend", path: "agreement.amendments[0].sourceIds[0]" },
    });
    expect(thrown(() => agreement.amend(seedAgreement, { id: "x", date: "someday", description: "d" }))).toMatchObject({
      code: "INVALID_PERIOD",
      details: { function: "agreement.amend", path: "agreement.amendments[0].date" },
    });
    const once = agreement.amend(seedAgreement, { id: "x", date: "2022", description: "d" });
    expect(thrown(() => agreement.amend(once, { id: "x", date: "2023", description: "d" }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.amend", path: "agreement.amendments[1].id" },
    });
    expect(
      thrown(() =>
        agreement.amend(
          seedAgreement,
          { id: "x", date: "2022", description: "d" },
          { commitments: [{ id: "c", partyId: "nobody", kind: "jobs", description: "d" }] },
        ),
      ),
    ).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.amend", path: "agreement.commitments[0].partyId" },
    });
  });
});
