import { describe, expect, it } from "vitest";
import * as agreement from "../../src/agreement/index.js";
import type { AgreementInput } from "../../src/agreement/types.js";
import { D } from "../../src/decimal.js";
import { describe as describeValue } from "../../src/errors.js";
import * as money from "../../src/money/index.js";
import * as period from "../../src/period/index.js";
import { code, refusal } from "../support.js";

// The edges of the input checks shared by agreement and zone (src/checks.ts)
// and of the agreement constructors: what is accepted, what is refused, with
// which message, and which keys an optional field leaves out.

const base: AgreementInput = {
  id: "a",
  title: "T",
  kind: "investmentAgreement",
  sources: [{ id: "s", title: "S" }],
  parties: [{ id: "p", name: "P", kind: "company" }],
};

describe("URLs of sources", () => {
  it("accepts http and https, in any case", () => {
    expect(agreement.source({ id: "s", url: "http://example.org" }).url).toBe("http://example.org");
    expect(agreement.source({ id: "s", url: "HTTPS://EXAMPLE.ORG/A?b=1#c" }).url).toBe("HTTPS://EXAMPLE.ORG/A?b=1#c");
  });

  it("refuses text around a URL and whitespace inside it", () => {
    for (const url of [
      "see https://example.org",
      "https://example.org/a b",
      "https://example.org\n",
      "https:///path",
    ]) {
      expect(refusal(() => agreement.source({ id: "s", url }))).toEqual([
        "INVALID_INPUT",
        `source.url must be an http or https URL, got ${JSON.stringify(url)}`,
        { where: "source.url" },
      ]);
    }
  });
});

describe("language tags", () => {
  it("accepts two or three letters and subtags of one to eight letters or digits", () => {
    for (const tag of ["en", "ita", "zh-Hans", "de-CH-1901", "en-x", "de-12345678"]) {
      expect(agreement.source({ id: "s", title: "t", language: tag }).language).toBe(tag);
    }
  });

  it("refuses other shapes", () => {
    for (const tag of ["e", "engl", "en-", "en-123456789", "-en", "en_GB", "1en", "en GB"]) {
      expect(refusal(() => agreement.source({ id: "s", title: "t", language: tag }))?.[1]).toBe(
        `source.language must be a BCP 47 language tag such as "en" or "zh-Hans", got ${JSON.stringify(tag)}`,
      );
    }
  });
});

describe("codes", () => {
  it("accept a letter followed by letters, digits, _, . and -", () => {
    expect(agreement.party({ id: "p", name: "P", kind: "a" }).kind).toBe("a");
    expect(agreement.party({ id: "p", name: "P", kind: "Z9_.-x" }).kind).toBe("Z9_.-x");
  });

  it("refuse anything else", () => {
    for (const kind of ["9a", "_a", "a b", "a!", " a", "a\n"]) {
      expect(refusal(() => agreement.party({ id: "p", name: "P", kind }))).toEqual([
        "INVALID_INPUT",
        `party.kind must be a code (a letter, then letters, digits, "_", "." or "-"), got ${JSON.stringify(kind)}`,
        { where: "party.kind" },
      ]);
    }
  });
});

describe("texts", () => {
  it("refuse blank strings as empty and padded ones as padded", () => {
    expect(refusal(() => agreement.party({ id: " \t", name: "P", kind: "company" }))).toEqual([
      "INVALID_INPUT",
      'party.id must not be empty, got " \\t"',
      { where: "party.id", value: " \t" },
    ]);
    expect(refusal(() => agreement.party({ id: "p\n", name: "P", kind: "company" }))).toEqual([
      "INVALID_INPUT",
      'party.id must not start or end with whitespace, got "p\\n"',
      { where: "party.id", value: "p\n" },
    ]);
    expect(refusal(() => agreement.party({ id: "p q", name: "P", kind: "company" }))).toBeUndefined();
  });
});

