import { describe, expect, it } from "vitest";
import { thrown } from "../support.js";
import * as agreement from "../../src/agreement/index.js";

// Each malformed agreement is refused with a stable code, a message that says
// what was wrong, where, and what was received, and `details.where` pointing at it.
const P = { id: "p", name: "P", kind: "company" };
const base = { id: "a", title: "T", kind: "investmentAgreement", sources: [{ id: "s", title: "S" }], parties: [P] };
const cases: [string, unknown][] = [
  ["id", { ...base, id: 1 }],
  ["title", { ...base, title: "" }],
  ["kind", { ...base, kind: "x y" }],
  ["otherTitles", { ...base, otherTitles: [{ name: "" }] }],
  ["otherTitles.lang", { ...base, otherTitles: [{ name: "n", lang: "english" }] }],
  ["otherTitles.kind", { ...base, otherTitles: [{ name: "n", kind: "1x" }] }],
  ["otherTitles.sourceIds", { ...base, otherTitles: [{ name: "n", sourceIds: ["s", "s"] }] }],
  ["parties not array", { ...base, parties: {} }],
  ["party not object", { ...base, parties: [null] }],
  ["party id", { ...base, parties: [{ ...P, id: "" }] }],
  ["party name", { ...base, parties: [{ ...P, name: 2 }] }],
  ["party kind", { ...base, parties: [{ ...P, kind: "" }] }],
  ["party otherNames", { ...base, parties: [{ ...P, otherNames: [{ name: " x" }] }] }],
  ["identifier scheme", { ...base, parties: [{ ...P, identifiers: [{ scheme: "", id: "1" }] }] }],
  ["identifier id", { ...base, parties: [{ ...P, identifiers: [{ scheme: "LEI", id: 1 }] }] }],
  [
    "identifier twice",
    {
      ...base,
      parties: [
        {
          ...P,
          identifiers: [
            { scheme: "LEI", id: "1" },
            { scheme: "LEI", id: "1" },
          ],
        },
      ],
    },
  ],
  ["parent partyId", { ...base, parties: [{ ...P, parent: { partyId: "" } }] }],
  ["parent self", { ...base, parties: [{ ...P, parent: { partyId: "p" } }] }],
  ["parent share", { ...base, parties: [{ ...P, parent: { partyId: "q", share: "2" } }] }],
  ["parent share NaN", { ...base, parties: [{ ...P, parent: { partyId: "q", share: "x" } }] }],
  ["parent sourceIds", { ...base, parties: [{ ...P, parent: { partyId: "q", sourceIds: "s" } }] }],
  ["roles", { ...base, parties: [{ ...P, roles: ["a b"] }] }],
  ["roles twice", { ...base, parties: [{ ...P, roles: ["investor", "investor"] }] }],
  ["party sourceIds", { ...base, parties: [{ ...P, sourceIds: [""] }] }],
  ["commitment id", { ...base, commitments: [{ id: "", partyId: "p", kind: "jobs", description: "d" }] }],
  ["commitment partyId", { ...base, commitments: [{ id: "c", partyId: 3, kind: "jobs", description: "d" }] }],
  ["commitment kind", { ...base, commitments: [{ id: "c", partyId: "p", kind: "", description: "d" }] }],
  ["commitment description", { ...base, commitments: [{ id: "c", partyId: "p", kind: "jobs", description: "" }] }],
  [
    "commitment status",
    { ...base, commitments: [{ id: "c", partyId: "p", kind: "jobs", description: "d", status: "done" }] },
  ],
  [
    "commitment amount",
    { ...base, commitments: [{ id: "c", partyId: "p", kind: "jobs", description: "d", amount: 5 }] },
  ],
  [
    "commitment quantity value",
    {
      ...base,
      commitments: [{ id: "c", partyId: "p", kind: "jobs", description: "d", quantity: { value: "x", unit: "jobs" } }],
    },
  ],
  [
    "commitment quantity unit",
    {
      ...base,
      commitments: [{ id: "c", partyId: "p", kind: "jobs", description: "d", quantity: { value: 1, unit: "" } }],
    },
  ],
  [
    "commitment due",
    { ...base, commitments: [{ id: "c", partyId: "p", kind: "jobs", description: "d", due: "2021-Q9" }] },
  ],
  [
    "commitment facilityId",
    { ...base, commitments: [{ id: "c", partyId: "p", kind: "jobs", description: "d", facilityId: "" }] },
  ],
  [
    "commitment unknown facility",
    { ...base, commitments: [{ id: "c", partyId: "p", kind: "jobs", description: "d", facilityId: "f" }] },
  ],
  [
    "commitment sourceIds",
    { ...base, commitments: [{ id: "c", partyId: "p", kind: "jobs", description: "d", sourceIds: ["t"] }] },
  ],
  ["facility name", { ...base, facilities: [{ id: "f", name: "", kind: "plant" }] }],
  ["facility kind", { ...base, facilities: [{ id: "f", name: "F", kind: "" }] }],
  ["facility operator", { ...base, facilities: [{ id: "f", name: "F", kind: "plant", operatorId: "q" }] }],
  ["facility location", { ...base, facilities: [{ id: "f", name: "F", kind: "plant", location: "" }] }],
  ["facility capacity", { ...base, facilities: [{ id: "f", name: "F", kind: "plant", capacity: {} }] }],
  ["facility sourceIds", { ...base, facilities: [{ id: "f", name: "F", kind: "plant", sourceIds: ["t"] }] }],
  [
    "facility dup",
    {
      ...base,
      facilities: [
        { id: "f", name: "F", kind: "plant" },
        { id: "f", name: "F", kind: "plant" },
      ],
    },
  ],
  ["milestone", { ...base, milestones: [{ id: "m" }] }],
  ["amendment id", { ...base, amendments: [{ id: "", date: "2022", description: "d" }] }],
  ["amendment date", { ...base, amendments: [{ id: "m", date: "22", description: "d" }] }],
  ["amendment description", { ...base, amendments: [{ id: "m", date: "2022", description: "" }] }],
  ["amendment rationale", { ...base, amendments: [{ id: "m", date: "2022", description: "d", rationale: "" }] }],
  ["amendment changed", { ...base, amendments: [{ id: "m", date: "2022", description: "d", changed: ["x"] }] }],
  ["amendment sourceIds", { ...base, amendments: [{ id: "m", date: "2022", description: "d", sourceIds: ["t"] }] }],
  [
    "amendment dup",
    {
      ...base,
      amendments: [
        { id: "m", date: "2022", description: "d" },
        { id: "m", date: "2022", description: "d" },
      ],
    },
  ],
  [
    "amendment order",
    {
      ...base,
      amendments: [
        { id: "m", date: "2022", description: "d" },
        { id: "n", date: "2021", description: "d" },
      ],
    },
  ],
  ["source id", { ...base, sources: [{ id: "", title: "S" }] }],
  ["source title", { ...base, sources: [{ id: "s", title: "" }] }],
  ["source url", { ...base, sources: [{ id: "s", url: "x" }] }],
  ["source none", { ...base, sources: [{ id: "s" }] }],
  ["source publisher", { ...base, sources: [{ id: "s", title: "S", publisher: "" }] }],
  ["source published", { ...base, sources: [{ id: "s", title: "S", published: 2021 }] }],
  ["source language", { ...base, sources: [{ id: "s", title: "S", language: "" }] }],
  ["source note", { ...base, sources: [{ id: "s", title: "S", note: "" }] }],
  [
    "source dup",
    {
      ...base,
      sources: [
        { id: "s", title: "S" },
        { id: "s", title: "S" },
      ],
    },
  ],
  ["sourceIds", { ...base, sourceIds: "s" }],
  ["signed", { ...base, signed: "2021-02-30" }],
  ["party dup", { ...base, parties: [P, P] }],
  ["signed object", { ...base, signed: { kind: "quarter", year: 2021, quarter: 5 } }],
  [
    "amendment date range object",
    {
      ...base,
      amendments: [
        {
          id: "m",
          date: { kind: "range", start: { kind: "year", year: 2022 }, end: { kind: "month", year: 2022, month: 3 } },
          description: "d",
        },
      ],
    },
  ],
  ["party unknown parent", { ...base, parties: [{ ...P, parent: { partyId: "q" } }] }],
  ["party names cite", { ...base, parties: [{ ...P, otherNames: [{ name: "n", sourceIds: ["t"] }] }] }],
];

