import { describe, expect, it } from "vitest";
import {
  blellochScan,
  makeSignal,
  selectiveScan,
  selectiveScanElements,
  sequentialScan,
  SIGNAL_KINDS,
} from "../../../src/models";
import { expectAllClose } from "../../support/expectAllClose";

describe("the scan elements of one selective channel", () => {
  it("are Δ = softplus(w·u + bias), a = exp(Δ·A), b = Δ·B·u", () => {
    const u = Float64Array.from([0, 1, -2, 0.5]);
    const e = selectiveScanElements(u, { A: -0.5, B: 2, w: 1.5, bias: -1 });
    for (let t = 0; t < u.length; t++) {
      const dt = Math.log1p(Math.exp(1.5 * u[t] - 1));
      expect(e.delta[t]).toBeCloseTo(dt, 14);
      expect(e.a[t]).toBeCloseTo(Math.exp(-0.5 * dt), 14);
      expect(e.b[t]).toBeCloseTo(2 * dt * u[t], 14);
    }
  });

  it("give, through the parallel scan, the states the verified selective scan computes", () => {
    for (const kind of SIGNAL_KINDS) {
      for (const n of [1, 5, 16, 64]) {
        const u = makeSignal(kind, n, { seed: 3 });
        const e = selectiveScanElements(u);
        const ref = selectiveScan({
          batch: 1,
          dim: 1,
          dstate: 1,
          length: n,
          u,
          delta: u.slice(),
          deltaBias: Float64Array.of(0),
          deltaSoftplus: true,
          A: Float64Array.of(-1),
          B: { kind: "fixed", values: Float64Array.of(1) },
          C: { kind: "fixed", values: Float64Array.of(1) },
        });
        expectAllClose(blellochScan(e.a, e.b).states, ref.out, { rtol: 1e-12, atol: 1e-14 });
        expectAllClose(sequentialScan(e.a, e.b), ref.out, { rtol: 1e-12, atol: 1e-14 });
      }
    }
  });

  it("keep every a_t in (0, 1) for A < 0, so the state stays bounded", () => {
    const e = selectiveScanElements(makeSignal("noise", 64, { seed: 7 }));
    expect(e.a.every((v) => v > 0 && v < 1)).toBe(true);
    expect(new Set(e.a).size).toBeGreaterThan(32); // input-dependent: a differs token by token
  });

  it("rejects non-finite input", () => {
    expect(() => selectiveScanElements(Float64Array.of(0, NaN))).toThrow(RangeError);
  });
});