describe("lists", () => {
  /** An array of `length` with holes where `entries` gives no value. */
  const holey = (length: number, entries: Record<number, unknown>): unknown[] =>
    Object.assign(new Array<unknown>(length), entries);

  it("refuse holes as missing entries", () => {
    expect(
      refusal(() =>
        agreement.party({ id: "p", name: "P", kind: "company", otherNames: holey(2, { 1: { name: "Q" } }) as never }),
      ),
    ).toEqual([
      "INVALID_INPUT",
      "party.otherNames[0] must be an object, got undefined",
      { where: "party.otherNames[0]" },
    ]);
    expect(refusal(() => agreement.create({ ...base, sourceIds: holey(3, { 0: "s", 2: "s" }) as never }))).toEqual([
      "INVALID_INPUT",
      "agreement.sourceIds[1] must be a string, got undefined",
      { where: "agreement.sourceIds[1]" },
    ]);
    expect(refusal(() => agreement.create({ ...base, parties: new Array(1) as never }))?.[1]).toBe(
      "agreement.parties[0] must be an object, got undefined",
    );
  });

  it("of source ids keep distinct ids in order and name a repeated one", () => {
    const p = agreement.party({ id: "p", name: "P", kind: "company", sourceIds: ["b", "a"] });
    expect(p.sourceIds).toEqual(["b", "a"]);
    expect(refusal(() => agreement.party({ id: "p", name: "P", kind: "company", sourceIds: ["a", "b", "a"] }))).toEqual(
      ["INVALID_INPUT", 'party.sourceIds lists "a" twice', { where: "party.sourceIds", value: "a" }],
    );
  });
});

describe("periods given as strings", () => {
  it("keep the parser's reason and say where", () => {
    expect(refusal(() => agreement.source({ id: "s", title: "t", published: "2021-Q5" }))).toEqual([
      "INVALID_PERIOD",
      'source.published: invalid quarter (must be Q1 to Q4) in "2021-Q5"',
      { where: "source.published", value: "2021-Q5" },
    ]);
  });

  it("or a Period value, checked", () => {
    expect(agreement.source({ id: "s", title: "t", published: period.quarter(2021, 4) }).published).toEqual(
      period.parse("2021-Q4"),
    );
    expect(
      refusal(() =>
        agreement.source({ id: "s", title: "t", published: { kind: "quarter", year: 2021, quarter: 5 } as never }),
      )?.[0],
    ).toBe("INVALID_PERIOD");
  });
});

describe("optional fields left out leave no key behind", () => {
  it("sources", () => {
    expect(Object.keys(agreement.source({ id: "s", title: "t" }))).toEqual(["id", "title"]);
    expect(Object.keys(agreement.source({ id: "s", url: "https://example.org" }))).toEqual(["id", "url"]);
    const full = agreement.source({
      id: "s",
      title: "t",
      url: "https://example.org",
      publisher: "P",
      published: "2021",
      language: "en",
      note: "n",
    });
    expect(Object.keys(full)).toEqual(["id", "title", "url", "publisher", "published", "language", "note"]);
  });

  it("localized names", () => {
    const p = agreement.party({
      id: "p",
      name: "P",
      kind: "company",
      otherNames: [{ name: "Q" }, { name: "R", lang: "en", kind: "short" }],
    });
    expect(p.otherNames.map((n) => Object.keys(n))).toEqual([
      ["name", "sourceIds"],
      ["name", "sourceIds", "lang", "kind"],
    ]);
  });

  it("parties, parent links, commitments, facilities and amendments", () => {
    expect(Object.keys(agreement.party({ id: "p", name: "P", kind: "company" }))).toEqual([
      "id",
      "name",
      "otherNames",
      "kind",
      "identifiers",
      "sourceIds",
    ]);
    expect(
      Object.keys(agreement.party({ id: "p", name: "P", kind: "company", parent: { partyId: "q" } }).parent ?? {}),
    ).toEqual(["partyId", "sourceIds"]);
    expect(Object.keys(agreement.commitment({ id: "c", partyId: "p", kind: "jobs", description: "d" }))).toEqual([
      "id",
      "partyId",
      "kind",
      "description",
      "status",
      "sourceIds",
    ]);
    const a = agreement.create({
      ...base,
      facilities: [
        { id: "f", name: "F", kind: "plant" },
        { id: "g", name: "G", kind: "plant", operatorId: "p", location: "L" },
      ],
      amendments: [
        { id: "m", date: "2022", description: "d" },
        { id: "n", date: "2023", description: "d", rationale: "r" },
      ],
    });
    expect(a.facilities.map((f) => Object.keys(f))).toEqual([
      ["id", "name", "kind", "sourceIds"],
      ["id", "name", "kind", "sourceIds", "operatorId", "location"],
    ]);
    expect(a.amendments.map((m) => Object.keys(m))).toEqual([
      ["id", "date", "description", "changed", "sourceIds"],
      ["id", "date", "description", "changed", "sourceIds", "rationale"],
    ]);
    expect(Object.keys(agreement.create(base))).not.toContain("signed");
  });
});

