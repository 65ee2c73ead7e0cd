// DESIGNS §l: the small selective unit on typed text, and its §b setting (b = −1, reset +4, no
// mask). Vectors from DESIGNS; the recurrences written out again here, independently of the scan.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  EMBED_DIM,
  WORD_CLASSES,
  createRng,
  embedTokens,
  emptyUnitState,
  runSelectiveUnit,
  selectiveUnitOnText,
  sigmoid,
} from "../../../src/models";
import { expectAllClose } from "../../support/expectAllClose";

const TOL4 = { rtol: 0, atol: 5.01e-5 };
const SB = { bias: -1, resetWeight: 4, writeMask: false };

/** h_t = (1 − g_t)·h_{t−1} + m_t·g_t·ê_t, the gate recurrence, from the unit's own g and m. */
function gateRecurrence(E: Float64Array, g: Float64Array, m: Float64Array): Float64Array {
  const L = g.length;
  const h = new Float64Array(EMBED_DIM);
  const out = new Float64Array(L * EMBED_DIM);
  for (let t = 0; t < L; t++) {
    for (let c = 0; c < EMBED_DIM; c++) {
      h[c] = (1 - g[t]) * h[c] + m[t] * g[t] * E[t * EMBED_DIM + c];
      out[t * EMBED_DIM + c] = h[c];
    }
  }
  return out;
}

