import { describe, expect, it } from "vitest";
import * as agreement from "../../src/agreement/index.js";
import * as money from "../../src/money/index.js";
import * as period from "../../src/period/index.js";
import { SEED, seedAgreement } from "../fixtures/seed.js";

/** What the example needs of Temporal (not in Node 20): a PlainDate-like day. */
const Temporal = {
  PlainDate: {
    from: (text: string) => {
      const [year, month, day] = text.split("-").map(Number) as [number, number, number];
      return { year, month, day, toString: () => text };
    },
  },
};

describe("agreement examples (included in the API docs)", () => {
  it("source", () => {
    // #region source
    // (import { agreement } from "accordo")
    const article = agreement.source({
      id: "xinhua-2021-11-27",
      title: "Xiaomi's car unit settles in Beijing E-Town",
      url: "https://example.org/xiaomi-etown",
      publisher: "Example News",
      published: "2021-11-27",
      language: "en",
    });
    const published = article.published; // { kind: "day", year: 2021, month: 11, day: 27 }
    Object.isFrozen(article); // true
    // #endregion source
    expect(published).toEqual({ kind: "day", year: 2021, month: 11, day: 27 });
    expect(Object.isFrozen(article)).toBe(true);
  });

  it("party", () => {
    // #region party
    const automotive = agreement.party({
      id: "xiaomi-automotive",
      name: "小米汽车有限公司",
      kind: "company",
      otherNames: [{ name: "Xiaomi Automotive", lang: "en", kind: "translation", sourceIds: ["seed"] }],
      identifiers: [{ scheme: "wikidata", id: "Q108474546" }],
      parent: { partyId: "xiaomi", share: "1" },
    });
    automotive.parent?.share?.toString(); // "1"
    const otherName = automotive.otherNames[0]?.name; // "Xiaomi Automotive"
    // #endregion party
    expect(automotive.parent?.share?.toString()).toBe("1");
    expect(otherName).toBe("Xiaomi Automotive");
    expect(automotive.sourceIds).toEqual([]);
  });

  it("commitment", () => {
    // #region commitment
    const invest = agreement.commitment({
      id: "invest",
      partyId: "xiaomi-automotive",
      kind: "investment",
      description: "Invest in the first phase of the plant",
      amount: money.of("5000000000", "CNY"),
      due: "2024-S1",
    });
    const status = invest.status; // "pending" (the default)
    invest.amount?.amount.toString(); // "5000000000"
    period.format(invest.due!); // "2024-S1"
    // #endregion commitment
    expect(status).toBe("pending");
    expect(invest.amount?.amount.toString()).toBe("5000000000");
    expect(period.format(invest.due!)).toBe("2024-S1");
  });

  it("create", () => {
    // #region create
    const deal = agreement.create({
      id: "bda-xiaomi-2021",
      title: "Cooperation Agreement",
      kind: "cooperationAgreement",
      signed: "2021", // only the year is known
      sources: [{ id: "seed", title: "Seed article", language: "it" }],
      parties: [
        {
          id: "bda",
          name: "北京经济技术开发区管理委员会",
          kind: "zoneManagementCommittee",
          roles: ["signatory", "zoneAuthority"],
          sourceIds: ["seed"],
        },
        {
          id: "xiaomi",
          name: "Xiaomi Technology",
          kind: "company",
          roles: ["signatory", "investor"],
          sourceIds: ["seed"],
        },
      ],
      commitments: [
        {
          id: "services",
          partyId: "bda",
          kind: "zoneServices",
          description: "Guaranteed services to the project",
          sourceIds: ["seed"],
        },
      ],
    });
    const count = deal.parties.length; // 2
    Object.isFrozen(deal.parties[0]); // true
    // #endregion create
    expect(count).toBe(2);
    expect(Object.isFrozen(deal.parties[0])).toBe(true);
    expect(period.format(deal.signed!)).toBe("2021");
  });

  it("dates", () => {
    // #region dates
    // a day may be written "2021-11-27", or given as a JS Date (its UTC day) or a Temporal.PlainDate
    const signedOn = new Date(Date.UTC(2021, 10, 27));
    const deal = agreement.create({
      id: "bda-xiaomi-2021",
      title: "Cooperation Agreement",
      kind: "cooperationAgreement",
      signed: signedOn,
      sources: [{ id: "seed", title: "Seed article", published: Temporal.PlainDate.from("2021-11-27") }],
    });
    period.format(deal.signed!); // "2021-11-27"
    period.format(deal.sources[0]!.published!); // "2021-11-27"
    // #endregion dates
    expect(period.format(deal.signed!)).toBe("2021-11-27");
    expect(period.format(deal.sources[0]!.published!)).toBe("2021-11-27");
  });

  it("findParty", () => {
    // #region findParty
    // seedAgreement: the BDA-Xiaomi cooperation agreement, an Agreement made with agreement.create
    const name = agreement.findParty(seedAgreement, "xiaomi-automotive")?.name; // "Xiaomi Automotive"
    agreement.findParty(seedAgreement, "tesla"); // undefined
    // #endregion findParty
    expect(name).toBe("Xiaomi Automotive");
    expect(agreement.findParty(seedAgreement, "tesla")).toBeUndefined();
  });

  it("partiesWithRole", () => {
    // #region partiesWithRole
    agreement.partiesWithRole(seedAgreement, "signatory").map((p) => p.id); // ["bda-committee", "xiaomi"]
    agreement.partiesWithRole(seedAgreement, "projectCompany").map((p) => p.id); // ["xiaomi-automotive"]
    agreement.partiesWithRole(seedAgreement, "funder"); // []
    // #endregion partiesWithRole
    expect(agreement.partiesWithRole(seedAgreement, "signatory").map((p) => p.id)).toEqual(["bda-committee", "xiaomi"]);
    expect(agreement.partiesWithRole(seedAgreement, "projectCompany").map((p) => p.id)).toEqual(["xiaomi-automotive"]);
    expect(agreement.partiesWithRole(seedAgreement, "funder")).toEqual([]);
  });

  it("commitmentsWhere", () => {
    // #region commitmentsWhere
    agreement.commitmentsWhere(seedAgreement, { partyId: "bda-committee" }).map((c) => c.kind); // ["zoneServices", "earlyStart"]
    const facilityId = agreement.commitmentsWhere(seedAgreement, { kind: "productionPlant" })[0]?.facilityId; // "vehicle-plant"
    const all = agreement.commitmentsWhere(seedAgreement).length; // 6
    // #endregion commitmentsWhere
    expect(agreement.commitmentsWhere(seedAgreement, { partyId: "bda-committee" }).map((c) => c.kind)).toEqual([
      "zoneServices",
      "earlyStart",
    ]);
    expect(facilityId).toBe("vehicle-plant");
    expect(all).toBe(6);
  });

  it("parentChain", () => {
    // #region parentChain
    agreement.parentChain(seedAgreement, "xiaomi-automotive").map((p) => p.name); // ["Xiaomi Technology"]
    agreement.parentChain(seedAgreement, "xiaomi"); // [] (no parent)
    // #endregion parentChain
    expect(agreement.parentChain(seedAgreement, "xiaomi-automotive").map((p) => p.name)).toEqual(["Xiaomi Technology"]);
    expect(agreement.parentChain(seedAgreement, "xiaomi")).toEqual([]);
  });

  it("effectiveShare", () => {
    // #region effectiveShare
    const group = agreement.create({
      id: "group",
      title: "Plant agreement",
      kind: "investmentAgreement",
      parties: [
        { id: "holding", name: "Holding", kind: "company" },
        { id: "auto", name: "Auto", kind: "company", parent: { partyId: "holding", share: "0.8" } },
        { id: "plantco", name: "Plant Co", kind: "company", parent: { partyId: "auto", share: "0.5" } },
      ],
    });
    agreement.effectiveShare(group, "plantco", "holding")?.toString(); // "0.4"
    agreement.effectiveShare(group, "plantco", "auto")?.toString(); // "0.5"
    // #endregion effectiveShare
    expect(agreement.effectiveShare(group, "plantco", "holding")?.toString()).toBe("0.4");
    expect(agreement.effectiveShare(group, "plantco", "auto")?.toString()).toBe("0.5");
  });

  it("citing", () => {
    // #region citing
    const claims = agreement.citing(seedAgreement, SEED); // SEED = "seed-it"
    const commitmentClaims = claims.filter((c) => c.kind === "commitment").length; // 6
    const first = claims[0]; // { kind: "agreement", id: "bda-xiaomi-2021", path: "", sourceIds: ["seed-it"] }
    // #endregion citing
    expect(commitmentClaims).toBe(6);
    expect(first).toEqual({ kind: "agreement", id: "bda-xiaomi-2021", path: "", sourceIds: [SEED] });
  });

  it("uncited", () => {
    // #region uncited
    // The seed article gives no Chinese names and no English title: those claims cite nothing.
    agreement.uncited(seedAgreement).map((c) => c.path);
    // ["/otherTitles/0", "/parties/0/otherNames/1", "/parties/1/otherNames/0", "/parties/2/otherNames/0"]
    const total = agreement.claims(seedAgreement).length; // 18
    // #endregion uncited
    expect(agreement.uncited(seedAgreement).map((c) => c.path)).toEqual([
      "/otherTitles/0",
      "/parties/0/otherNames/1",
      "/parties/1/otherNames/0",
      "/parties/2/otherNames/0",
    ]);
    expect(total).toBe(18);
  });

  it("amend", () => {
    // #region amend
    const amended = agreement.amend(
      seedAgreement,
      {
        id: "a1",
        date: "2022-03",
        description: "Investment amount added",
        rationale: "Second phase approved",
        sourceIds: ["report"],
      },
      {
        sources: [...seedAgreement.sources, { id: "report", title: "Follow-up report", language: "en" }],
        commitments: [
          ...seedAgreement.commitments,
          {
            id: "invest",
            partyId: "xiaomi-automotive",
            kind: "investment",
            description: "Invest in the plant",
            amount: money.of("1e10", "CNY"),
            sourceIds: ["report"],
          },
        ],
      },
    );
    const changed = amended.amendments[0]?.changed; // ["commitments", "sources"]
    const now = amended.commitments.length; // 7
    const before = seedAgreement.commitments.length; // 6 (unchanged)
    // #endregion amend
    expect(changed).toEqual(["commitments", "sources"]);
    expect(now).toBe(7);
    expect(before).toBe(6);
    expect(seedAgreement.amendments).toEqual([]);
  });

  it("codelists", () => {
    // #region codelists
    agreement.PARTY_ROLES.includes("zoneAuthority"); // true
    const kinds = agreement.COMMITMENT_KINDS.length; // 11
    const statuses = agreement.COMMITMENT_STATUSES.join(" "); // "pending inProgress met partiallyMet notMet withdrawn" (closed)
    const amendable = agreement.AMENDABLE_FIELDS.includes("commitments"); // true
    // Codes outside the lists are accepted too (open codelists):
    const kind = agreement.party({ id: "p", name: "Park fund", kind: "guidanceFund" }).kind; // "guidanceFund"
    // #endregion codelists
    expect(agreement.PARTY_ROLES.includes("zoneAuthority")).toBe(true);
    expect(kinds).toBe(11);
    expect(statuses).toBe("pending inProgress met partiallyMet notMet withdrawn");
    expect(amendable).toBe(true);
    expect(kind).toBe("guidanceFund");
  });
});

describe("agreements in plain JavaScript (included in the API docs)", () => {
  it("interop", () => {
    // #region interop
    // seedAgreement: the BDA-Xiaomi cooperation agreement, an Agreement made with agreement.create
    String(seedAgreement); // "bda-xiaomi-2021 (Accordo di cooperazione)"
    const text = JSON.stringify(seedAgreement); // AgreementSchema's JSON: AgreementSchema parses it back
    JSON.parse(text).signed; // "2021"
    // #endregion interop
    expect(String(seedAgreement)).toBe("bda-xiaomi-2021 (Accordo di cooperazione)");
    expect(JSON.parse(text).signed).toBe("2021");
  });
});