describe("identifiers", () => {
  it("are unique by scheme and id together", () => {
    const identifiers = [
      { scheme: "LEI", id: "1" },
      { scheme: "LEI", id: "2" },
      { scheme: "USCC", id: "1" },
    ];
    expect(agreement.party({ id: "p", name: "P", kind: "company", identifiers }).identifiers).toEqual(identifiers);
    expect(
      refusal(() =>
        agreement.party({
          id: "p",
          name: "P",
          kind: "company",
          identifiers: [...identifiers, { scheme: "USCC", id: "1" }],
        }),
      ),
    ).toEqual([
      "INVALID_INPUT",
      'party.identifiers[3]: identifier USCC "1" is listed twice',
      { where: "party.identifiers[3]" },
    ]);
  });
});

describe("parent shares", () => {
  it("run from 0 to 1 inclusive", () => {
    for (const share of ["0", "1", "0.5"]) {
      expect(
        agreement
          .party({ id: "p", name: "P", kind: "company", parent: { partyId: "q", share } })
          .parent?.share?.toString(),
      ).toBe(share);
    }
    expect(
      refusal(() =>
        agreement.party({ id: "p", name: "P", kind: "company", parent: { partyId: "q", share: "-0.001" } }),
      ),
    ).toEqual([
      "INVALID_INPUT",
      "party.parent.share must be a fraction from 0 to 1, got -0.001",
      { where: "party.parent.share", value: "-0.001" },
    ]);
  });
});

describe("commitment amounts", () => {
  const c = { id: "c", partyId: "p", kind: "investment", description: "d" } as const;
  const usd = money.currency("USD");

  it("must look like Money before they are checked as Money", () => {
    const fn = Object.assign(() => 0, { amount: new D(1), currency: usd });
    const cases: unknown[] = [
      5,
      null,
      { amount: 5, currency: usd },
      { amount: null, currency: usd },
      { amount: {}, currency: usd },
      { amount: Object.assign(() => 1, { isFinite: () => true }), currency: usd },
      { amount: new D("Infinity"), currency: usd },
      { amount: new D(1) },
      { amount: new D(1), currency: null },
      { amount: new D(1), currency: "USD" },
      { amount: new D(1), currency: { code: 840 } },
      fn,
    ];
    for (const amount of cases) {
      expect(refusal(() => agreement.commitment({ ...c, amount: amount as never }))).toEqual([
        "INVALID_INPUT",
        `commitment.amount must be a Money value (money.of), got ${describeValue(amount)}`,
        { where: "commitment.amount" },
      ]);
    }
  });

  it("are kept as the library's Money", () => {
    const m = money.of("12.50", "USD");
    expect(agreement.commitment({ ...c, amount: m }).amount).toBe(m);
    const loose = { amount: new D("12.50"), currency: { ...usd } };
    const kept = agreement.commitment({ ...c, amount: loose as never }).amount;
    expect(kept && money.format(kept)).toBe("$12.50");
    expect(Object.isFrozen(kept)).toBe(true);
  });
});

