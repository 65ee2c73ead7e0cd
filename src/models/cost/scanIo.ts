/**
 * IO model of one selective-scan layer (DESIGNS.md §h; Mamba App. D; FACTS.md §2.4): elements and
 * bytes moved between HBM and the chip by a naive three-kernel pipeline and by the fused kernel,
 * and the time that traffic implies at a GPU's HBM bandwidth. Bytes and time are different
 * quantities; the paper's "20–40×" is a measured time speed-up, not this byte ratio.
 *
 * Sizes: B batch, L length, D channels (d_inner), N state size per channel.
 */
import { BYTES_FP16, type GpuSpec } from "../facts";
import { checkPositive, checkSizeArg } from "./common";

export interface ScanIoShape {
  B: number;
  L: number;
  D: number;
  N: number;
}

/** One tensor read or written: its element count and whether it is an (B, L, D, N) intermediate. */
export interface IoTensor {
  name: string;
  elements: number;
  /** Ā, B̄x and h: the expanded (B, L, D, N) intermediates only the naive path materialises. */
  isIntermediate: boolean;
}

export interface IoStep {
  name: "discretise" | "scan" | "output" | "fused";
  reads: IoTensor[];
  writes: IoTensor[];
}

export interface ScanIoOptions {
  /** Bytes per element of inputs and outputs (x, Δ, A, B, C, y). Default 2 (bf16). */
  bytesPerElement?: number;
  /**
   * Bytes per element of the naive path's intermediates Ā, B̄x and h. Default = bytesPerElement;
   * 4 models a PyTorch reference that keeps them in fp32 (DESIGNS.md §h toggle).
   */
  intermediateBytesPerElement?: number;
}

export interface ScanIo {
  /** The naive pipeline's kernels, in order. */
  naiveSteps: IoStep[];
  /** The fused kernel. */
  fusedSteps: IoStep[];
  /** 6BLDN + 3BLD + 2BLN + DN. */
  naiveElements: number;
  /** 3BLD + 2BLN + DN. */
  fusedElements: number;
  naiveBytes: number;
  fusedBytes: number;
  /** naiveBytes / fusedBytes. */
  ratio: number;
}

function checkShape({ B, L, D, N }: ScanIoShape, where: string): void {
  checkSizeArg(B, "B", where, 1);
  checkSizeArg(L, "L", where, 1);
  checkSizeArg(D, "D", where, 1);
  checkSizeArg(N, "N", where, 1);
}

/**
 * The kernels and the tensors each reads and writes (DESIGNS.md §h):
 *   naive  discretise: reads x, Δ (2BLD), B (BLN), A (DN); writes Ā, B̄x (2BLDN)
 *          scan:       reads Ā, B̄x (2BLDN);               writes h (BLDN)
 *          output:     reads h (BLDN), C (BLN);            writes y (BLD)
 *   fused (discretisation, scan and C-contraction in SRAM):
 *          reads x, Δ (2BLD), B, C (2BLN), A (DN);         writes y (BLD)
 */
export function scanIoSteps(shape: ScanIoShape): { naive: IoStep[]; fused: IoStep[] } {
  checkShape(shape, "scanIoSteps");
  const { B, L, D, N } = shape;
  const t = (name: string, elements: number, isIntermediate = false): IoTensor => ({
    name,
    elements,
    isIntermediate,
  });
  const x = t("x", B * L * D);
  const dt = t("Δ", B * L * D);
  const b = t("B", B * L * N);
  const c = t("C", B * L * N);
  const a = t("A", D * N);
  const y = t("y", B * L * D);
  const aBar = t("Ā", B * L * D * N, true);
  const bx = t("B̄x", B * L * D * N, true);
  const h = t("h", B * L * D * N, true);
  return {
    naive: [
      { name: "discretise", reads: [x, dt, b, a], writes: [aBar, bx] },
      { name: "scan", reads: [aBar, bx], writes: [h] },
      { name: "output", reads: [h, c], writes: [y] },
    ],
    fused: [{ name: "fused", reads: [x, dt, b, c, a], writes: [y] }],
  };
}

function tally(steps: IoStep[], bytes: number, intermediateBytes: number) {
  let elements = 0;
  let total = 0;
  for (const s of steps) {
    for (const tensor of [...s.reads, ...s.writes]) {
      elements += tensor.elements;
      total += tensor.elements * (tensor.isIntermediate ? intermediateBytes : bytes);
    }
  }
  return { elements, bytes: total };
}

/**
 * Elements and bytes moved between HBM and SRAM by one selective-scan layer:
 *   naive = 6BLDN + 3BLD + 2BLN + DN,   fused = 3BLD + 2BLN + DN   (elements);
 *   bytes = elements × bytes per element (the naive path's 6BLDN intermediates at
 *   `intermediateBytesPerElement`).
 *   ratio = 1 + 6BLDN·(b_int/b) / (3BLD + 2BLN + DN).
 * (1, 2048, 1024, 16) at 2 bytes: 415.4 MB against 12.7 MB, 32.6×; 64.2× with fp32 intermediates.
 */
export function scanIo(shape: ScanIoShape, opts: ScanIoOptions = {}): ScanIo {
  const bytes = opts.bytesPerElement ?? BYTES_FP16;
  const intermediateBytes = opts.intermediateBytesPerElement ?? bytes;
  checkPositive(bytes, "bytesPerElement", "scanIo");
  checkPositive(intermediateBytes, "intermediateBytesPerElement", "scanIo");
  const { naive, fused } = scanIoSteps(shape);
  const n = tally(naive, bytes, intermediateBytes);
  const f = tally(fused, bytes, intermediateBytes);
  return {
    naiveSteps: naive,
    fusedSteps: fused,
    naiveElements: n.elements,
    fusedElements: f.elements,
    naiveBytes: n.bytes,
    fusedBytes: f.bytes,
    ratio: n.bytes / f.bytes,
  };
}

/**
 * The ratio with DN/(BL) neglected: naive/fused ≈ 1 + 6ND/(3D + 2N) (DESIGNS.md §h), which tends to
 * 2N + 1 when D ≫ N. So "IO reduced by O(N)" means about 2N.
 */
export function scanIoRatioApprox(D: number, N: number): number {
  checkPositive(D, "D", "scanIoRatioApprox");
  checkPositive(N, "N", "scanIoRatioApprox");
  return 1 + (6 * N * D) / (3 * D + 2 * N);
}

export interface ScanIoTime {
  /** naiveBytes / HBM bandwidth, in seconds. */
  naiveSeconds: number;
  /** fusedBytes / HBM bandwidth, in seconds. */
  fusedSeconds: number;
}

/**
 * The time the HBM traffic alone implies on a GPU: bytes / HBM bandwidth (bytes per second). A lower
 * bound for a memory-bound kernel; it ignores compute, latency and SRAM traffic.
 */
export function scanIoTime(shape: ScanIoShape, gpu: GpuSpec, opts: ScanIoOptions = {}): ScanIoTime {
  checkPositive(gpu.hbmBytesPerSecond, "hbmBytesPerSecond", "scanIoTime");
  const io = scanIo(shape, opts);
  return {
    naiveSeconds: io.naiveBytes / gpu.hbmBytesPerSecond,
    fusedSeconds: io.fusedBytes / gpu.hbmBytesPerSecond,
  };
}
