import { describe, expect, it } from "vitest";
import * as agreement from "../../src/agreement/index.js";
import { SEED, seedAgreement } from "../fixtures/seed.js";
import { thrown } from "../support.js";

// Exact answers and refusals of the agreement queries beyond the seed examples.

const small = agreement.create({
  id: "a",
  title: "T",
  kind: "investmentAgreement",
  otherTitles: [{ name: "T2", sourceIds: ["s2"] }],
  sources: [
    { id: "s1", title: "One" },
    { id: "s2", title: "Two" },
  ],
  parties: [{ id: "p", name: "P", kind: "company", sourceIds: ["s2"] }],
  facilities: [{ id: "f", name: "F", kind: "plant", sourceIds: ["s1"] }],
  commitments: [
    { id: "c1", partyId: "p", kind: "jobs", description: "d", status: "met", sourceIds: ["s2"] },
    { id: "c2", partyId: "p", kind: "jobs", description: "d" },
  ],
});

describe("claims", () => {
  it("name each claim's kind, id and path", () => {
    expect(agreement.claims(small).map((c) => [c.kind, c.id, c.path, c.sourceIds.join()])).toEqual([
      ["agreement", "a", "", ""],
      ["title", "a", "/otherTitles/0", "s2"],
      ["party", "p", "/parties/0", "s2"],
      ["commitment", "c1", "/commitments/0", "s2"],
      ["commitment", "c2", "/commitments/1", ""],
      ["facility", "f", "/facilities/0", "s1"],
    ]);
  });

  it("citing finds the claims of any listed source, not only the first", () => {
    expect(agreement.citing(small, "s2").map((c) => c.path)).toEqual([
      "/otherTitles/0",
      "/parties/0",
      "/commitments/0",
    ]);
    expect(agreement.citing(small, "s1").map((c) => c.path)).toEqual(["/facilities/0"]);
    expect(thrown(() => agreement.citing(small, ""))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.citing", path: "sourceId" },
    });
  });
});

describe("commitmentsWhere", () => {
  it("selects by status", () => {
    expect(agreement.commitmentsWhere(small, { status: "met" }).map((c) => c.id)).toEqual(["c1"]);
    expect(agreement.commitmentsWhere(small, { status: "pending" }).map((c) => c.id)).toEqual(["c2"]);
    expect(agreement.commitmentsWhere(seedAgreement, { status: "pending" }).length).toBe(6);
  });
});

describe("parentChain", () => {
  it("names where a hand-built cycle closes", () => {
    const parties = seedAgreement.parties.map((p) =>
      p.id === "xiaomi" ? { ...p, parent: { partyId: "xiaomi-automotive", sourceIds: [SEED] } } : p,
    );
    expect(thrown(() => agreement.parentChain({ ...seedAgreement, parties }, "xiaomi-automotive"))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "agreement.parentChain", path: "agreement.parties[1].parent.partyId" },
    });
  });
});

describe("queries refuse what is not an agreement", () => {
  it("including a function carrying the lists", () => {
    const lists = {
      parties: [],
      commitments: [],
      facilities: [],
      milestones: [],
      amendments: [],
      sources: [],
      sourceIds: [],
      otherTitles: [],
    };
    const fake = Object.assign(() => 0, lists);
    expect(thrown(() => agreement.claims(fake as never))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "agreement.claims", path: "agreement" },
    });
    expect(agreement.claims({ id: "x", ...lists } as never)).toEqual([
      { kind: "agreement", id: "x", path: "", sourceIds: [] },
    ]);
  });
});
