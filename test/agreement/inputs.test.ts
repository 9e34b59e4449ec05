import { describe, expect, it } from "vitest";
import * as agreement from "../../src/agreement/index.js";
import type { AgreementInput } from "../../src/agreement/types.js";
import { D } from "../../src/decimal.js";
import * as money from "../../src/money/index.js";
import * as period from "../../src/period/index.js";
import * as capacity from "../../src/capacity/index.js";
import * as milestone from "../../src/milestone/index.js";
import { code, expectRefusal, flipping, thrown } from "../support.js";

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
      expect(thrown(() => agreement.source({ id: "s", url }))).toMatchObject({
        code: "INVALID_INPUT",
        details: { function: "agreement.source", path: "input.url" },
      });
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
      expect(thrown(() => agreement.source({ id: "s", title: "t", language: tag }))).toMatchObject({
        code: "INVALID_INPUT",
        details: { function: "agreement.source", path: "input.language" },
      });
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
      expect(thrown(() => agreement.party({ id: "p", name: "P", kind }))).toMatchObject({
        code: "INVALID_INPUT",
        details: { function: "agreement.party", path: "input.kind" },
      });
    }
  });
});

describe("texts", () => {
  it("refuse blank strings as empty and padded ones as padded", () => {
    expect(thrown(() => agreement.party({ id: " \t", name: "P", kind: "company" }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.party", path: "input.id" },
    });
    expect(thrown(() => agreement.party({ id: "p\n", name: "P", kind: "company" }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.party", path: "input.id" },
    });
    expect(thrown(() => agreement.party({ id: "p q", name: "P", kind: "company" }))).toBe("no error");
  });
});

describe("lists", () => {
  /** An array of `length` with holes where `entries` gives no value. */
  const holey = (length: number, entries: Record<number, unknown>): unknown[] =>
    Object.assign(new Array<unknown>(length), entries);

  it("refuse holes as missing entries", () => {
    expect(
      thrown(() =>
        agreement.party({ id: "p", name: "P", kind: "company", otherNames: holey(2, { 1: { name: "Q" } }) as never }),
      ),
    ).toMatchObject({ code: "INVALID_TYPE", details: { function: "agreement.party", path: "input.otherNames[0]" } });
    expect(thrown(() => agreement.create({ ...base, sourceIds: holey(3, { 0: "s", 2: "s" }) as never }))).toMatchObject(
      { code: "INVALID_TYPE", details: { function: "agreement.create", path: "input.sourceIds[1]" } },
    );
    expect(thrown(() => agreement.create({ ...base, parties: new Array(1) as never }))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "agreement.create", path: "input.parties[0]" },
    });
  });

  it("of source ids keep distinct ids in order and name a repeated one", () => {
    const p = agreement.party({ id: "p", name: "P", kind: "company", sourceIds: ["b", "a"] });
    expect(p.sourceIds).toEqual(["b", "a"]);
    expect(
      thrown(() => agreement.party({ id: "p", name: "P", kind: "company", sourceIds: ["a", "b", "a"] })),
    ).toMatchObject({ code: "INVALID_INPUT", details: { function: "agreement.party", path: "input.sourceIds[2]" } });
  });
});

describe("periods given as strings", () => {
  it("keep the parser's reason and say where", () => {
    expect(thrown(() => agreement.source({ id: "s", title: "t", published: "2021-Q5" }))).toMatchObject({
      code: "INVALID_PERIOD",
      details: { function: "agreement.source", path: "input.published" },
    });
  });

  it("or a Period value, checked", () => {
    expect(agreement.source({ id: "s", title: "t", published: period.quarter(2021, 4) }).published).toEqual(
      period.parse("2021-Q4"),
    );
    expect(
      thrown(() =>
        agreement.source({ id: "s", title: "t", published: { kind: "quarter", year: 2021, quarter: 5 } as never }),
      ),
    ).toMatchObject({
      code: "OUT_OF_RANGE",
      details: { function: "agreement.source", path: "input.published.quarter" },
    });
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
      thrown(() =>
        agreement.party({
          id: "p",
          name: "P",
          kind: "company",
          identifiers: [...identifiers, { scheme: "USCC", id: "1" }],
        }),
      ),
    ).toMatchObject({ code: "INVALID_INPUT", details: { function: "agreement.party", path: "input.identifiers[3]" } });
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
      thrown(() => agreement.party({ id: "p", name: "P", kind: "company", parent: { partyId: "q", share: "-0.001" } })),
    ).toMatchObject({ code: "OUT_OF_RANGE", details: { function: "agreement.party", path: "input.parent.share" } });
  });
});

