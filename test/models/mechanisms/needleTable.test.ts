// DESIGNS §f's table, reproduced with its own sampler (haystacks s = 0…999, the same for every N
// and gate at a given L), through the closed form y_c = Σ_{t: value(t) = c} Δ_t·(B_t·code(magic)),
// which needle.test.ts checks against the scan. A port with the same sampler reproduces the
// counts "up to rare float near-ties": each cell is held to 0.1 point (one haystack).
import { describe, expect, it } from "vitest";
import { needleClosedForm, needleCodes, needleHaystack, type Haystack } from "../../../src/models";

const LENGTHS = [16, 64, 256, 1024, 4096];
const UNIFORM: Record<number, number[]> = {
  16: [98.4, 66.2, 26.1, 15.0, 10.3],
  64: [100, 98.8, 68.4, 33.1, 18.8],
  256: [100, 100, 99.2, 70.9, 34.1],
};

const hay = new Map<number, Haystack[]>(
  LENGTHS.map((L) => [L, Array.from({ length: 1000 }, (_, s) => needleHaystack(s, L))]),
);

describe("the needle table (1,000 haystacks per cell)", { timeout: 30_000 }, () => {
  for (const N of [16, 64, 256]) {
    it(`uniform gate, N = ${N}: ${UNIFORM[N].join(", ")}%`, () => {
      const codes = needleCodes(N);
      LENGTHS.forEach((L, i) => {
        let ok = 0;
        for (const h of hay.get(L) as Haystack[]) {
          if (needleClosedForm(h, { N, gate: "uniform" }, codes).verdict === "recoverable") ok++;
        }
        expect(Math.abs(ok / 10 - UNIFORM[N][i])).toBeLessThanOrEqual(0.1);
      });
    });
  }

  it("selective gate: 100% when the needle is salient, 'no answer' in every haystack when it is not", () => {
    for (const N of [16, 64, 256]) {
      const codes = needleCodes(N);
      for (const L of LENGTHS) {
        let kept = 0;
        let silent = 0;
        let worst = 0;
        for (const h of hay.get(L) as Haystack[]) {
          if (needleClosedForm(h, { N, gate: "selective" }, codes).verdict === "recoverable")
            kept++;
          const off = needleClosedForm(h, { N, gate: "selective", needleSalient: false }, codes);
          if (off.verdict === "no answer") silent++;
          worst = Math.max(worst, off.maxAbs);
        }
        expect([N, L, kept, silent]).toEqual([N, L, 1000, 1000]);
        // Only closed-gate writes reached the state: at most L·2.1·10⁻⁹.
        expect(worst).toBeLessThanOrEqual(L * 2.1e-9);
      }
    }
  });

  it("with no needle planted, channel 7 still wins 7.2% at L = 4,096, N = 16 (chance is 6.25%)", () => {
    const codes = needleCodes(16);
    let wins = 0;
    for (let s = 0; s < 1000; s++) {
      const r = needleClosedForm(needleHaystack(s, 4096, false), { N: 16, gate: "uniform" }, codes);
      if (r.predicted === 7) wins++;
    }
    expect(Math.abs(wins / 10 - 7.2)).toBeLessThanOrEqual(0.1);
  });
});
