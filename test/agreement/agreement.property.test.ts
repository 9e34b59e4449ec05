import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as agreement from "../../src/agreement/index.js";
import type { AgreementPartyInput } from "../../src/agreement/types.js";
import { thrown } from "../support.js";
import { D } from "../../src/decimal.js";

/** A forest of parties: party i's parent, when it has one, is a party j < i. */
const forest = fc
  .array(
    fc.record({
      parent: fc.option(fc.nat(), { nil: undefined }),
      share: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
    }),
    {
      minLength: 1,
      maxLength: 12,
    },
  )
  .map((specs) =>
    specs.map((spec, i): AgreementPartyInput => {
      const base = {
        id: `p${i}`,
        name: `Party ${i}`,
        kind: "company",
        roles: i % 2 === 0 ? ["investor"] : ["signatory"],
      };
      if (i === 0 || spec.parent === undefined) return base;
      const link =
        spec.share === undefined
          ? { partyId: `p${spec.parent % i}` }
          : { partyId: `p${spec.parent % i}`, share: `${spec.share / 100}` };
      return { ...base, parent: link };
    }),
  );

describe("agreement properties", () => {
  it("a parent chain follows the links to a root, without repeats, and its shares multiply", () => {
    fc.assert(
      fc.property(forest, (parties) => {
        const a = agreement.create({ id: "a", title: "T", kind: "investmentAgreement", parties });
        for (const p of a.parties) {
          const chain = agreement.parentChain(a, p.id);
          const ids = [p.id, ...chain.map((q) => q.id)];
          expect(new Set(ids).size).toBe(ids.length);
          expect(chain.at(-1)?.parent ?? (chain.length === 0 ? p.parent : undefined)).toBeUndefined();
          let expected: InstanceType<typeof D> | undefined = new D(1);
          let current = p;
          for (const ancestor of chain) {
            expect(current.parent?.partyId).toBe(ancestor.id);
            const share = current.parent?.share;
            expected = expected === undefined || share === undefined ? undefined : expected.times(share);
            const actual = agreement.effectiveShare(a, p.id, ancestor.id);
            if (expected === undefined) expect(actual).toBeUndefined();
            else expect(actual?.eq(expected)).toBe(true);
            current = ancestor;
          }
        }
      }),
    );
  });

  it("a link from a root back into its own tree is refused as a cycle", () => {
    fc.assert(
      fc.property(forest, fc.nat(), (parties, pick) => {
        const target = pick % parties.length;
        // Make p0 (a root) the child of a party whose chain reaches p0, or of itself.
        const a = agreement.create({ id: "a", title: "T", kind: "investmentAgreement", parties });
        const chainToRoot = [`p${target}`, ...agreement.parentChain(a, `p${target}`).map((q) => q.id)];
        if (!chainToRoot.includes("p0") || target === 0) return;
        const cyclic = parties.map((p) => (p.id === "p0" ? { ...p, parent: { partyId: `p${target}` } } : p));
        expect(
          thrown(() => agreement.create({ id: "a", title: "T", kind: "investmentAgreement", parties: cyclic })),
        ).toMatchObject({
          code: "INVALID_INPUT",
          details: { function: "agreement.create", path: "input.parties", expected: "parent links without a cycle" },
        });
      }),
    );
  });

  it("parties by role and commitments by party partition the agreement", () => {
    fc.assert(
      fc.property(forest, fc.array(fc.nat(), { maxLength: 20 }), (parties, owners) => {
        const commitments = owners.map((o, i) => ({
          id: `c${i}`,
          partyId: `p${o % parties.length}`,
          kind: i % 2 === 0 ? "jobs" : "land",
          description: `Commitment ${i}`,
        }));
        const a = agreement.create({ id: "a", title: "T", kind: "investmentAgreement", parties, commitments });
        const byParty = a.parties.flatMap((p) => agreement.commitmentsWhere(a, { partyId: p.id }));
        expect(byParty.map((c) => c.id).sort()).toEqual(a.commitments.map((c) => c.id).sort());
        const byKind = [
          ...agreement.commitmentsWhere(a, { kind: "jobs" }),
          ...agreement.commitmentsWhere(a, { kind: "land" }),
        ];
        expect(byKind.length).toBe(a.commitments.length);
        const roles = [...agreement.partiesWithRole(a, "investor"), ...agreement.partiesWithRole(a, "signatory")];
        expect(roles.length).toBe(a.parties.length);
      }),
    );
  });

  it("amend leaves the original untouched and records the fields replaced", () => {
    const fields = ["title", "kind", "signed", "commitments"] as const;
    fc.assert(
      fc.property(forest, fc.subarray([...fields]), (parties, chosen) => {
        const a = agreement.create({ id: "a", title: "T", kind: "investmentAgreement", signed: "2021", parties });
        const snapshot = JSON.stringify(a);
        const changes: Record<string, unknown> = {};
        if (chosen.includes("title")) changes["title"] = "T2";
        if (chosen.includes("kind")) changes["kind"] = "supplementaryAgreement";
        if (chosen.includes("signed")) changes["signed"] = "2021-11-27";
        if (chosen.includes("commitments"))
          changes["commitments"] = [{ id: "c", partyId: "p0", kind: "jobs", description: "d" }];
        const b = agreement.amend(a, { id: "m", date: "2022", description: "d" }, changes);
        expect(JSON.stringify(a)).toBe(snapshot);
        expect(b.amendments[0]?.changed).toEqual(
          agreement.AMENDABLE_FIELDS.filter((f) => chosen.includes(f as (typeof fields)[number])),
        );
        expect(agreement.create(b)).toEqual(b);
      }),
    );
  });
});
