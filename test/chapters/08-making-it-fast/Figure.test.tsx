import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { BytesFigure } from "../../../src/chapters/08-making-it-fast/BytesFigure";
import MakingItFastChapter, {
  classifyGrowth,
} from "../../../src/chapters/08-making-it-fast/Chapter";
import { fields, VIEW_ID } from "../../../src/chapters/08-making-it-fast/fields";
import { MemoryFigure } from "../../../src/chapters/08-making-it-fast/MemoryFigure";
import { RecomputeFigure } from "../../../src/chapters/08-making-it-fast/RecomputeFigure";
import { ScanFigure } from "../../../src/chapters/08-making-it-fast/ScanFigure";
import { STEP_IDS } from "../../../src/chapters/08-making-it-fast/steps";
import { SIZES } from "../../../src/sizes";
import { defaults, tableProblems } from "../../../src/state/fields";
import { appStore } from "../../../src/state/store";

let blobs: Blob[] = [];
beforeEach(() => {
  blobs = [];
  vi.spyOn(URL, "createObjectURL").mockImplementation((b) => {
    blobs.push(b as Blob);
    return "blob:test";
  });
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
  appStore.getState().setRoute({ kind: "chapter", id: "making-it-fast" });
});
afterEach(() => vi.restoreAllMocks());

async function exported() {
  fireEvent.click(screen.getByRole("button", { name: "Download data" }));
  return JSON.parse(await blobs[blobs.length - 1].text());
}
const summary = () => screen.getByTestId("figure-summary").textContent ?? "";

/** The IO model's closed forms, written out here (DESIGNS §h). */
const naive = (B: number, L: number, D: number, N: number) =>
  6 * B * L * D * N + 3 * B * L * D + 2 * B * L * N + D * N;
const fused = (B: number, L: number, D: number, N: number) => 3 * B * L * D + 2 * B * L * N + D * N;

describe("chapter 8's settings", () => {
  it("share one shape between the bytes-moved and recompute figures, with sound URL keys", () => {
    expect(SIZES["making-it-fast/recompute"]).toEqual(SIZES["making-it-fast/bytes-moved"]);
    expect(tableProblems(fields)).toEqual([]);
    expect(STEP_IDS.length).toBeGreaterThanOrEqual(6);
  });
});

describe("the memory figure", { timeout: 20_000 }, () => {
  it("exports the chosen GPU's SMs, shared memory per SM and HBM, and follows the GPU", async () => {
    render(<MemoryFigure focus="chip" />);
    let d = await exported();
    expect(d.sms).toBe(108);
    expect(d.sharedPerSmKiB).toBe(164);
    expect(d.sharedTotalBytes).toBe(108 * 164 * 1024);
    expect(d.hbmBytes).toBe(40e9);
    expect(d.hbmOverSharedTotal).toBeCloseTo(40e9 / (108 * 164 * 1024), 9);
    expect(summary()).toContain("108 SMs");
    expect(screen.getByTestId("pyramid-note")).toHaveTextContent("19 TB/s");

    fireEvent.change(screen.getByRole("combobox", { name: "GPU" }), { target: { value: "h100" } });
    d = await exported();
    expect(d.sms).toBe(132);
    expect(d.sharedTotalBytes).toBe(132 * 228 * 1024);
    expect(d.hbmBytes).toBe(80e9);
    expect(summary()).toContain("132 SMs");
    expect(summary()).toContain("secondary source");
    expect(screen.queryByTestId("pyramid-note")).toBeNull();
  });
});

