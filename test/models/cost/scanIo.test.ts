import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { facts, scanIo, scanIoRatioApprox, scanIoSteps, scanIoTime } from "../../../src/models";

const closedNaive = (B: number, L: number, D: number, N: number) =>
  6 * B * L * D * N + 3 * B * L * D + 2 * B * L * N + D * N;
const closedFused = (B: number, L: number, D: number, N: number) =>
  3 * B * L * D + 2 * B * L * N + D * N;

const shapes = fc.record({
  B: fc.integer({ min: 1, max: 128 }),
  L: fc.integer({ min: 1, max: 1 << 20 }),
  D: fc.integer({ min: 1, max: 8192 }),
  N: fc.integer({ min: 1, max: 256 }),
});

describe("bytes moved by the scan (DESIGNS §h)", () => {
  it("match the worked table of DESIGNS §h", () => {
    const rows: [number, number, number, number, number][] = [
      [1, 2048, 1024, 16, 32.6],
      [8, 2048, 5120, 16, 32.9],
      [1, 2048, 1024, 64, 122.7],
      [1, 2048, 1024, 1, 3.0],
      [1, 4096, 16, 16, 20.2],
    ];
    for (const [B, L, D, N, ratio] of rows) {
      expect(Number(scanIo({ B, L, D, N }).ratio.toFixed(1))).toBe(ratio);
    }
  });

  it("move 415.4 MB naive against 12.7 MB fused at the scan-benchmark shape (FACTS §2.10)", () => {
    const { batch, D, N, bytesPerElement } = facts.SCAN_BENCHMARK;
    const io = scanIo({ B: batch, L: 2048, D, N }, { bytesPerElement });
    expect(Number((io.naiveBytes / 1e6).toFixed(1))).toBe(415.4);
    expect(Math.floor((io.fusedBytes / 1e6) * 10) / 10).toBe(12.7); // 12.75 MB, printed 12.7
    expect(io.naiveBytes).toBe(2 * closedNaive(1, 2048, 1024, 16));
  });

  it("give 64.2× when the naive path keeps Ā, B̄x and h in fp32", () => {
    const io = scanIo({ B: 1, L: 2048, D: 1024, N: 16 }, { intermediateBytesPerElement: 4 });
    expect(Number(io.ratio.toFixed(1))).toBe(64.2);
    // Closed form: 1 + 6BLDN·(4/2) / (3BLD + 2BLN + DN), ≈ 4N + 1.
    expect(io.ratio).toBeCloseTo(1 + (12 * 2048 * 1024 * 16) / closedFused(1, 2048, 1024, 16), 12);
  });

  it("equal the closed forms naive = 6BLDN + 3BLD + 2BLN + DN and fused = 3BLD + 2BLN + DN", () => {
    fc.assert(
      fc.property(shapes, fc.constantFrom(2, 4), ({ B, L, D, N }, bytes) => {
        const io = scanIo({ B, L, D, N }, { bytesPerElement: bytes });
        expect(io.naiveElements).toBe(closedNaive(B, L, D, N));
        expect(io.fusedElements).toBe(closedFused(B, L, D, N));
        expect(io.naiveBytes).toBe(bytes * closedNaive(B, L, D, N));
        expect(io.fusedBytes).toBe(bytes * closedFused(B, L, D, N));
        const ratio = 1 + (6 * B * L * D * N) / closedFused(B, L, D, N);
        expect(io.ratio).toBeCloseTo(ratio, 10);
        expect(io.ratio).toBeLessThan(2 * N + 1 + 1e-9);
      }),
    );
  });

  it("list each kernel's reads and writes as DESIGNS §h's table does", () => {
    const { naive, fused } = scanIoSteps({ B: 2, L: 3, D: 5, N: 7 });
    const names = (ts: { name: string }[]) => ts.map((t) => t.name);
    expect(naive.map((s) => s.name)).toEqual(["discretise", "scan", "output"]);
    expect(names(naive[0].reads)).toEqual(["x", "Δ", "B", "A"]);
    expect(names(naive[0].writes)).toEqual(["Ā", "B̄x"]);
    expect(names(naive[1].reads)).toEqual(["Ā", "B̄x"]);
    expect(names(naive[1].writes)).toEqual(["h"]);
    expect(names(naive[2].reads)).toEqual(["h", "C"]);
    expect(names(naive[2].writes)).toEqual(["y"]);
    expect(names(fused[0].reads)).toEqual(["x", "Δ", "B", "C", "A"]);
    expect(names(fused[0].writes)).toEqual(["y"]);
    const BLDN = 2 * 3 * 5 * 7;
    expect(naive[1].reads.map((t) => t.elements)).toEqual([BLDN, BLDN]);
    expect(naive[0].reads.map((t) => t.elements)).toEqual([30, 30, 42, 35]);
  });
});

describe("the approximate ratio", () => {
  it("is 1 + 6ND/(3D + 2N), the exact ratio's limit as B·L grows", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8192 }), fc.integer({ min: 1, max: 256 }), (D, N) => {
        const approx = scanIoRatioApprox(D, N);
        expect(approx).toBeCloseTo(1 + (6 * N * D) / (3 * D + 2 * N), 12);
        const B = 64;
        const L = 1 << 20;
        const exact = scanIo({ B, L, D, N }).ratio;
        // (approx − exact)/(approx − 1) = DN / (BL(3D + 2N) + DN): the neglected term only.
        const gap = (D * N) / (B * L * (3 * D + 2 * N) + D * N);
        expect((approx - exact) / (approx - 1)).toBeCloseTo(gap, 12);
        expect(gap).toBeLessThan(N / (3 * B * L));
      }),
    );
  });

  it("tends to 2N + 1 when D ≫ N", () => {
    for (const N of [1, 16, 64]) {
      expect(scanIoRatioApprox(1e12, N)).toBeCloseTo(2 * N + 1, 6);
      expect(scanIoRatioApprox(1024, N)).toBeLessThan(2 * N + 1);
    }
  });
});

describe("the implied time", () => {
  it("is bytes / HBM bandwidth, so the time ratio equals the byte ratio", () => {
    const shape = { B: 1, L: 2048, D: 1024, N: 16 };
    const gpu = facts.A100_80GB_PCIE;
    const t = scanIoTime(shape, gpu);
    // 415,399,936 B / 1,935 GB/s ≈ 214.7 µs; 12,746,752 B ≈ 6.59 µs.
    expect(t.naiveSeconds).toBeCloseTo(415_399_936 / 1935e9, 15);
    expect(t.fusedSeconds).toBeCloseTo(12_746_752 / 1935e9, 15);
    expect(Number((t.naiveSeconds * 1e6).toFixed(1))).toBe(214.7);
    expect(t.naiveSeconds / t.fusedSeconds).toBeCloseTo(scanIo(shape).ratio, 12);
    // A faster card moves the same bytes in proportionally less time.
    const h = scanIoTime(shape, facts.H100_SXM);
    expect(t.naiveSeconds / h.naiveSeconds).toBeCloseTo(3.35e12 / 1935e9, 12);
  });

  it("rejects empty shapes", () => {
    expect(() => scanIo({ B: 0, L: 1, D: 1, N: 1 })).toThrow(RangeError);
    expect(() => scanIo({ B: 1, L: 1, D: 1, N: 1 }, { bytesPerElement: 0 })).toThrow(RangeError);
  });
});