describe("amendment dates", () => {
  it("may start when the signing or the previous amendment starts, not end before it", () => {
    const at = (...dates: string[]) => dates.map((date, i) => ({ id: `m${i}`, date, description: "d" }));
    expect(refusal(() => agreement.create({ ...base, signed: "2021-12", amendments: at("2021-11") }))).toEqual([
      "INVALID_INPUT",
      "agreement.amendments[0] is dated 2021-11, before the signing (2021-12)",
      { where: "agreement.amendments[0].date" },
    ]);
    expect(refusal(() => agreement.create({ ...base, amendments: at("2022-Q2", "2022-03") }))?.[1]).toBe(
      'agreement.amendments[1] is dated 2022-03, before amendment "m0" (2022-Q2)',
    );
    expect(
      code(() => agreement.create({ ...base, signed: "2021-12", amendments: at("2021-Q4", "2021-12-01") })),
    ).toBeUndefined();
  });
});

describe("parent cycles", () => {
  it("name the cycle itself, not the path that leads into it", () => {
    const parties = [
      { id: "d", name: "D", kind: "company", parent: { partyId: "a" } },
      { id: "a", name: "A", kind: "company", parent: { partyId: "b" } },
      { id: "b", name: "B", kind: "company", parent: { partyId: "a" } },
    ];
    expect(refusal(() => agreement.create({ ...base, parties }))).toEqual([
      "INVALID_INPUT",
      "agreement.parties: parent links form a cycle: a -> b -> a",
      { where: "agreement.parties", cycle: ["a", "b", "a"] },
    ]);
  });

  it("are refused when found from any party, after chains already known to end", () => {
    const parties = [
      { id: "r", name: "R", kind: "company" },
      { id: "x", name: "X", kind: "company", parent: { partyId: "r" } },
      { id: "y", name: "Y", kind: "company", parent: { partyId: "x" } },
      { id: "u", name: "U", kind: "company", parent: { partyId: "v" } },
      { id: "v", name: "V", kind: "company", parent: { partyId: "u" } },
    ];
    expect(refusal(() => agreement.create({ ...base, parties }))?.[1]).toBe(
      "agreement.parties: parent links form a cycle: u -> v -> u",
    );
    expect(code(() => agreement.create({ ...base, parties: parties.slice(0, 3) }))).toBeUndefined();
  });
});

describe("values that only stringify like valid input", () => {
  it("are not codes, language tags or URLs", () => {
    expect(refusal(() => agreement.party({ id: "p", name: "P", kind: null as never }))?.[1]).toBe(
      'party.kind must be a code (a letter, then letters, digits, "_", "." or "-"), got null',
    );
    expect(refusal(() => agreement.party({ id: "p", name: "P", kind: ["company"] as never }))?.[0]).toBe(
      "INVALID_INPUT",
    );
    expect(refusal(() => agreement.source({ id: "s", title: "t", language: ["en"] as never }))?.[2]).toEqual({
      where: "source.language",
    });
    expect(refusal(() => agreement.source({ id: "s", url: ["https://example.org"] as never }))?.[2]).toEqual({
      where: "source.url",
    });
  });
});

