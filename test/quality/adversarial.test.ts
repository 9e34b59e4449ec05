/**
 * Regression tests for issue 16 (an adversarial review): huge magnitudes, decimals mutated
 * through returned values, forged values whose getters change between reads, sparse arrays,
 * and long ownership chains.
 */
import { describe, expect, it } from "vitest";
import { agreement, growth, zone } from "../../src/index.js";
import { seedZone } from "../fixtures/seed.js";
import { thrown } from "../support.js";

describe("issue 16, finding 5: holes in arrays are refused like undefined", () => {
  const comp = { current: "424.36", rate: growth.fromPercent("32") };
  const part = { current: "403.74", rate: growth.fromPercent("33.0") };

  it("growth.remainder refuses [ , ] and [part, , ] (was a TypeError reading 'rate')", () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(thrown(() => growth.remainder(comp, [, ] as never))).toMatchObject({ code: "INVALID_INPUT", message: expect.stringContaining("parts[0]") as unknown });
    // eslint-disable-next-line no-sparse-arrays
    expect(thrown(() => growth.remainder(comp, [part, , ] as never))).toMatchObject({ code: "INVALID_INPUT", message: expect.stringContaining("parts[1]") as unknown });
    expect(thrown(() => growth.remainder(comp, [undefined] as never))).toMatchObject({ code: "INVALID_INPUT" });
  });

  it("zone.remainderOf refuses partIds [ , ] (was a TypeError reading 'id')", () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(thrown(() => zone.remainderOf(seedZone, "industrial-output-2021-q1q3", [, ] as never, "CNY"))).toMatchObject({
      code: "INVALID_INPUT",
      message: expect.stringContaining("partIds[0]") as unknown,
    });
  });
});

describe("issue 16, finding 9: ownership chains are walked once", () => {
  it("parentChain and effectiveShare on 16,000 parties, each owned by the previous one", () => {
    const n = 16_000;
    const parties = Array.from({ length: n }, (_, i) => ({
      id: `p${i}`,
      name: `Party ${i}`,
      kind: "company",
      roles: ["investor"],
      ...(i === 0 ? {} : { parent: { partyId: `p${i - 1}`, share: i % 1000 === 0 ? "0.5" : "1" } }),
    }));
    const a = agreement.create({ id: "chain", title: "A long chain", kind: "cooperationAgreement", parties } as never);
    const chain = agreement.parentChain(a, `p${n - 1}`);
    expect(chain.length).toBe(n - 1);
    expect(chain[0]!.id).toBe(`p${n - 2}`);
    expect(chain[n - 2]!.id).toBe("p0");
    // 15 links of one half (p1000, p2000, ... p15000), all others whole: 2^-15
    expect(agreement.effectiveShare(a, `p${n - 1}`, "p0")!.toString()).toBe("0.000030517578125");
    expect(agreement.effectiveShare(a, `p${n - 1}`, "p1000")!.toString()).toBe("0.00006103515625");
    expect(agreement.effectiveShare(a, `p${n - 1}`, "p15000")!.toString()).toBe("1");
    expect(agreement.effectiveShare(a, `p${n - 1}`, `p${n - 1}`)!.toString()).toBe("1");
  });
});
