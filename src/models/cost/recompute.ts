/**
 * Recomputation against storing the scan's states for the backward pass (Mamba §3.3.2, App. D;
 * FACTS.md §2.4), built on the IO model of DESIGNS.md §h: HBM traffic of one selective-scan layer's
 * forward and backward passes, the time that traffic implies at a GPU's HBM bandwidth, and the
 * activation memory held in HBM between the two passes.
 *
 * Both strategies run the fused forward kernel (read x, Δ, B, C, A; discretise and scan in SRAM;
 * write y). They differ in what the backward pass finds:
 *   store      the forward kernel also writes the states h (B·L·D·N) to HBM; the backward pass
 *              reads them back, with the inputs and dy, and writes the gradients.
 *   recompute  nothing more is written; the backward pass re-reads only the inputs and dy, and
 *              redoes the discretisation and the scan in SRAM before writing the gradients.
 * Elements moved (B batch, L length, D channels, N state size):
 *   inputs    x, Δ (2BLD), B, C (2BLN), A (DN)         gradients  dx, dΔ (2BLD), dB, dC (2BLN), dA (DN)
 *   forward   inputs + y (BLD)                          (+ h, BLDN, when storing)
 *   backward  inputs + dy (BLD) + gradients             (+ h, BLDN, when storing)
 * so storing moves 2·BLDN more elements. Kept in HBM between the passes: the activations x, Δ, B, C
 * (2BLD + 2BLN; A is a parameter, resident anyway), plus h (BLDN) when storing.
 *
 * The model counts HBM bytes only: work done in SRAM is listed (with its element count) but given
 * no bytes and no time. Mamba reports that recomputing is faster than reading the states back; this
 * model shows the traffic behind that, not a measured time.
 */
import { BYTES_FP16, type GpuSpec } from "../facts";
import { checkPositive, checkSizeArg } from "./common";
import type { IoTensor, ScanIoOptions, ScanIoShape } from "./scanIo";

export type BackwardStrategy = "store" | "recompute";

/** One phase of a pass: a read from HBM, a write to HBM, or work that stays in SRAM. */
export interface IoPhase {
  pass: "forward" | "backward";
  kind: "read" | "write" | "sram";
  /** What happens, in a few words ("read inputs", "write h", "rescan in SRAM"). */
  label: string;
  tensors: IoTensor[];
  /** Elements moved across HBM (0 for an SRAM phase). */
  elements: number;
  /** Elements produced or used in SRAM (SRAM phases only; 0 otherwise). */
  sramElements: number;
  bytes: number;
  /** bytes / HBM bandwidth. */
  seconds: number;
  /** Seconds since the start of the forward pass at which this phase begins. */
  startSeconds: number;
}

export interface BackwardPlan {
  strategy: BackwardStrategy;
  phases: IoPhase[];
  forwardBytes: number;
  backwardBytes: number;
  totalBytes: number;
  forwardSeconds: number;
  backwardSeconds: number;
  totalSeconds: number;
  /** Activation tensors kept in HBM between the passes. */
  kept: IoTensor[];
  keptElements: number;
  keptBytes: number;
}

export interface RecomputeVsStore {
  shape: ScanIoShape;
  store: BackwardPlan;
  recompute: BackwardPlan;
  /** store.totalBytes / recompute.totalBytes (the same ratio holds for the HBM time). */
  trafficRatio: number;
  /** store.keptBytes / recompute.keptBytes. */
  keptRatio: number;
  /** store.totalBytes − recompute.totalBytes = 2·BLDN elements of h, written and read back. */
  extraBytes: number;
  /**
   * The running state of generation, (B, D, N): what each layer keeps between tokens, in ordinary
   * GPU memory (FACTS.md §2.4, reference `step`), at the input byte width.
   */
  runningStateElements: number;
  runningStateBytes: number;
}

function checkShape({ B, L, D, N }: ScanIoShape, where: string): void {
  checkSizeArg(B, "B", where, 1);
  checkSizeArg(L, "L", where, 1);
  checkSizeArg(D, "D", where, 1);
  checkSizeArg(N, "N", where, 1);
}

/**
 * The two strategies' phases, bytes, HBM times and kept activations for one layer (see the top of
 * the file for the counts). Times are bytes / `gpu.hbmBytesPerSecond`. Byte widths follow
 * `scanIo`: inputs, outputs and gradients at `bytesPerElement` (default 2), the stored states h at
 * `intermediateBytesPerElement` (default the same).
 */
