import { describe, expect, it } from "vitest";
import * as agreement from "../../src/agreement/index.js";
import { isAccordoError } from "../../src/errors.js";

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

const expected: Record<string, readonly [string, string, string]> = {
  id: ["INVALID_INPUT", "agreement.id must be a string, got 1", "agreement.id"],
  title: ["INVALID_INPUT", 'agreement.title must not be empty, got ""', "agreement.title"],
  kind: [
    "INVALID_INPUT",
    'agreement.kind must be a code (a letter, then letters, digits, "_", "." or "-"), got "x y"',
    "agreement.kind",
  ],
  otherTitles: [
    "INVALID_INPUT",
    'agreement.otherTitles[0].name must not be empty, got ""',
    "agreement.otherTitles[0].name",
  ],
  "otherTitles.lang": [
    "INVALID_INPUT",
    'agreement.otherTitles[0].lang must be a BCP 47 language tag such as "en" or "zh-Hans", got "english"',
    "agreement.otherTitles[0].lang",
  ],
  "otherTitles.kind": [
    "INVALID_INPUT",
    'agreement.otherTitles[0].kind must be a code (a letter, then letters, digits, "_", "." or "-"), got "1x"',
    "agreement.otherTitles[0].kind",
  ],
  "otherTitles.sourceIds": [
    "INVALID_INPUT",
    'agreement.otherTitles[0].sourceIds lists "s" twice',
    "agreement.otherTitles[0].sourceIds",
  ],
  "parties not array": ["INVALID_INPUT", "agreement.parties must be an array, got an object", "agreement.parties"],
  "party not object": ["INVALID_INPUT", "agreement.parties[0] must be an object, got null", "agreement.parties[0]"],
  "party id": ["INVALID_INPUT", 'agreement.parties[0].id must not be empty, got ""', "agreement.parties[0].id"],
  "party name": ["INVALID_INPUT", "agreement.parties[0].name must be a string, got 2", "agreement.parties[0].name"],
  "party kind": [
    "INVALID_INPUT",
    'agreement.parties[0].kind must be a code (a letter, then letters, digits, "_", "." or "-"), got ""',
    "agreement.parties[0].kind",
  ],
  "party otherNames": [
    "INVALID_INPUT",
    'agreement.parties[0].otherNames[0].name must not start or end with whitespace, got " x"',
    "agreement.parties[0].otherNames[0].name",
  ],
  "identifier scheme": [
    "INVALID_INPUT",
    'agreement.parties[0].identifiers[0].scheme must not be empty, got ""',
    "agreement.parties[0].identifiers[0].scheme",
  ],
  "identifier id": [
    "INVALID_INPUT",
    "agreement.parties[0].identifiers[0].id must be a string, got 1",
    "agreement.parties[0].identifiers[0].id",
  ],
  "identifier twice": [
    "INVALID_INPUT",
    'agreement.parties[0].identifiers[1]: identifier LEI "1" is listed twice',
    "agreement.parties[0].identifiers[1]",
  ],
  "parent partyId": [
    "INVALID_INPUT",
    'agreement.parties[0].parent.partyId must not be empty, got ""',
    "agreement.parties[0].parent.partyId",
  ],
  "parent self": [
    "INVALID_INPUT",
    'agreement.parties[0].parent: party "p" cannot be its own parent',
    "agreement.parties[0].parent",
  ],
  "parent share": [
    "INVALID_INPUT",
    "agreement.parties[0].parent.share must be a fraction from 0 to 1, got 2",
    "agreement.parties[0].parent.share",
  ],
  "parent share NaN": [
    "INVALID_NUMBER",
    'agreement.parties[0].parent.share must be a decimal number string, got "x"',
    "agreement.parties[0].parent.share",
  ],
  "parent sourceIds": [
    "INVALID_INPUT",
    'agreement.parties[0].parent.sourceIds must be an array, got "s"',
    "agreement.parties[0].parent.sourceIds",
  ],
  roles: [
    "INVALID_INPUT",
    'agreement.parties[0].roles[0] must be a code (a letter, then letters, digits, "_", "." or "-"), got "a b"',
    "agreement.parties[0].roles[0]",
  ],
  "roles twice": [
    "INVALID_INPUT",
    "agreement.parties[0].roles lists a role twice: investor, investor",
    "agreement.parties[0].roles",
  ],
  "party sourceIds": [
    "INVALID_INPUT",
    'agreement.parties[0].sourceIds[0] must not be empty, got ""',
    "agreement.parties[0].sourceIds[0]",
  ],
  "commitment id": [
    "INVALID_INPUT",
    'agreement.commitments[0].id must not be empty, got ""',
    "agreement.commitments[0].id",
  ],
  "commitment partyId": [
    "INVALID_INPUT",
    "agreement.commitments[0].partyId must be a string, got 3",
    "agreement.commitments[0].partyId",
  ],
  "commitment kind": [
    "INVALID_INPUT",
    'agreement.commitments[0].kind must be a code (a letter, then letters, digits, "_", "." or "-"), got ""',
    "agreement.commitments[0].kind",
  ],
  "commitment description": [
    "INVALID_INPUT",
    'agreement.commitments[0].description must not be empty, got ""',
    "agreement.commitments[0].description",
  ],
  "commitment status": [
    "INVALID_INPUT",
    'agreement.commitments[0].status must be one of pending, inProgress, met, partiallyMet, notMet, withdrawn, got "done"',
    "agreement.commitments[0].status",
  ],
  "commitment amount": [
    "INVALID_INPUT",
    "agreement.commitments[0].amount must be a Money value (money.of), got 5",
    "agreement.commitments[0].amount",
  ],
  "commitment quantity value": [
    "INVALID_NUMBER",
    'agreement.commitments[0].quantity.value must be a decimal number string, got "x"',
    "agreement.commitments[0].quantity.value",
  ],
  "commitment quantity unit": [
    "INVALID_INPUT",
    'agreement.commitments[0].quantity.unit must not be empty, got ""',
    "agreement.commitments[0].quantity.unit",
  ],
  "commitment due": [
    "INVALID_PERIOD",
    'agreement.commitments[0].due: invalid quarter (must be Q1 to Q4) in "2021-Q9"',
    "agreement.commitments[0].due",
  ],
  "commitment facilityId": [
    "INVALID_INPUT",
    'agreement.commitments[0].facilityId must not be empty, got ""',
    "agreement.commitments[0].facilityId",
  ],
  "commitment unknown facility": [
    "INVALID_INPUT",
    'agreement.commitments[0].facilityId refers to unknown facility "f"',
    "agreement.commitments[0].facilityId",
  ],
  "commitment sourceIds": [
    "INVALID_INPUT",
    'agreement.commitments[0].sourceIds cites unknown source "t"',
    "agreement.commitments[0].sourceIds",
  ],
  "facility name": [
    "INVALID_INPUT",
    'agreement.facilities[0].name must not be empty, got ""',
    "agreement.facilities[0].name",
  ],
  "facility kind": [
    "INVALID_INPUT",
    'agreement.facilities[0].kind must be a code (a letter, then letters, digits, "_", "." or "-"), got ""',
    "agreement.facilities[0].kind",
  ],
  "facility operator": [
    "INVALID_INPUT",
    'agreement.facilities[0].operatorId refers to unknown party "q"',
    "agreement.facilities[0].operatorId",
  ],
  "facility location": [
    "INVALID_INPUT",
    'agreement.facilities[0].location must not be empty, got ""',
    "agreement.facilities[0].location",
  ],
  "facility capacity": [
    "INVALID_INPUT",
    "agreement.facilities[0].capacity must be a capacity plan (capacity.plan), got an object",
    "agreement.facilities[0].capacity",
  ],
  "facility sourceIds": [
    "INVALID_INPUT",
    'agreement.facilities[0].sourceIds cites unknown source "t"',
    "agreement.facilities[0].sourceIds",
  ],
  "facility dup": ["INVALID_INPUT", 'agreement.facilities[1]: duplicate facility id "f"', "agreement.facilities[1]"],
  milestone: [
    "INVALID_INPUT",
    "agreement.milestones[0] must be a milestone (milestone.of), got an object",
    "agreement.milestones[0]",
  ],
  "amendment id": [
    "INVALID_INPUT",
    'agreement.amendments[0].id must not be empty, got ""',
    "agreement.amendments[0].id",
  ],
  "amendment date": [
    "INVALID_PERIOD",
    'agreement.amendments[0].date: not a reporting period: "22"',
    "agreement.amendments[0].date",
  ],
  "amendment description": [
    "INVALID_INPUT",
    'agreement.amendments[0].description must not be empty, got ""',
    "agreement.amendments[0].description",
  ],
  "amendment rationale": [
    "INVALID_INPUT",
    'agreement.amendments[0].rationale must not be empty, got ""',
    "agreement.amendments[0].rationale",
  ],
  "amendment changed": [
    "INVALID_INPUT",
    'agreement.amendments[0].changed[0] must be one of title, otherTitles, kind, signed, parties, commitments, facilities, milestones, sources, sourceIds, got "x"',
    "agreement.amendments[0].changed[0]",
  ],
  "amendment sourceIds": [
    "INVALID_INPUT",
    'agreement.amendments[0].sourceIds cites unknown source "t"',
    "agreement.amendments[0].sourceIds",
  ],
  "amendment dup": ["INVALID_INPUT", 'agreement.amendments[1]: duplicate amendment id "m"', "agreement.amendments[1]"],
  "amendment order": [
    "INVALID_INPUT",
    'agreement.amendments[1] is dated 2021, before amendment "m" (2022)',
    "agreement.amendments[1].date",
  ],
  "source id": ["INVALID_INPUT", 'agreement.sources[0].id must not be empty, got ""', "agreement.sources[0].id"],
  "source title": [
    "INVALID_INPUT",
    'agreement.sources[0].title must not be empty, got ""',
    "agreement.sources[0].title",
  ],
  "source url": [
    "INVALID_INPUT",
    'agreement.sources[0].url must be an http or https URL, got "x"',
    "agreement.sources[0].url",
  ],
  "source none": ["INVALID_INPUT", 'agreement.sources[0] "s" needs a title or a url', "agreement.sources[0]"],
  "source publisher": [
    "INVALID_INPUT",
    'agreement.sources[0].publisher must not be empty, got ""',
    "agreement.sources[0].publisher",
  ],
  "source published": [
    "INVALID_PERIOD",
    "agreement.sources[0].published must be a period, got 2021",
    "agreement.sources[0].published",
  ],
  "source language": [
    "INVALID_INPUT",
    'agreement.sources[0].language must be a BCP 47 language tag such as "en" or "zh-Hans", got ""',
    "agreement.sources[0].language",
  ],
  "source note": ["INVALID_INPUT", 'agreement.sources[0].note must not be empty, got ""', "agreement.sources[0].note"],
  "source dup": ["INVALID_INPUT", 'agreement.sources[1]: duplicate source id "s"', "agreement.sources[1]"],
  sourceIds: ["INVALID_INPUT", 'agreement.sourceIds must be an array, got "s"', "agreement.sourceIds"],
  signed: ["INVALID_PERIOD", 'agreement.signed: invalid day in "2021-02-30"', "agreement.signed"],
  "signed object": [
    "INVALID_PERIOD",
    "agreement.signed: quarter must be a whole number from 1 to 4, got 5",
    "agreement.signed",
  ],
  "amendment date range object": [
    "INVALID_PERIOD",
    "agreement.amendments[0].date: the ends of a range must be of the same kind, got a year (2022) and a month (2022-03)",
    "agreement.amendments[0].date",
  ],
  "party dup": ["INVALID_INPUT", 'agreement.parties[1]: duplicate party id "p"', "agreement.parties[1]"],
  "party unknown parent": [
    "INVALID_INPUT",
    'agreement.parties[0].parent.partyId refers to unknown party "q"',
    "agreement.parties[0].parent.partyId",
  ],
  "party names cite": [
    "INVALID_INPUT",
    'agreement.parties[0].otherNames[0].sourceIds cites unknown source "t"',
    "agreement.parties[0].otherNames[0].sourceIds",
  ],
};

describe("agreement.create error messages", () => {
  it.each(cases)("%s", (label, input) => {
    let caught: unknown;
    try {
      agreement.create(input as never);
    } catch (e) {
      caught = e;
    }
    if (!isAccordoError(caught)) throw new Error(`expected an AccordoError for ${label}`);
    const [code, message, where] = expected[label] ?? ["", "", ""];
    expect([caught.code, caught.message, caught.details?.["where"] ?? caught.details?.["path"]]).toEqual([
      code,
      message,
      where,
    ]);
  });

  it("lists an expectation for every case", () => {
    expect(Object.keys(expected).sort()).toEqual(cases.map(([label]) => label).sort());
  });
});