describe("the bytes-moved figure", { timeout: 20_000 }, () => {
  it("exports the IO model at the defaults: 32.6× at (1, 2048, 1024, 16), bars summing to the totals", async () => {
    render(<BytesFigure focus="naive" />);
    const d = await exported();
    expect(d.shape).toEqual({ B: 1, L: 2048, D: 1024, N: 16 });
    expect(d.naiveBytes).toBe(2 * naive(1, 2048, 1024, 16));
    expect(d.fusedBytes).toBe(2 * fused(1, 2048, 1024, 16));
    expect(Number(d.ratio.toFixed(1))).toBe(32.6);
    expect(d.naiveSeconds).toBeCloseTo(d.naiveBytes / 1555e9, 15);
    const total = (group: string) =>
      d.rows
        .filter((r: { group: string }) => r.group === group)
        .flatMap((r: { segments: { bytes: number }[] }) => r.segments)
        .reduce((s: number, g: { bytes: number }) => s + g.bytes, 0);
    expect(total("naive")).toBe(d.naiveBytes);
    expect(total("fused")).toBe(d.fusedBytes);
    expect(summary()).toContain("32.6× fewer bytes");
    expect(screen.getByTestId("io-counter")).toHaveTextContent("32.6×");
  });

  it("follows N, L, the byte width and the fp32 switch as the closed forms say", async () => {
    render(<BytesFigure focus="fused" />);
    const before = summary();
    fireEvent.change(screen.getByRole("slider", { name: /State size N/ }), {
      target: { value: "64" },
    });
    let d = await exported();
    expect(d.shape.N).toBe(64);
    expect(Number(d.ratio.toFixed(1))).toBe(122.7);
    // The fused kernel's bytes barely move with N (+3.9%); the naive ones almost quadruple.
    expect(d.fusedBytes / (2 * fused(1, 2048, 1024, 16))).toBeCloseTo(1.0386, 3);
    expect(summary()).not.toBe(before);

    // The length slider is over powers of two: position 12 is L = 4,096.
    fireEvent.change(screen.getByRole("slider", { name: /Length L/ }), {
      target: { value: "12" },
    });
    d = await exported();
    expect(d.shape.L).toBe(4096);
    expect(d.naiveBytes).toBe(2 * naive(1, 4096, 1024, 64));

    fireEvent.click(screen.getByRole("switch", { name: /fp32 intermediates/ }));
    d = await exported();
    expect(d.intermediateBytesPerElement).toBe(4);
    expect(d.ratio).toBeCloseTo(1 + (2 * 6 * 4096 * 1024 * 64) / fused(1, 4096, 1024, 64), 10);

    fireEvent.change(screen.getByRole("combobox", { name: "Bytes per element" }), {
      target: { value: "4" },
    });
    d = await exported();
    expect(d.fusedBytes).toBe(4 * fused(1, 4096, 1024, 64));
    expect(summary()).toContain("4 bytes per element");
  });
});

describe("the parallel-scan figure", { timeout: 20_000 }, () => {
  /** The selective channel written out here: a = e^{−softplus(u)}, b = softplus(u)·u. */
  const loop = (u: number[]) => {
    let h = 0;
    return u.map((x) => {
      const dt = Math.log1p(Math.exp(x));
      h = Math.exp(-dt) * h + dt * x;
      return h;
    });
  };

  it("opens the up-sweep step at the end of the up-sweep and the down-sweep step at the end", async () => {
    const { unmount } = render(<ScanFigure focus="up" />);
    let d = await exported();
    expect(d.n).toBe(16);
    expect(d.levels[d.level].phase).toBe("up");
    expect(d.levels[d.level + 1].phase).toBe("clear");
    unmount();
    render(<ScanFigure focus="down" />);
    d = await exported();
    expect(d.level).toBe(d.levels.length - 1);
    expect(d.counts.exclusiveCombines).toBe(30);
    expect(d.counts.inclusiveDepth).toBe(9);
    expect(d.counts.sequentialCombines).toBe(15);
  });

  it("scans the channel's real pairs: its states equal the recurrence", async () => {
    render(<ScanFigure focus="down" />);
    const d = await exported();
    const want = loop(d.u);
    d.states.forEach((h: number, t: number) => expect(h).toBeCloseTo(want[t], 12));
    expect(d.maxDifference).toBeLessThan(1e-12);
    expect(summary()).toContain("largest difference");
  });

  it("steps through the levels with the arrow keys and follows n and the input", async () => {
    render(<ScanFigure focus="up" />);
    const stage = screen.getByRole("group", { name: /Scan levels/ });
    const before = summary();
    act(() => {
      fireEvent.keyDown(stage, { key: "ArrowRight" });
    });
    let d = await exported();
    expect(d.levels[d.level].phase).toBe("clear");
    expect(summary()).not.toBe(before);
    expect(screen.getByTestId("scan-level")).toHaveTextContent("clear");

    fireEvent.change(screen.getByRole("slider", { name: /Tokens n/ }), {
      target: { value: "5" },
    });
    d = await exported();
    expect(d.n).toBe(32);
    expect(d.counts.exclusiveCombines).toBe(62);
    expect(summary()).toContain("n = 32");

    fireEvent.change(screen.getByRole("combobox", { name: "Input x" }), {
      target: { value: "step" },
    });
    d = await exported();
    expect(d.input).toBe("step");
    const want = loop(d.u);
    d.states.forEach((h: number, t: number) => expect(h).toBeCloseTo(want[t], 12));
  });
});