describe("commitment amounts", () => {
  const c = { id: "c", partyId: "p", kind: "investment", description: "d" } as const;
  const usd = money.currency("USD");

  it("must be Money: anything else is refused at the amount, never a TypeError", () => {
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
      { amount: new D(1), currency: { code: 840 } },
      fn,
    ];
    for (const amount of cases) {
      const got = thrown(() => agreement.commitment({ ...c, amount: amount as never })) as {
        code: string;
        details: { function: string; path: string };
      };
      expect(["INVALID_TYPE", "INVALID_VALUE", "INVALID_NUMBER"]).toContain(got.code);
      expect(got.details.function).toBe("agreement.commitment");
      expect(got.details.path.startsWith("input.amount")).toBe(true);
    }
    // a Money-like value naming its currency by code is read as the Money it describes
    const read = agreement.commitment({ ...c, amount: { amount: new D(1), currency: "USD" } as never }).amount;
    expect(read && money.format(read)).toBe("$1.00");
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
    expect(thrown(() => agreement.create({ ...base, signed: "2021-12", amendments: at("2021-11") }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.create", path: "input.amendments[0].date" },
    });
    expect(thrown(() => agreement.create({ ...base, amendments: at("2022-Q2", "2022-03") }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.create", path: "input.amendments[1].date" },
    });
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
    expect(thrown(() => agreement.create({ ...base, parties }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.create", path: "input.parties" },
    });
  });

  it("are refused when found from any party, after chains already known to end", () => {
    const parties = [
      { id: "r", name: "R", kind: "company" },
      { id: "x", name: "X", kind: "company", parent: { partyId: "r" } },
      { id: "y", name: "Y", kind: "company", parent: { partyId: "x" } },
      { id: "u", name: "U", kind: "company", parent: { partyId: "v" } },
      { id: "v", name: "V", kind: "company", parent: { partyId: "u" } },
    ];
    expect(thrown(() => agreement.create({ ...base, parties }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.create", path: "input.parties" },
    });
    expect(code(() => agreement.create({ ...base, parties: parties.slice(0, 3) }))).toBeUndefined();
  });
});

describe("values that only stringify like valid input", () => {
  it("are not codes, language tags or URLs", () => {
    expect(thrown(() => agreement.party({ id: "p", name: "P", kind: null as never }))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "agreement.party", path: "input.kind" },
    });
    expect(thrown(() => agreement.party({ id: "p", name: "P", kind: ["company"] as never }))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "agreement.party", path: "input.kind" },
    });
    expect(thrown(() => agreement.source({ id: "s", title: "t", language: ["en"] as never }))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "agreement.source", path: "input.language" },
    });
    expect(thrown(() => agreement.source({ id: "s", url: ["https://example.org"] as never }))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "agreement.source", path: "input.url" },
    });
  });
});