const expected: Record<string, readonly [string, Readonly<Record<string, unknown>>]> = {
  id: ["INVALID_TYPE", { function: "agreement.create", path: "input.id" }],
  title: ["INVALID_INPUT", { function: "agreement.create", path: "input.title" }],
  kind: ["INVALID_INPUT", { function: "agreement.create", path: "input.kind" }],
  otherTitles: ["INVALID_INPUT", { function: "agreement.create", path: "input.otherTitles[0].name" }],
  "otherTitles.lang": ["INVALID_INPUT", { function: "agreement.create", path: "input.otherTitles[0].lang" }],
  "otherTitles.kind": ["INVALID_INPUT", { function: "agreement.create", path: "input.otherTitles[0].kind" }],
  "otherTitles.sourceIds": [
    "INVALID_INPUT",
    { function: "agreement.create", path: "input.otherTitles[0].sourceIds[1]" },
  ],
  "parties not array": ["INVALID_TYPE", { function: "agreement.create", path: "input.parties" }],
  "party not object": ["INVALID_TYPE", { function: "agreement.create", path: "input.parties[0]" }],
  "party id": ["INVALID_INPUT", { function: "agreement.create", path: "input.parties[0].id" }],
  "party name": ["INVALID_TYPE", { function: "agreement.create", path: "input.parties[0].name" }],
  "party kind": ["INVALID_INPUT", { function: "agreement.create", path: "input.parties[0].kind" }],
  "party otherNames": ["INVALID_INPUT", { function: "agreement.create", path: "input.parties[0].otherNames[0].name" }],
  "identifier scheme": [
    "INVALID_INPUT",
    { function: "agreement.create", path: "input.parties[0].identifiers[0].scheme" },
  ],
  "identifier id": ["INVALID_TYPE", { function: "agreement.create", path: "input.parties[0].identifiers[0].id" }],
  "identifier twice": ["INVALID_INPUT", { function: "agreement.create", path: "input.parties[0].identifiers[1]" }],
  "parent partyId": ["INVALID_INPUT", { function: "agreement.create", path: "input.parties[0].parent.partyId" }],
  "parent self": ["INVALID_INPUT", { function: "agreement.create", path: "input.parties[0].parent.partyId" }],
  "parent share": ["OUT_OF_RANGE", { function: "agreement.create", path: "input.parties[0].parent.share" }],
  "parent share NaN": ["INVALID_NUMBER", { function: "agreement.create", path: "input.parties[0].parent.share" }],
  "parent sourceIds": ["INVALID_TYPE", { function: "agreement.create", path: "input.parties[0].parent.sourceIds" }],
  roles: ["INVALID_INPUT", { function: "agreement.create", path: "input.parties[0].roles[0]" }],
  "roles twice": ["INVALID_INPUT", { function: "agreement.create", path: "input.parties[0].roles[1]" }],
  "party sourceIds": ["INVALID_INPUT", { function: "agreement.create", path: "input.parties[0].sourceIds[0]" }],
  "commitment id": ["INVALID_INPUT", { function: "agreement.create", path: "input.commitments[0].id" }],
  "commitment partyId": ["INVALID_TYPE", { function: "agreement.create", path: "input.commitments[0].partyId" }],
  "commitment kind": ["INVALID_INPUT", { function: "agreement.create", path: "input.commitments[0].kind" }],
  "commitment description": [
    "INVALID_INPUT",
    { function: "agreement.create", path: "input.commitments[0].description" },
  ],
  "commitment status": ["INVALID_INPUT", { function: "agreement.create", path: "input.commitments[0].status" }],
  "commitment amount": ["INVALID_TYPE", { function: "agreement.create", path: "input.commitments[0].amount" }],
  "commitment quantity value": [
    "INVALID_NUMBER",
    { function: "agreement.create", path: "input.commitments[0].quantity.value" },
  ],
  "commitment quantity unit": [
    "INVALID_INPUT",
    { function: "agreement.create", path: "input.commitments[0].quantity.unit" },
  ],
  "commitment due": ["INVALID_PERIOD", { function: "agreement.create", path: "input.commitments[0].due" }],
  "commitment facilityId": ["INVALID_INPUT", { function: "agreement.create", path: "input.commitments[0].facilityId" }],
  "commitment unknown facility": [
    "INVALID_INPUT",
    { function: "agreement.create", path: "input.commitments[0].facilityId" },
  ],
  "commitment sourceIds": [
    "INVALID_INPUT",
    { function: "agreement.create", path: "input.commitments[0].sourceIds[0]" },
  ],
  "facility name": ["INVALID_INPUT", { function: "agreement.create", path: "input.facilities[0].name" }],
  "facility kind": ["INVALID_INPUT", { function: "agreement.create", path: "input.facilities[0].kind" }],
  "facility operator": ["INVALID_INPUT", { function: "agreement.create", path: "input.facilities[0].operatorId" }],
  "facility location": ["INVALID_INPUT", { function: "agreement.create", path: "input.facilities[0].location" }],
  "facility capacity": ["INVALID_VALUE", { function: "agreement.create", path: "input.facilities[0].capacity" }],
  "facility sourceIds": ["INVALID_INPUT", { function: "agreement.create", path: "input.facilities[0].sourceIds[0]" }],
  "facility dup": ["INVALID_INPUT", { function: "agreement.create", path: "input.facilities[1].id" }],
  milestone: ["INVALID_VALUE", { function: "agreement.create", path: "input.milestones[0]" }],
  "amendment id": ["INVALID_INPUT", { function: "agreement.create", path: "input.amendments[0].id" }],
  "amendment date": ["INVALID_PERIOD", { function: "agreement.create", path: "input.amendments[0].date" }],
  "amendment description": ["INVALID_INPUT", { function: "agreement.create", path: "input.amendments[0].description" }],
  "amendment rationale": ["INVALID_INPUT", { function: "agreement.create", path: "input.amendments[0].rationale" }],
  "amendment changed": ["INVALID_INPUT", { function: "agreement.create", path: "input.amendments[0].changed[0]" }],
  "amendment sourceIds": ["INVALID_INPUT", { function: "agreement.create", path: "input.amendments[0].sourceIds[0]" }],
  "amendment dup": ["INVALID_INPUT", { function: "agreement.create", path: "input.amendments[1].id" }],
  "amendment order": ["INVALID_INPUT", { function: "agreement.create", path: "input.amendments[1].date" }],
  "source id": ["INVALID_INPUT", { function: "agreement.create", path: "input.sources[0].id" }],
  "source title": ["INVALID_INPUT", { function: "agreement.create", path: "input.sources[0].title" }],
  "source url": ["INVALID_INPUT", { function: "agreement.create", path: "input.sources[0].url" }],
  "source none": ["INVALID_INPUT", { function: "agreement.create", path: "input.sources[0]" }],
  "source publisher": ["INVALID_INPUT", { function: "agreement.create", path: "input.sources[0].publisher" }],
  "source published": ["INVALID_TYPE", { function: "agreement.create", path: "input.sources[0].published" }],
  "source language": ["INVALID_INPUT", { function: "agreement.create", path: "input.sources[0].language" }],
  "source note": ["INVALID_INPUT", { function: "agreement.create", path: "input.sources[0].note" }],
  "source dup": ["INVALID_INPUT", { function: "agreement.create", path: "input.sources[1].id" }],
  sourceIds: ["INVALID_TYPE", { function: "agreement.create", path: "input.sourceIds" }],
  signed: ["INVALID_PERIOD", { function: "agreement.create", path: "input.signed" }],
  "party dup": ["INVALID_INPUT", { function: "agreement.create", path: "input.parties[1].id" }],
  "signed object": ["OUT_OF_RANGE", { function: "agreement.create", path: "input.signed.quarter" }],
  "amendment date range object": [
    "INVALID_PERIOD",
    { function: "agreement.create", path: "input.amendments[0].date.end" },
  ],
  "party unknown parent": ["INVALID_INPUT", { function: "agreement.create", path: "input.parties[0].parent.partyId" }],
  "party names cite": [
    "INVALID_INPUT",
    { function: "agreement.create", path: "input.parties[0].otherNames[0].sourceIds[0]" },
  ],
};

describe("agreement.create error messages", () => {
  it.each(cases)("%s", (label, input) => {
    const got = thrown(() => agreement.create(input as never));
    const [code, details] = expected[label] ?? ["", {}];
    expect(got).toMatchObject({ code, details });
  });

  it("lists an expectation for every case", () => {
    expect(Object.keys(expected).sort()).toEqual(cases.map(([label]) => label).sort());
  });
});