describe("malformed lists and pieces say where they are", () => {
  const P = { id: "p", name: "P", kind: "company" };
  const C = { id: "c", partyId: "p", kind: "jobs", description: "d" };
  const F = { id: "f", name: "F", kind: "plant" };
  const A = { id: "m", date: "2022", description: "d" };
  const cases: [unknown, string][] = [
    [{ ...base, otherTitles: "x" }, 'agreement.otherTitles must be an array, got "x"'],
    [{ ...base, commitments: "x" }, 'agreement.commitments must be an array, got "x"'],
    [{ ...base, facilities: "x" }, 'agreement.facilities must be an array, got "x"'],
    [{ ...base, milestones: "x" }, 'agreement.milestones must be an array, got "x"'],
    [{ ...base, amendments: "x" }, 'agreement.amendments must be an array, got "x"'],
    [{ ...base, sources: "x" }, 'agreement.sources must be an array, got "x"'],
    [{ ...base, parties: [{ ...P, otherNames: "x" }] }, 'agreement.parties[0].otherNames must be an array, got "x"'],
    [
      { ...base, parties: [{ ...P, roles: "investor" }] },
      'agreement.parties[0].roles must be an array, got "investor"',
    ],
    [
      { ...base, commitments: [{ ...C, sourceIds: "s" }] },
      'agreement.commitments[0].sourceIds must be an array, got "s"',
    ],
    [
      { ...base, commitments: [{ ...C, amount: { amount: new D(1), currency: { code: "XYZ" } } }] },
      "agreement.commitments[0].amount.currency must be a Currency (an ISO 4217 entry from money.currency or a value from money.defineCurrency), got an object",
    ],
    [{ ...base, facilities: [{ ...F, id: "" }] }, 'agreement.facilities[0].id must not be empty, got ""'],
    [
      { ...base, facilities: [{ ...F, sourceIds: "s" }] },
      'agreement.facilities[0].sourceIds must be an array, got "s"',
    ],
    [
      { ...base, facilities: [{ ...F, operatorId: "" }] },
      'agreement.facilities[0].operatorId must not be empty, got ""',
    ],
    [
      { ...base, amendments: [{ ...A, changed: "title" }] },
      'agreement.amendments[0].changed must be an array, got "title"',
    ],
    [
      { ...base, amendments: [{ ...A, sourceIds: "s" }] },
      'agreement.amendments[0].sourceIds must be an array, got "s"',
    ],
    [{ ...base, commitments: [C, C] }, 'agreement.commitments[1]: duplicate commitment id "c"'],
    [
      { ...base, otherTitles: [{ name: "n", sourceIds: ["t"] }] },
      'agreement.otherTitles[0].sourceIds cites unknown source "t"',
    ],
    [{ ...base, parties: [{ ...P, sourceIds: ["t"] }] }, 'agreement.parties[0].sourceIds cites unknown source "t"'],
    [
      { ...base, parties: [P, { ...P, id: "q", parent: { partyId: "p", sourceIds: ["t"] } }] },
      'agreement.parties[1].parent.sourceIds cites unknown source "t"',
    ],
  ];
  it.each(cases.map(([input, message], i) => [i, input, message] as const))("case %i", (_, input, message) => {
    expect(refusal(() => agreement.create(input as never))?.[1]).toBe(message);
  });

  it("the arguments of party, commitment and amend too", () => {
    expect(refusal(() => agreement.party(5 as never))?.[1]).toBe("party must be an object, got 5");
    expect(refusal(() => agreement.commitment(5 as never))?.[1]).toBe("commitment must be an object, got 5");
    expect(refusal(() => agreement.amend(null as never, A))?.[1]).toBe("agreement must be an object, got null");
    expect(refusal(() => agreement.amend(agreement.create(base), null as never))?.[1]).toBe(
      "amendment must be an object, got null",
    );
  });
});

