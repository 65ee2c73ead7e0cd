import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import BenchmarkPage from "../../../src/pages/benchmark/Page";
import { parseReference, QUICK_RUN } from "../../../src/pages/benchmark/benchPlan";
import type { BenchRequest } from "../../../src/workers/benchProtocol";
import { FakeWorker } from "../../support/browserStubs";

beforeEach(() => {
  vi.spyOn(globalThis, "fetch").mockResolvedValue(new Response("missing", { status: 404 }));
});
afterEach(() => vi.restoreAllMocks());

function lastWorker() {
  const w = FakeWorker.instances.at(-1)!;
  return { w, req: w.posted[0] as BenchRequest };
}

describe("the Benchmark page", () => {
  it("runs in a worker, fills the plot point by point, and fits the slopes of what it measured", async () => {
    render(<BenchmarkPage />);
    fireEvent.click(screen.getByRole("button", { name: /Quick run/ }));
    const { w, req } = lastWorker();
    expect(req.input).toEqual(QUICK_RUN);
    // Synthetic power laws: scans ∝ L, attention ∝ L² (1e-3·L vs 1e-6·L² cross at L = 1000).
    const law = {
      "selective-scan": (L: number) => 1e-3 * L,
      "parallel-scan": (L: number) => 2e-4 * L,
      attention: (L: number) => 1e-6 * L * L,
    };
    const points = req.input.kernels.flatMap((kernel) =>
      req.input.lengths.map((L) => ({ kernel, L, ms: law[kernel](L), runs: 3 })),
    );
    act(() => {
      points.forEach((point, i) =>
        w.reply({ id: req.id, kind: "progress", done: i + 1, total: points.length, point }),
      );
      w.reply({ id: req.id, kind: "result", ok: true, output: { points, skipped: [] } });
    });
    await waitFor(() =>
      expect(screen.getByTestId("bench-status")).toHaveTextContent("Done: 18 points measured"),
    );
    expect(screen.getByTestId("slope-selective-scan")).toHaveTextContent(/^1\.00/);
    expect(screen.getByTestId("slope-attention")).toHaveTextContent(/^2\.00/);
    expect(screen.getAllByText(/crosses the scan's at L ≈ 1,000/).length).toBeGreaterThan(0);
    expect(document.querySelectorAll('[data-series="attention"] .marker')).toHaveLength(6);
  });

  it("cancels a run from its button", async () => {
    render(<BenchmarkPage />);
    fireEvent.click(screen.getByRole("button", { name: /Full run/ }));
    expect(screen.getByRole("button", { name: "Cancel" })).toBeEnabled();
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    await waitFor(() =>
      expect(screen.getByTestId("bench-status")).toHaveTextContent("Cancelled after 0 points"),
    );
  });

  it("reads reference points for the page's kernels from nested reference files", () => {
    const ref = parseReference({
      machine: "2-core VM",
      node: { results: [{ kernel: "attention", L: 256, ms: 9 }] },
      chromium: {
        results: [
          { kernel: "attention", L: 256, ms: 5 },
          { kernel: "unknown", L: 1, ms: 1 },
        ],
      },
    });
    expect(ref.machine).toBe("2-core VM");
    expect(ref.points).toEqual([{ kernel: "attention", L: 256, ms: 5 }]);
    expect(parseReference(null).points).toEqual([]);
  });
});
