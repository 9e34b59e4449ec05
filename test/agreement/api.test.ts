// Issue 15 in the domain namespaces: the input objects of the constructors are closed.
import { describe, expect, it } from "vitest";
import * as agreement from "../../src/agreement/index.js";
import * as capacity from "../../src/capacity/index.js";
import * as milestone from "../../src/milestone/index.js";
import * as zone from "../../src/zone/index.js";
import { thrown } from "../support.js";

const base = { id: "a", title: "Agreement", kind: "cooperationAgreement" };

describe("domain constructors refuse unknown input keys", () => {
  it("agreement.create refuses signedOn instead of dropping it, and suggests signed", () => {
    expect(thrown(() => agreement.create({ ...base, signedOn: "2021" } as never))).toMatchObject({
      code: "UNKNOWN_OPTION",
      message: expect.stringContaining('Did you mean "signed"?') as unknown,
      details: { path: "agreement.signedOn", key: "signedOn", suggestion: "signed" },
    });
    expect(agreement.create({ ...base, signed: "2021" }).signed).toBeDefined();
  });

  it("checks the nested inputs: parties, commitments and their quantities, facilities", () => {
    const party = { id: "p", name: "P", kind: "company", roles: ["investor"] };
    expect(
      thrown(() => agreement.create({ ...base, parties: [{ ...party, role: ["investor"] }] } as never)),
    ).toMatchObject({
      code: "UNKNOWN_OPTION",
      details: { path: "agreement.parties[0].role", suggestion: "roles" },
    });
    const commitment = { id: "c", partyId: "p", kind: "jobs", description: "d" };
    expect(
      thrown(() =>
        agreement.create({ ...base, parties: [party], commitments: [{ ...commitment, dueOn: "2024" }] } as never),
      ),
    ).toMatchObject({
      code: "UNKNOWN_OPTION",
      details: { path: "agreement.commitments[0].dueOn", suggestion: "due" },
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
      details: { path: "agreement.commitments[0].quantity.units", suggestion: "unit" },
    });
    expect(
      thrown(() =>
        agreement.create({ ...base, facilities: [{ id: "f", name: "F", kind: "plant", operator: "p" }] } as never),
      ),
    ).toMatchObject({
      code: "UNKNOWN_OPTION",
      details: { path: "agreement.facilities[0].operator" },
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
      details: { path: "zone.industry", suggestion: "industries" },
    });
  });
});
