// The domain namespaces: the input objects of the constructors are closed.
import { describe, expect, it } from "vitest";
import * as agreement from "../../src/agreement/index.js";
import * as capacity from "../../src/capacity/index.js";
import * as milestone from "../../src/milestone/index.js";
import * as zone from "../../src/zone/index.js";
import { D } from "../../src/decimal.js";
import { thrown } from "../support.js";

const base = { id: "a", title: "Agreement", kind: "cooperationAgreement" };

describe("domain constructors refuse unknown input keys", () => {
  it("agreement.create refuses signedOn instead of dropping it, and suggests signed", () => {
    expect(thrown(() => agreement.create({ ...base, signedOn: "2021" } as never))).toMatchObject({
      code: "UNKNOWN_OPTION",
      message: expect.stringContaining('Did you mean "signed"?') as unknown,
      details: { function: "agreement.create", path: "input.signedOn", key: "signedOn", suggestion: "signed" },
    });
    expect(agreement.create({ ...base, signed: "2021" }).signed).toBeDefined();
  });

  it("checks the nested inputs: parties, commitments and their quantities, facilities", () => {
    const party = { id: "p", name: "P", kind: "company", roles: ["investor"] };
    expect(
      thrown(() => agreement.create({ ...base, parties: [{ ...party, role: ["investor"] }] } as never)),
    ).toMatchObject({
      code: "UNKNOWN_OPTION",
      details: { function: "agreement.create", path: "input.parties[0].role", suggestion: "roles" },
    });
    const commitment = { id: "c", partyId: "p", kind: "jobs", description: "d" };
    expect(
      thrown(() =>
        agreement.create({ ...base, parties: [party], commitments: [{ ...commitment, dueOn: "2024" }] } as never),
      ),
    ).toMatchObject({
      code: "UNKNOWN_OPTION",
      details: { function: "agreement.create", path: "input.commitments[0].dueOn", suggestion: "due" },
    });
    expect(
      thrown(() =>
        agreement.create({
          ...base,
          parties: [party],
          commitments: [{ ...commitment, quantity: { value: "1", units: "jobs" } }],
        } as never),
      ),
    ).toMatchObject({
      code: "UNKNOWN_OPTION",
      details: { function: "agreement.create", path: "input.commitments[0].quantity.units", suggestion: "unit" },
    });
    expect(
      thrown(() =>
        agreement.create({ ...base, facilities: [{ id: "f", name: "F", kind: "plant", operator: "p" }] } as never),
      ),
    ).toMatchObject({
      code: "UNKNOWN_OPTION",
      details: { function: "agreement.create", path: "input.facilities[0].operator" },
    });
  });

  it("capacity.plan, milestone.of and zone.create refuse unknown keys, naming the function", () => {
    expect(thrown(() => capacity.plan({ unit: "vehicles", total: 1, phases: [{}], totals: 2 } as never))).toMatchObject(
      {
        code: "UNKNOWN_OPTION",
        details: { function: "capacity.plan", path: "input.totals", suggestion: "total" },
      },
    );
    expect(
      thrown(() => capacity.plan({ unit: "vehicles", total: 1, phases: [{ capacities: 1 }] } as never)),
    ).toMatchObject({
      code: "UNKNOWN_OPTION",
      details: { function: "capacity.plan", path: "input.phases[0].capacities", suggestion: "capacity" },
    });
    expect(thrown(() => milestone.of({ id: "m", kind: "production", title: "t", target: [] } as never))).toMatchObject({
      code: "UNKNOWN_OPTION",
      details: { function: "milestone.of", path: "input.target", suggestion: "targets" },
    });
    expect(thrown(() => zone.create({ id: "z", name: { text: "Z" }, industry: [] } as never))).toMatchObject({
      code: "UNKNOWN_OPTION",
      details: { function: "zone.create", path: "input.industry", suggestion: "industries" },
    });
  });

  it("closes every nested input of an agreement: sources, names, parents, identifiers, amendments", () => {
    const party = { id: "p", name: "P", kind: "company" };
    const cases: [unknown, string, string][] = [
      [{ ...base, sources: [{ id: "s", title: "S", pubished: "2021" }] }, "input.sources[0].pubished", "published"],
      [{ ...base, otherTitles: [{ name: "T", language: "it" }] }, "input.otherTitles[0].language", "lang"],
      [
        { ...base, parties: [{ ...party, otherNames: [{ name: "Q", sources: [] }] }] },
        "input.parties[0].otherNames[0].sources",
        "sourceIds",
      ],
      [
        { ...base, parties: [{ ...party, parent: { partyId: "q", shares: "1" } }] },
        "input.parties[0].parent.shares",
        "share",
      ],
      [
        { ...base, parties: [{ ...party, identifiers: [{ scheme: "LEI", id: "1", ids: [] }] }] },
        "input.parties[0].identifiers[0].ids",
        "id",
      ],
      [
        { ...base, amendments: [{ id: "m", date: "2022", description: "d", rationales: "r" }] },
        "input.amendments[0].rationales",
        "rationale",
      ],
    ];
    for (const [input, path, suggestion] of cases) {
      expect(thrown(() => agreement.create(input as never))).toMatchObject({
        code: "UNKNOWN_OPTION",
        details: { function: "agreement.create", path, suggestion },
      });
    }
    expect(thrown(() => agreement.source({ id: "s", title: "S", lang: "en" } as never))).toMatchObject({
      code: "UNKNOWN_OPTION",
      details: { function: "agreement.source", path: "input.lang", suggestion: "language" },
    });
    expect(thrown(() => agreement.party({ ...party, role: "investor" } as never))).toMatchObject({
      code: "UNKNOWN_OPTION",
      details: { function: "agreement.party", path: "input.role" },
    });
  });

  it("closes agreement.amend's amendment and changes", () => {
    const a = agreement.create(base);
    const entry = { id: "m", date: "2022", description: "d" };
    expect(thrown(() => agreement.amend(a, { ...entry, sourceId: "s" } as never))).toMatchObject({
      code: "UNKNOWN_OPTION",
      details: { function: "agreement.amend", path: "amendment.sourceId", suggestion: "sourceIds" },
    });
    expect(thrown(() => agreement.amend(a, entry, { titles: [] } as never))).toMatchObject({
      code: "UNKNOWN_OPTION",
      details: { function: "agreement.amend", path: "changes.titles", suggestion: "title" },
    });
    // own keys only: a polluted prototype changes nothing
    const changes = Object.create({ title: "Polluted" }) as object;
    expect(agreement.amend(a, entry, changes).title).toBe("Agreement");
  });

  it("closes every nested input of a zone: names, industries, area, observations and their parts", () => {
    const z = { id: "z", name: { name: "Z" } };
    const values = [
      {
        currency: "CNY",
        figure: { value: new D(1), lo: new D(1), hi: new D(1), loInclusive: true, hiInclusive: true },
      },
    ];
    const o = { id: "o", indicator: "gdp", period: "2021", values };
    const cases: [unknown, string, string | undefined][] = [
      [{ ...z, name: { name: "Z", language: "en" } }, "input.name.language", "lang"],
      [{ ...z, established: { year: 1992, years: 1 } }, "input.established.years", "year"],
      [{ ...z, area: { figure: values[0]?.figure, units: "km2" } }, "input.area.units", "unit"],
      [
        { ...z, industries: [{ id: "i", name: { name: "I" }, sourceId: "s" }] },
        "input.industries[0].sourceId",
        "sourceIds",
      ],
      [{ ...z, observations: [{ ...o, indicators: "gdp" }] }, "input.observations[0].indicators", "indicator"],
      [
        { ...z, observations: [{ ...o, scope: { kind: "zone", industries: [] } }] },
        "input.observations[0].scope.industries",
        "industryIds",
      ],
      [
        { ...z, observations: [{ ...o, values: [{ ...values[0], currencies: "USD" }] }] },
        "input.observations[0].values[0].currencies",
        "currency",
      ],
    ];
    for (const [input, path, suggestion] of cases) {
      expect(thrown(() => zone.create(input as never))).toMatchObject({
        code: "UNKNOWN_OPTION",
        details: { function: "zone.create", path, ...(suggestion === undefined ? {} : { suggestion }) },
      });
    }
    const fraction = values[0]!.figure;
    const growth = { kind: "growthRate", fraction, basis: "real", flags: [], note: "yoy" };
    expect(thrown(() => zone.observation({ ...o, growth } as never))).toMatchObject({
      code: "UNKNOWN_OPTION",
      details: { function: "zone.observation", path: "input.growth.note" },
    });
    expect(thrown(() => zone.observation({ ...o, growthbasis: "real" } as never))).toMatchObject({
      code: "UNKNOWN_OPTION",
      details: { function: "zone.observation", path: "input.growthbasis", suggestion: "growthBasis" },
    });
  });

  it("reads the filters of the queries as closed options of their own", () => {
    const a = agreement.create(base);
    expect(thrown(() => agreement.commitmentsWhere(a, { party: "p" } as never))).toMatchObject({
      code: "UNKNOWN_OPTION",
      details: { function: "agreement.commitmentsWhere", path: "filter.party", suggestion: "partyId" },
    });
    const z = zone.create({ id: "z", name: { name: "Z" } });
    expect(thrown(() => zone.observationsWhere(z, { indicators: "gdp" } as never))).toMatchObject({
      code: "UNKNOWN_OPTION",
      details: { function: "zone.observationsWhere", path: "filter.indicators", suggestion: "indicator" },
    });
  });
});