describe("malformed lists and pieces say where they are", () => {
  const P = { id: "p", name: "P", kind: "company" };
  const C = { id: "c", partyId: "p", kind: "jobs", description: "d" };
  const F = { id: "f", name: "F", kind: "plant" };
  const A = { id: "m", date: "2022", description: "d" };
  const cases: [unknown, string, Readonly<Record<string, unknown>>][] = [
    [{ ...base, otherTitles: "x" }, "INVALID_TYPE", { function: "agreement.create", path: "input.otherTitles" }],
    [{ ...base, commitments: "x" }, "INVALID_TYPE", { function: "agreement.create", path: "input.commitments" }],
    [{ ...base, facilities: "x" }, "INVALID_TYPE", { function: "agreement.create", path: "input.facilities" }],
    [{ ...base, milestones: "x" }, "INVALID_TYPE", { function: "agreement.create", path: "input.milestones" }],
    [{ ...base, amendments: "x" }, "INVALID_TYPE", { function: "agreement.create", path: "input.amendments" }],
    [{ ...base, sources: "x" }, "INVALID_TYPE", { function: "agreement.create", path: "input.sources" }],
    [
      { ...base, parties: [{ ...P, otherNames: "x" }] },
      "INVALID_TYPE",
      { function: "agreement.create", path: "input.parties[0].otherNames" },
    ],
    [
      { ...base, parties: [{ ...P, roles: "investor" }] },
      "INVALID_TYPE",
      { function: "agreement.create", path: "input.parties[0].roles" },
    ],
    [
      { ...base, commitments: [{ ...C, sourceIds: "s" }] },
      "INVALID_TYPE",
      { function: "agreement.create", path: "input.commitments[0].sourceIds" },
    ],
    [
      { ...base, commitments: [{ ...C, amount: { amount: new D(1), currency: { code: "XYZ" } } }] },
      "INVALID_VALUE",
      { function: "agreement.create", path: "input.commitments[0].amount.currency" },
    ],
    [
      { ...base, facilities: [{ ...F, id: "" }] },
      "INVALID_INPUT",
      { function: "agreement.create", path: "input.facilities[0].id" },
    ],
    [
      { ...base, facilities: [{ ...F, sourceIds: "s" }] },
      "INVALID_TYPE",
      { function: "agreement.create", path: "input.facilities[0].sourceIds" },
    ],
    [
      { ...base, facilities: [{ ...F, operatorId: "" }] },
      "INVALID_INPUT",
      { function: "agreement.create", path: "input.facilities[0].operatorId" },
    ],
    [
      { ...base, amendments: [{ ...A, changed: "title" }] },
      "INVALID_TYPE",
      { function: "agreement.create", path: "input.amendments[0].changed" },
    ],
    [
      { ...base, amendments: [{ ...A, sourceIds: "s" }] },
      "INVALID_TYPE",
      { function: "agreement.create", path: "input.amendments[0].sourceIds" },
    ],
    [
      { ...base, commitments: [C, C] },
      "INVALID_INPUT",
      { function: "agreement.create", path: "input.commitments[1].id" },
    ],
    [
      { ...base, otherTitles: [{ name: "n", sourceIds: ["t"] }] },
      "INVALID_INPUT",
      { function: "agreement.create", path: "input.otherTitles[0].sourceIds[0]" },
    ],
    [
      { ...base, parties: [{ ...P, sourceIds: ["t"] }] },
      "INVALID_INPUT",
      { function: "agreement.create", path: "input.parties[0].sourceIds[0]" },
    ],
    [
      { ...base, parties: [P, { ...P, id: "q", parent: { partyId: "p", sourceIds: ["t"] } }] },
      "INVALID_INPUT",
      { function: "agreement.create", path: "input.parties[1].parent.sourceIds[0]" },
    ],
  ];
  it.each(cases.map(([input, code, details], i) => [i, input, code, details] as const))(
    "case %i",
    (_, input, code, details) => {
      expect(thrown(() => agreement.create(input as never))).toMatchObject({ code, details });
    },
  );

  it("the arguments of party, commitment and amend too", () => {
    expect(thrown(() => agreement.party(5 as never))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "agreement.party", path: "input" },
    });
    expect(thrown(() => agreement.commitment(5 as never))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "agreement.commitment", path: "input" },
    });
    expect(thrown(() => agreement.amend(null as never, A))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "agreement.amend", path: "agreement" },
    });
    expect(thrown(() => agreement.amend(agreement.create(base), null as never))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "agreement.amend", path: "amendment" },
    });
  });
});