describe("the unit's measured vectors (DESIGNS §l, s = 1)", () => {
  it("red orange yellow anyway the sky: z, Δ, m·g and ‖h‖₂", () => {
    const r = selectiveUnitOnText("red orange yellow anyway the sky");
    expectAllClose(r.z, [-1.284, -0.426, 0.003, 6.0953, -3.7294, -2.0777], TOL4);
    expectAllClose(r.delta, [0.2445, 0.5027, 0.6946, 6.098, 0.02372, 0.118], {
      rtol: 0,
      atol: 5.01e-4,
    });
    expectAllClose(r.write, [0.2169, 0.3951, 0.5007, 0, 0.0234, 0.1113], TOL4);
    expectAllClose(r.norms, [0.2169, 0.5174, 0.7489, 0.0017, 0.0235, 0.1146], TOL4);
    expect(r.m[3]).toBe(0);
    expect(Array.from(r.C)).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it("the same sentence at s = 0: g ≡ σ(−3) = 0.0474 and nothing is wiped", () => {
    const r = selectiveUnitOnText("red orange yellow anyway the sky", { s: 0 });
    for (const g of r.g) expect(g).toBeCloseTo(0.0474, 4);
    expectAllClose(r.norms, [0.0474, 0.0905, 0.1323, 0.1351, 0.1365, 0.1565], TOL4);
  });

  it("reset after three filler words (the worst case) leaves at most 3.64%: 0.2362 → 0.0086", () => {
    const r = selectiveUnitOnText("the rainbow was bright so um well anyway the sky");
    // z = −3 + 8·ê[reset] − 1.5·0.9·ê[filler] with ê[reset] = ê[filler] = 1/√1.1225. DESIGNS
    // prints 1/√1.1225 as 0.943880 and z as 3.2768; the value is 0.943858, so z = 3.27666.
    expect(r.z[7]).toBeCloseTo(-3 + (8 - 1.35) / Math.sqrt(1.1225), 12);
    expect(r.g[7]).toBeCloseTo(0.9636, 4);
    expect(r.norms[6]).toBeCloseTo(0.2362, 4);
    expect(r.norms[7]).toBeCloseTo(0.0086, 4);
    // A reset word writes nothing: ‖h_t‖ = (1 − g_t)·‖h_{t−1}‖ exactly.
    expect(r.norms[7]).toBeCloseTo((1 - r.g[7]) * r.norms[6], 15);
  });

  it("filler keeps 0.9716, 0.9920, 0.9943, then 0.9966 per word; 0.3349 → 0.3249 over nine filler words", () => {
    const r = selectiveUnitOnText(
      "after the storm the rainbow and it was so um well like you know",
    );
    expectAllClose(
      r.keep.slice(5),
      [0.9716, 0.992, 0.9943, 0.9966, 0.9966, 0.9966, 0.9966, 0.9966, 0.9966],
      TOL4,
    );
    // Inside a run of filler z = −3 − 1.5·1.9/√1.1225 (DESIGNS: −5.6900, from 1/√1.1225 ≈ 0.943880).
    expect(r.z[10]).toBeCloseTo(-3 - (1.5 * 1.9) / Math.sqrt(1.1225), 12);
    expect(r.norms[4]).toBeCloseTo(0.3349, 4);
    expect(r.norms[13]).toBeCloseTo(0.3249, 4);
  });
});

describe("the unit's invariants", () => {
  const words = Object.values(WORD_CLASSES).flatMap((c) => c.words);
  const sentence = fc.array(
    fc.oneof(fc.constantFrom(...words), fc.constantFrom("zebra", "café", "42", "#")),
    {
      minLength: 1,
      maxLength: 40,
    },
  );

  it("equals the gate recurrence to rounding, and ‖h_t‖₂ ≤ 1, for any text and s", () => {
    fc.assert(
      fc.property(sentence, fc.double({ min: 0, max: 1, noNaN: true }), (tokens, s) => {
        const E = embedTokens(tokens);
        const r = runSelectiveUnit(E, tokens.length, { s });
        expectAllClose(r.states, gateRecurrence(E, r.g, r.m), { rtol: 0, atol: 1e-15 });
        for (const n of r.norms) expect(n).toBeLessThanOrEqual(1 + 1e-12);
        // Δ·B is exactly the ZOH input term m·(1 − e^{−Δ}).
        r.delta.forEach((d, t) => expect(d * r.B[t]).toBeCloseTo(r.m[t] * -Math.expm1(-d), 15));
      }),
      { numRuns: 150 },
    );
  });

  it("at s = 0 is the LTI recurrence h_t = 0.9526·h_{t−1} + σ(−3)·ê_t", () => {
    fc.assert(
      fc.property(sentence, (tokens) => {
        const E = embedTokens(tokens);
        const r = runSelectiveUnit(E, tokens.length, { s: 0 });
        const g = sigmoid(-3);
        const h = new Float64Array(EMBED_DIM);
        tokens.forEach((_, t) => {
          for (let c = 0; c < EMBED_DIM; c++) {
            h[c] = (1 - g) * h[c] + g * E[t * EMBED_DIM + c];
            expect(r.states[t * EMBED_DIM + c]).toBeCloseTo(h[c], 14);
          }
        });
      }),
      { numRuns: 50 },
    );
  });

  it("continues a saved state exactly: reading A then B equals reading AB", () => {
    fc.assert(
      fc.property(sentence, sentence, (a, b) => {
        const whole = runSelectiveUnit(embedTokens([...a, ...b]), a.length + b.length);
        const first = runSelectiveUnit(embedTokens(a), a.length);
        const second = runSelectiveUnit(embedTokens(b), b.length, {}, first.last);
        expectAllClose(second.states, whole.states.slice(a.length * EMBED_DIM), {
          rtol: 0,
          atol: 1e-15,
        });
        expectAllClose(second.z, whole.z.slice(a.length), { rtol: 0, atol: 1e-14 });
        expectAllClose(second.last.h, whole.last.h, { rtol: 0, atol: 1e-15 });
      }),
      { numRuns: 60 },
    );
  });

  it("starts from h = 0 with an empty window", () => {
    const e = emptyUnitState();
    expect(e.h.every((v) => v === 0)).toBe(true);
    expect(e.recent.length).toBe(3 * EMBED_DIM);
  });

  it("over 2,000 random contexts (six words, three filler, a reset word): the reset leaves ≤ 3.7%; a fourth filler word keeps ≥ 99.6%", () => {
    const r = createRng(2024);
    const pick = (list: readonly string[]) => list[r.int(list.length)];
    const filler = WORD_CLASSES.filler.words;
    const content = words.filter((w) => !WORD_CLASSES.reset.words.includes(w));
    let worstReset = 0;
    let worstFiller = 1;
    for (let i = 0; i < 2000; i++) {
      const tokens = [
        ...Array.from({ length: 6 }, () => pick(content)),
        ...Array.from({ length: 3 }, () => pick(filler)),
        pick(WORD_CLASSES.reset.words),
      ];
      const run = runSelectiveUnit(embedTokens(tokens), tokens.length);
      if (run.norms[8] > 0) worstReset = Math.max(worstReset, run.norms[9] / run.norms[8]);
      // The fourth filler word in a row has only filler in its window.
      const run2 = [...tokens.slice(0, 9), pick(filler)];
      worstFiller = Math.min(worstFiller, runSelectiveUnit(embedTokens(run2), 10).keep[9]);
    }
    expect(worstReset).toBeLessThanOrEqual(0.037);
    expect(worstFiller).toBeGreaterThanOrEqual(0.996);
  });
});

describe("the same gate in §b's setting (b = −1, reset +4, no mask)", () => {
  it("well um so the rainbow: z and g as DESIGNS §b", () => {
    const r = selectiveUnitOnText("well um so the rainbow", SB);
    expectAllClose(r.z, [-2.4158, -3.1237, -3.4776, -3.69, -0.215], TOL4);
    expectAllClose(r.g, [0.082, 0.0421, 0.03, 0.0244, 0.4465], TOL4);
  });

  it("gates 'red orange yellow anyway the sky' at (0.672, 0.828, 0.881, 0.987, 0.151, 0.481)", () => {
    const r = selectiveUnitOnText("red orange yellow anyway the sky", SB);
    expectAllClose(r.g, [0.672, 0.828, 0.881, 0.987, 0.151, 0.481], { rtol: 0, atol: 5.01e-4 });
  });

  it("gives rainbow 0.446 … 0.743 by context and 0.269 at s = 0", () => {
    const last = (text: string, s = 1) => {
      const r = selectiveUnitOnText(text, { ...SB, s });
      return r.g[r.g.length - 1];
    };
    expect(last("well um so the rainbow")).toBeCloseTo(0.446, 3);
    expect(last("the myth of the rainbow")).toBeCloseTo(0.563, 3);
    expect(last("after the storm the rainbow")).toBeCloseTo(0.618, 3);
    expect(last("the prism split light into a rainbow")).toBeCloseTo(0.724, 3);
    expect(last("rainbow")).toBeCloseTo(0.743, 3);
    expect(last("the prism split light into a rainbow", 0)).toBeCloseTo(0.269, 3);
  });
});
