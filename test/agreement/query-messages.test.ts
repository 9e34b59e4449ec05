import { describe, expect, it } from "vitest";
import * as agreement from "../../src/agreement/index.js";
import { isAccordoError } from "../../src/errors.js";
import { seedAgreement } from "../fixtures/seed.js";

// Each refusal has a stable code, a message that says what was wrong, where,
// and what was received, and structured details.
const cases: [string, () => unknown][] = [
  ["agreement.findParty bad agreement", () => agreement.findParty({} as never, "p")],
  ["agreement.findParty empty id", () => agreement.findParty(seedAgreement, "")],
  ["agreement.partiesWithRole bad role", () => agreement.partiesWithRole(seedAgreement, "" as never)],
  ["agreement.commitmentsWhere unknown party", () => agreement.commitmentsWhere(seedAgreement, { partyId: "nobody" })],
  ["agreement.commitmentsWhere bad filter", () => agreement.commitmentsWhere(seedAgreement, 3 as never)],
  ["agreement.commitmentsWhere bad kind", () => agreement.commitmentsWhere(seedAgreement, { kind: "" })],
  ["agreement.commitmentsWhere bad status", () => agreement.commitmentsWhere(seedAgreement, { status: "" as never })],
  ["agreement.commitmentsWhere bad facility", () => agreement.commitmentsWhere(seedAgreement, { facilityId: "" })],
  ["agreement.parentChain unknown", () => agreement.parentChain(seedAgreement, "nobody")],
  ["agreement.effectiveShare not a parent", () => agreement.effectiveShare(seedAgreement, "xiaomi", "xiaomi-automotive")],
  ["agreement.citing unknown source", () => agreement.citing(seedAgreement, "elsewhere")],
  ["agreement.amend not an agreement", () => agreement.amend({} as never, { id: "m", date: "2022", description: "d" })],
  ["agreement.amend unknown field", () => agreement.amend(seedAgreement, { id: "m", date: "2022", description: "d" }, { capacity: 1 } as never)],
  ["agreement.amend changed given", () => agreement.amend(seedAgreement, { id: "m", date: "2022", description: "d", changed: [] } as never)],
  ["agreement.amend bad changes", () => agreement.amend(seedAgreement, { id: "m", date: "2022", description: "d" }, [] as never)],
];

const expected: Record<string, readonly [string, string, unknown]> = {
  "agreement.findParty bad agreement": ["INVALID_INPUT", "agreement must be an Agreement (agreement.create), got an object", null],
  "agreement.findParty empty id": ["INVALID_INPUT", "partyId must not be empty, got \"\"", {"where":"partyId","value":""}],
  "agreement.partiesWithRole bad role": ["INVALID_INPUT", "role must not be empty, got \"\"", {"where":"role","value":""}],
  "agreement.commitmentsWhere unknown party": ["INVALID_INPUT", "agreement \"bda-xiaomi-2021\" has no party \"nobody\"", {"partyId":"nobody"}],
  "agreement.commitmentsWhere bad filter": ["INVALID_INPUT", "filter must be an object, got 3", null],
  "agreement.commitmentsWhere bad kind": ["INVALID_INPUT", "filter.kind must not be empty, got \"\"", {"where":"filter.kind","value":""}],
  "agreement.commitmentsWhere bad status": ["INVALID_INPUT", "filter.status must not be empty, got \"\"", {"where":"filter.status","value":""}],
  "agreement.commitmentsWhere bad facility": ["INVALID_INPUT", "filter.facilityId must not be empty, got \"\"", {"where":"filter.facilityId","value":""}],
  "agreement.parentChain unknown": ["INVALID_INPUT", "agreement \"bda-xiaomi-2021\" has no party \"nobody\"", {"partyId":"nobody"}],
  "agreement.effectiveShare not a parent": ["INVALID_INPUT", "party \"xiaomi-automotive\" is not a parent of \"xiaomi\"", {"partyId":"xiaomi","ownerId":"xiaomi-automotive"}],
  "agreement.citing unknown source": ["INVALID_INPUT", "agreement \"bda-xiaomi-2021\" lists no source \"elsewhere\"", {"sourceId":"elsewhere"}],
  "agreement.amend not an agreement": ["INVALID_INPUT", "agreement must be an Agreement (agreement.create), got an object", null],
  "agreement.amend unknown field": ["INVALID_INPUT", "changes.capacity is not a field an amendment can change (title, otherTitles, kind, signed, parties, commitments, facilities, milestones, sources, sourceIds)", {"where":"changes.capacity"}],
  "agreement.amend changed given": ["INVALID_INPUT", "amendment.changed is computed from the changes; got an array of 0", {"where":"amendment.changed"}],
  "agreement.amend bad changes": ["INVALID_INPUT", "changes must be an object, got an array of 0", {"where":"changes"}],
};

describe("agreement. refusals", () => {
  it.each(cases)("%s", (label, fn) => {
    let caught: unknown;
    try {
      fn();
    } catch (e) {
      caught = e;
    }
    if (!isAccordoError(caught)) throw new Error(`expected an AccordoError for ${label}`);
    const [code, message, details] = expected[label] ?? ["", "", null];
    expect([caught.code, caught.message, caught.details ?? null]).toEqual([code, message, details]);
  });

  it("lists an expectation for every case", () => {
    expect(Object.keys(expected).sort()).toEqual(cases.map(([label]) => label).sort());
  });
});