describe("milestones and capacity plans from elsewhere", () => {
  const m = milestone.of({
    id: "m",
    kind: "massProduction",
    targets: [{ target: "2024-S1", asOf: "2021-11-27", sourceId: "s" }],
    reports: [{ status: "scheduled", asOf: "2022-01-05" }],
  });
  const plan = capacity.plan({
    unit: "vehicles",
    total: "300000",
    phases: [{ capacity: "150000", history: [{ status: "announced", on: "2021-11-27", sourceId: "s" }] }, {}],
  });
  const withMilestone = (value: unknown) => () => agreement.create({ ...base, milestones: [value as never] });
  const withPlan = (value: unknown) => () =>
    agreement.create({ ...base, facilities: [{ id: "f", name: "F", kind: "plant", capacity: value as never }] });
  const heldMilestone = (value: unknown) => withMilestone(value)().milestones[0];
  const heldPlan = (value: unknown) => withPlan(value)().facilities[0]?.capacity;
  /** A frozen copy with one field replaced: a plan or milestone made by hand, as the library's look. */
  const forged = <T extends object>(value: T, fields: Record<string, unknown>): T =>
    Object.freeze({ ...value, ...fields });

  it("holds a value the library made as it is", () => {
    expect(heldMilestone(m)).toBe(m);
    expect(heldPlan(plan)).toBe(plan);
  });

  it("reads a frozen value it did not make as its namespace reads it, and holds the rebuilt one", () => {
    // a frozen copy, as another copy of the library (ESM or CJS) makes them: no brand here
    const copy = Object.freeze({ ...m });
    expect(heldMilestone(copy)).not.toBe(copy);
    expect(heldMilestone(copy)).toEqual(m);
    const planCopy = Object.freeze({ ...plan });
    expect(heldPlan(planCopy)).not.toBe(planCopy);
    expect(heldPlan(planCopy)).toEqual(plan);
    expect(capacity.statusAt(heldPlan(planCopy)!, 1, "2022-01-01")).toBe("announced");
  });

  it("refuses a frozen forged plan or milestone with a getter with INVALID_VALUE", () => {
    const getter = <T extends object>(value: T, key: string, answer: unknown): T =>
      Object.freeze(Object.defineProperty({ ...value }, key, { enumerable: true, get: () => answer }));
    expectRefusal(
      withPlan(getter(plan, "phases", [null])),
      "INVALID_VALUE",
      "agreement.create: input.facilities[0].capacity.phases[0]",
    );
    expectRefusal(
      withPlan(getter(plan, "unit", 7)),
      "INVALID_VALUE",
      "agreement.create: input.facilities[0].capacity.unit",
    );
    expectRefusal(
      withMilestone(getter(m, "targets", [])),
      "INVALID_VALUE",
      "agreement.create: input.milestones[0].targets",
    );
    expectRefusal(withMilestone(getter(m, "id", 5)), "INVALID_VALUE", "agreement.create: input.milestones[0].id");
  });

  it("reads a getter once: one that turns broken after its first read leaves the agreement holding the valid value", () => {
    const held = heldPlan(flipping(plan, "total", plan.total, null));
    expect(held?.total.toString()).toBe("300000");
    expect(capacity.unassigned(held!).toString()).toBe("150000");
    const heldM = heldMilestone(flipping(m, "targets", m.targets, null));
    expect(heldM?.targets).toEqual(m.targets);
  });

  it("refuses a frozen value that is not a plan or a milestone, at the field, with INVALID_VALUE", () => {
    expectRefusal(
      withMilestone(Object.freeze({ id: "m", targets: Object.freeze([]), reports: Object.freeze([]), achieved: null })),
      "INVALID_VALUE",
      "agreement.create: input.milestones[0].kind",
    );
    expectRefusal(
      withMilestone(forged(m, { targets: Object.freeze([null]) })),
      "INVALID_VALUE",
      "agreement.create: input.milestones[0].targets[0]",
    );
    expectRefusal(
      withMilestone(
        forged(m, { reports: Object.freeze([Object.freeze({ status: "met", asOf: "2024-01-01", sourceId: 1 })]) }),
      ),
      "INVALID_VALUE",
      "agreement.create: input.milestones[0].reports[0].sourceId",
    );
    expectRefusal(
      withMilestone(forged(m, { achieved: 5 })),
      "INVALID_VALUE",
      "agreement.create: input.milestones[0].achieved",
    );
    // read as milestone.of reads it: a bare day is the day it was achieved
    expect(heldMilestone(forged(m, { achieved: "2024-04-03" }))?.achieved?.on).toBe("2024-04-03");
    expectRefusal(withMilestone(forged(m, { id: "" })), "INVALID_VALUE", "agreement.create: input.milestones[0].id");
    const phase = plan.phases[0]!;
    expectRefusal(
      withPlan(forged(plan, { phases: Object.freeze([forged(phase, { history: Object.freeze([undefined]) })]) })),
      "INVALID_VALUE",
      "agreement.create: input.facilities[0].capacity.phases[0].history[0]",
    );
    expectRefusal(
      withPlan(forged(plan, { phases: Object.freeze([]) })),
      "INVALID_VALUE",
      "agreement.create: input.facilities[0].capacity.phases",
    );
    // a refused number keeps its code
    expectRefusal(
      withPlan(forged(plan, { total: "-1" })),
      "OUT_OF_RANGE",
      "agreement.create: input.facilities[0].capacity.total",
    );
  });

  it("must be frozen", () => {
    expect(thrown(withMilestone({ id: "m", targets: [], reports: [], achieved: null }))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "agreement.create", path: "input.milestones[0]" },
    });
    expect(thrown(withMilestone({ ...m }))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "agreement.create", path: "input.milestones[0]" },
    });
    expect(thrown(withPlan({ unit: "vehicles", phases: [] }))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "agreement.create", path: "input.facilities[0].capacity" },
    });
    expect(thrown(withPlan({ ...plan }))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "agreement.create", path: "input.facilities[0].capacity" },
    });
  });

  it("cite their sources by id, known to the agreement, and an entry without one cites nothing", () => {
    const a = agreement.create({ ...base, milestones: [m] });
    expect(agreement.claims(a).filter((c) => c.kind === "milestoneTarget")).toEqual([
      { kind: "milestoneTarget", id: "m", path: "/milestones/0/targets/0", sourceIds: ["s"] },
    ]);
    expect(agreement.claims(a).filter((c) => c.kind === "milestoneReport")).toEqual([
      { kind: "milestoneReport", id: "m", path: "/milestones/0/reports/0", sourceIds: [] },
    ]);
    const citesT = milestone.achieve(m, "2024-04-03", "t");
    expect(thrown(withMilestone(citesT))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.create", path: "input.milestones[0].achieved.sourceId[0]" },
    });
    const history = capacity.addStatusChange(plan, 1, "underConstruction", "2022-04-01", "t");
    expect(thrown(withPlan(history))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "agreement.create", path: "input.facilities[0].capacity.phases[0].history[1].sourceId[0]" },
    });
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
      expect(thrown(() => agreement.create({ ...base, parties }))).toMatchObject({
        code: "INVALID_INPUT",
        details: { function: "agreement.create", path: "input.parties" },
      });
    }
  });
});