describe("milestones and capacity plans from elsewhere", () => {
  const milestoneLike = (fields: Record<string, unknown>) =>
    Object.freeze({ id: "m", targets: Object.freeze([]), reports: Object.freeze([]), achieved: null, ...fields });
  const planLike = (phases: unknown) => Object.freeze({ unit: "vehicles", phases: Object.freeze(phases) });
  const withMilestone = (m: unknown) => () => agreement.create({ ...base, milestones: [m as never] });
  const withPlan = (plan: unknown) => () =>
    agreement.create({ ...base, facilities: [{ id: "f", name: "F", kind: "plant", capacity: plan as never }] });

  it("must have the shape of a milestone", () => {
    expect(refusal(withMilestone(milestoneLike({})))).toBeUndefined();
    expect(
      refusal(withMilestone(milestoneLike({ achieved: Object.freeze({ on: "2024-04-03", sourceId: null }) }))),
    ).toBeUndefined();
    for (const fields of [{ targets: "x" }, { reports: "x" }, { achieved: "2024-04-03" }, { achieved: undefined }]) {
      expect(refusal(withMilestone(milestoneLike(fields)))).toEqual([
        "INVALID_INPUT",
        "agreement.milestones[0] must be a milestone (milestone.of), got an object",
        { where: "agreement.milestones[0]" },
      ]);
    }
    expect(refusal(withMilestone(milestoneLike({ id: "" })))?.[1]).toBe(
      'agreement.milestones[0].id must not be empty, got ""',
    );
  });

  it("must be frozen", () => {
    expect(refusal(withMilestone({ id: "m", targets: [], reports: [], achieved: null }))).toEqual([
      "INVALID_INPUT",
      "agreement.milestones[0] must be made by milestone.of (a frozen value), got an unfrozen object",
      { where: "agreement.milestones[0]" },
    ]);
    expect(refusal(withPlan({ unit: "vehicles", phases: [] }))).toEqual([
      "INVALID_INPUT",
      "agreement.facilities[0].capacity must be made by capacity.plan (a frozen value), got an unfrozen object",
      { where: "agreement.facilities[0].capacity" },
    ]);
  });

  it("must have phases that are objects with a history", () => {
    expect(refusal(withPlan(planLike([Object.freeze({ history: Object.freeze([]) })])))).toBeUndefined();
    const notPhases = [
      [null],
      [{}],
      [Object.freeze({ history: Object.freeze([]) }), {}],
      [Object.assign(() => 0, { history: [] })],
    ];
    for (const phases of notPhases) {
      expect(refusal(withPlan(planLike(phases)))).toEqual([
        "INVALID_INPUT",
        "agreement.facilities[0].capacity must be a capacity plan (capacity.plan), got an object",
        { where: "agreement.facilities[0].capacity" },
      ]);
    }
  });

  it("hold entries that are objects citing at most one source by id, even when frozen by hand", () => {
    expect(refusal(withMilestone(milestoneLike({ targets: Object.freeze([null]) })))).toEqual([
      "INVALID_INPUT",
      "agreement.milestones[0].targets[0] must be an object, got null",
      { where: "agreement.milestones[0].targets[0]" },
    ]);
    expect(
      refusal(
        withMilestone(milestoneLike({ reports: Object.freeze([Object.freeze({ status: "met", sourceId: 1 })]) })),
      )?.[1],
    ).toBe("agreement.milestones[0].reports[0].sourceId must be a string, got 1");
    expect(refusal(withPlan(planLike([Object.freeze({ history: Object.freeze([undefined]) })])))?.[1]).toBe(
      "agreement.facilities[0].capacity.phases[0].history[0] must be an object, got undefined",
    );
  });

  it("cite their sources by id, and an entry without one cites nothing", () => {
    const target = Object.freeze({ target: { kind: "half", year: 2024, half: 1 }, asOf: "2021-11-27" });
    const a = agreement.create({ ...base, milestones: [milestoneLike({ targets: Object.freeze([target]) }) as never] });
    expect(agreement.claims(a).filter((c) => c.kind === "milestoneTarget")).toEqual([
      { kind: "milestoneTarget", id: "m", path: "/milestones/0/targets/0", sourceIds: [] },
    ]);
    const cites = (entry: Record<string, unknown>) => Object.freeze({ asOf: "2024-04-03", sourceId: "t", ...entry });
    expect(refusal(withMilestone(milestoneLike({ achieved: cites({ on: "2024-04-03" }) })))?.[1]).toBe(
      'agreement.milestones[0].achieved.sourceId cites unknown source "t"',
    );
    expect(refusal(withMilestone(milestoneLike({ reports: Object.freeze([cites({ status: "met" })]) })))?.[1]).toBe(
      'agreement.milestones[0].reports[0].sourceId cites unknown source "t"',
    );
    const history = Object.freeze([cites({ status: "announced", on: "2021-11-27" })]);
    expect(refusal(withPlan(planLike([Object.freeze({ history })])))).toEqual([
      "INVALID_INPUT",
      'agreement.facilities[0].capacity.phases[0].history[0].sourceId cites unknown source "t"',
      { where: "agreement.facilities[0].capacity.phases[0].history[0].sourceId", sourceId: "t" },
    ]);
  });
});

describe("a cycle through a party of any id", () => {
  it("is found even when a chain checked before ends at a root named like anything", () => {
    // Party ids are free text: the cycle check must not treat any id as known to end a chain.
    for (const id of ["root", "Stryker was here", "a b"]) {
      const parties = [
        { id: "r", name: "R", kind: "company" },
        { id, name: "X", kind: "company", parent: { partyId: "y" } },
        { id: "y", name: "Y", kind: "company", parent: { partyId: id } },
      ];
      expect(refusal(() => agreement.create({ ...base, parties }))?.[1]).toBe(
        `agreement.parties: parent links form a cycle: ${id} -> y -> ${id}`,
      );
    }
  });
});