describe("the recompute figure", { timeout: 20_000 }, () => {
  it("exports both strategies' traffic and memory, and follows the batch", async () => {
    render(<RecomputeFigure focus="timeline" />);
    let d = await exported();
    const BLDN = 2048 * 1024 * 16;
    expect(d.extraBytes).toBe(2 * 2 * BLDN);
    expect(d.store.keptBytes - d.recompute.keptBytes).toBe(2 * BLDN);
    expect(d.trafficRatio).toBeCloseTo(d.store.totalBytes / d.recompute.totalBytes, 12);
    expect(d.runningStateBytes).toBe(2 * 1024 * 16);
    const before = summary();
    fireEvent.change(screen.getByRole("slider", { name: /Batch B/ }), { target: { value: "8" } });
    d = await exported();
    expect(d.shape.B).toBe(8);
    expect(d.extraBytes).toBe(8 * 2 * 2 * BLDN);
    expect(d.runningStateBytes).toBe(8 * 2 * 1024 * 16);
    expect(summary()).not.toBe(before);
    expect(summary()).toContain("B = 8");
  });
});

describe("the prediction", { timeout: 20_000 }, () => {
  it("classifies the fused kernel's growth", () => {
    expect(classifyGrowth(4)).toBe("fourfold");
    expect(classifyGrowth(1.039)).toBe("little");
    expect(classifyGrowth(1)).toBe("same");
  });

  it("gates the reveal on a guess, keeps the guess beside the answer, and sets N = 64", async () => {
    appStore.getState().setParams(VIEW_ID, { ...defaults(fields), B: 4, gpu: "h100" });
    render(<MakingItFastChapter />);
    await screen.findByRole("heading", { level: 1 });
    const reveal = screen.getByRole("button", { name: /reveal the answer/i });
    expect(reveal).toBeDisabled();
    fireEvent.click(screen.getByRole("radio", { name: /grows about 4×/ }));
    fireEvent.click(screen.getByRole("button", { name: /reveal the answer/i }));
    const result = document.querySelector(".predict-result");
    expect(result).toHaveTextContent("Your guess: It grows about 4×");
    expect(result).toHaveTextContent("The model: It grows a little");
    // Closed forms: fused = 3BLD + 2BLN + DN at (1, 2048, 1024): N 16 → 64 is +3.9%.
    const growth = fused(1, 2048, 1024, 64) / fused(1, 2048, 1024, 16);
    expect(result).toHaveTextContent(`${((growth - 1) * 100).toFixed(1)}%`);
    expect(result).toHaveTextContent("32.6× to 122.7×");
    expect(appStore.getState().params[VIEW_ID]).toMatchObject({
      N: 64,
      L: 2048,
      D: 1024,
      B: 1,
      gpu: "h100",
    });
  });
});