describe("days given as a JS Date or a Temporal.PlainDate-like object", () => {
  const plain = (year: number, month: number, day: number) => ({ year, month, day, toString: () => "" });
  it("are read as their day wherever a period is taken", () => {
    const a = agreement.create({
      ...base,
      signed: new Date(Date.UTC(2021, 10, 27, 23, 59)),
      sources: [{ id: "s", title: "S", published: plain(2021, 11, 28) }],
      commitments: [{ id: "c", partyId: "p", kind: "jobs", description: "d", due: new Date("2024-06-30T00:00:00Z") }],
      amendments: [{ id: "m", date: plain(2022, 1, 5), description: "d" }],
    });
    expect(period.format(a.signed!)).toBe("2021-11-27");
    expect(period.format(a.sources[0]!.published!)).toBe("2021-11-28");
    expect(period.format(a.commitments[0]!.due!)).toBe("2024-06-30");
    expect(period.format(a.amendments[0]!.date)).toBe("2022-01-05");
    const amended = agreement.amend(a, { id: "n", date: new Date(Date.UTC(2023, 0, 1)), description: "d" });
    expect(period.format(amended.amendments[1]!.date)).toBe("2023-01-01");
    expect(
      period.format(agreement.source({ id: "s", url: "https://e.org", published: plain(2020, 2, 29) }).published!),
    ).toBe("2020-02-29");
  });

  it("are refused with INVALID_PERIOD when they are no day", () => {
    expect(thrown(() => agreement.create({ ...base, signed: new Date(Number.NaN) }))).toMatchObject({
      code: "INVALID_PERIOD",
      details: { function: "agreement.create", path: "input.signed" },
    });
    expect(
      thrown(() =>
        agreement.commitment({ id: "c", partyId: "p", kind: "jobs", description: "d", due: plain(2021, 2, 29) }),
      ),
    ).toMatchObject({ code: "INVALID_PERIOD", details: { function: "agreement.commitment", path: "input.due" } });
  });
});