export function recomputeVsStore(
  shape: ScanIoShape,
  gpu: GpuSpec,
  opts: ScanIoOptions = {},
): RecomputeVsStore {
  const where = "recomputeVsStore";
  checkShape(shape, where);
  const bytes = opts.bytesPerElement ?? BYTES_FP16;
  const hBytes = opts.intermediateBytesPerElement ?? bytes;
  checkPositive(bytes, "bytesPerElement", where);
  checkPositive(hBytes, "intermediateBytesPerElement", where);
  checkPositive(gpu.hbmBytesPerSecond, "hbmBytesPerSecond", where);
  const { B, L, D, N } = shape;
  const t = (name: string, elements: number, isIntermediate = false): IoTensor => ({
    name,
    elements,
    isIntermediate,
  });
  const BLD = B * L * D;
  const BLN = B * L * N;
  const BLDN = BLD * N;
  const inputs = [t("x", BLD), t("Δ", BLD), t("B", BLN), t("C", BLN), t("A", D * N)];
  const grads = [t("dx", BLD), t("dΔ", BLD), t("dB", BLN), t("dC", BLN), t("dA", D * N)];
  const h = t("h", BLDN, true);
  const sizeOf = (x: IoTensor) => x.elements * (x.isIntermediate ? hBytes : bytes);
  const sum = (xs: IoTensor[], f: (x: IoTensor) => number) => xs.reduce((s, x) => s + f(x), 0);

  type Draft = Pick<IoPhase, "pass" | "kind" | "label" | "tensors">;
  const plan = (strategy: BackwardStrategy, drafts: Draft[], kept: IoTensor[]): BackwardPlan => {
    let clock = 0;
    const phases = drafts.map((d): IoPhase => {
      const inSram = d.kind === "sram";
      const phaseBytes = inSram ? 0 : sum(d.tensors, sizeOf);
      const seconds = phaseBytes / gpu.hbmBytesPerSecond;
      const phase: IoPhase = {
        ...d,
        elements: inSram ? 0 : sum(d.tensors, (x) => x.elements),
        sramElements: inSram ? sum(d.tensors, (x) => x.elements) : 0,
        bytes: phaseBytes,
        seconds,
        startSeconds: clock,
      };
      clock += seconds;
      return phase;
    });
    const total = (pass: IoPhase["pass"], f: (p: IoPhase) => number) =>
      phases.filter((p) => p.pass === pass).reduce((s, p) => s + f(p), 0);
    const forwardBytes = total("forward", (p) => p.bytes);
    const backwardBytes = total("backward", (p) => p.bytes);
    return {
      strategy,
      phases,
      forwardBytes,
      backwardBytes,
      totalBytes: forwardBytes + backwardBytes,
      forwardSeconds: forwardBytes / gpu.hbmBytesPerSecond,
      backwardSeconds: backwardBytes / gpu.hbmBytesPerSecond,
      totalSeconds: (forwardBytes + backwardBytes) / gpu.hbmBytesPerSecond,
      kept,
      keptElements: sum(kept, (x) => x.elements),
      keptBytes: sum(kept, sizeOf),
    };
  };

  const aBar = t("Ā", BLDN, true);
  const bx = t("B̄x", BLDN, true);
  const readInputs: Draft = {
    pass: "forward",
    kind: "read",
    label: "read inputs",
    tensors: inputs,
  };
  const forwardSram: Draft = {
    pass: "forward",
    kind: "sram",
    label: "discretise + scan in SRAM",
    tensors: [aBar, bx, h],
  };
  const writeY: Draft = {
    pass: "forward",
    kind: "write",
    label: "write y",
    tensors: [t("y", BLD)],
  };
  const readBack: Draft = {
    pass: "backward",
    kind: "read",
    label: "read inputs, dy",
    tensors: [...inputs, t("dy", BLD)],
  };
  const writeGrads: Draft = {
    pass: "backward",
    kind: "write",
    label: "write grads",
    tensors: grads,
  };
  const activations = inputs.filter((x) => x.name !== "A");

  const store = plan(
    "store",
    [
      readInputs,
      forwardSram,
      writeY,
      { pass: "forward", kind: "write", label: "write h", tensors: [h] },
      readBack,
      { pass: "backward", kind: "read", label: "read h", tensors: [h] },
      {
        pass: "backward",
        kind: "sram",
        label: "rebuild Ā, B̄x in SRAM",
        tensors: [aBar, bx],
      },
      writeGrads,
    ],
    [...activations, h],
  );
  const recompute = plan(
    "recompute",
    [
      readInputs,
      forwardSram,
      writeY,
      readBack,
      {
        pass: "backward",
        kind: "sram",
        label: "rescan in SRAM",
        tensors: [aBar, bx, h],
      },
      writeGrads,
    ],
    activations,
  );
  const runningStateElements = B * D * N;
  return {
    shape: { B, L, D, N },
    store,
    recompute,
    trafficRatio: store.totalBytes / recompute.totalBytes,
    keptRatio: store.keptBytes / recompute.keptBytes,
    extraBytes: store.totalBytes - recompute.totalBytes,
    runningStateElements,
    runningStateBytes: runningStateElements * bytes,
  };
}
