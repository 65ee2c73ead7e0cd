/**
 * Verifier for `ssm-golden/1` files (golden README): runs each case through src/models and compares
 * every key of its expected values, elementwise, with |got − exp| ≤ atol + rtol·|exp|.
 *
 * - Dispatches on a case's `fn`, never on its `name`; reads every size from the case (array shapes,
 *   cross-checked against `dims` and `config`), so held-out files with other sizes run unchanged.
 * - Uses `expected_f64`/`tolerance_f64` when the case has them, else `expected`/`tolerance`.
 * - A case fails if its fn is unknown, its structure is wrong, the model throws, an expected key has
 *   no produced counterpart, a shape differs, or any element is out of tolerance.
 * - Plain TypeScript (no fs, no DOM): the same module runs in Node and in the browser.
 */
import { softplus } from "../core/activations";
import { mambaDecode, mambaForward, type MambaParams } from "../mamba/block";
import { mambaInit } from "../mamba/init";
import { s4dForward } from "../ssm/s4d";
import { selectiveScan, type ScanParam } from "../ssm/selectiveScan";
import { selectiveStateUpdate } from "../ssm/stateUpdate";
import { GoldenFormatError, nd, parseNd, sameShape, shapeText, type NdArray } from "./ndarray";

export const GOLDEN_FORMAT = "ssm-golden/1";

export interface GoldenTolerance {
  rtol: number;
  atol: number;
}

/** One compared array: the worst element's error as a fraction of its tolerance. */
export interface GoldenComparison {
  /** Key path in the expected object, e.g. "out" or "intermediates.B" */
  key: string;
  worstFraction: number;
  /** Flat row-major index of the worst element (−1 if the array could not be compared) */
  worstIndex: number;
  got: number;
  expected: number;
}

export interface GoldenCaseResult {
  name: string;
  fn: string;
  tags: string[];
  /** Worst |got − exp|/(atol + rtol·|exp|) over all compared arrays; Infinity if the case failed to run */
  worstFraction: number;
  pass: boolean;
  /** Why the case failed other than by tolerance (unknown fn, bad format, thrown error, missing output) */
  error?: string;
  /** Which expected set was used */
  precision: "f64" | "f32" | null;
  tolerance: GoldenTolerance | null;
  comparisons: GoldenComparison[];
}

export interface GoldenReport {
  format: string | null;
  profile: string | null;
  /** File-level problem (not an object, wrong format, no cases); the file then fails as a whole */
  error?: string;
  results: GoldenCaseResult[];
  passed: number;
  total: number;
}

type Json = Record<string, unknown>;
/** What a case produced: arrays keyed like the JSON's expected object (nested for intermediates). */
type Produced = { [key: string]: NdArray | Produced | null };

interface Context {
  /** Every case of the file by name, to resolve `args.same_as_case` */
  byName: Map<string, Json>;
}

const isObject = (v: unknown): v is Json =>
  typeof v === "object" && v !== null && !Array.isArray(v);

const isNd = (v: unknown): v is NdArray => isObject(v) && v.data instanceof Float64Array;

function fail(message: string): never {
  throw new GoldenFormatError(message);
}

// ---------- reading args ----------

class Args {
  constructor(
    private readonly a: Json,
    private readonly where: string,
  ) {}

  has(key: string): boolean {
    return this.a[key] !== undefined && this.a[key] !== null;
  }

  /** A required numeric array with `rank` axes (any rank if omitted). */
  array(key: string, rank?: number): NdArray {
    if (!this.has(key)) fail(`${this.where}: args.${key} is missing`);
    const v = parseNd(this.a[key], `${this.where}: args.${key}`);
    if (rank !== undefined && v.shape.length !== rank) {
      fail(`${this.where}: args.${key} has shape ${shapeText(v.shape)}, expected ${rank} axes`);
    }
    return v;
  }

  /** An optional array (absent or null → null) of exactly `shape`. */
  optional(key: string, shape: number[]): Float64Array | null {
    if (!this.has(key)) return null;
    return this.shaped(key, shape);
  }

  /** A required array of exactly `shape`. */
  shaped(key: string, shape: number[]): Float64Array {
    const v = this.array(key);
    if (!sameShape(v.shape, shape)) {
      fail(
        `${this.where}: args.${key} has shape ${shapeText(v.shape)}, expected ${shapeText(shape)}`,
      );
    }
    return v.data;
  }

  bool(key: string, fallback: boolean): boolean {
    const v = this.a[key];
    if (v === undefined || v === null) return fallback;
    if (typeof v !== "boolean") fail(`${this.where}: args.${key} is not a boolean`);
    return v;
  }

  /** An optional finite number. */
  num(key: string): number | undefined {
    const v = this.a[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== "number" || !Number.isFinite(v)) {
      fail(`${this.where}: args.${key} is not a finite number`);
    }
    return v;
  }

  requiredNum(key: string): number {
    const v = this.num(key);
    if (v === undefined) fail(`${this.where}: args.${key} is missing`);
    return v;
  }

  raw(key: string): unknown {
    return this.a[key];
  }
}

/** Case args, with `same_as_case` resolved (the referenced case's args, overridden by own keys). */
function caseArgs(c: Json, ctx: Context, where: string): Args {
  const seen = new Set<string>();
  const resolve = (a: unknown): Json => {
    if (!isObject(a)) fail(`${where}: args is not an object`);
    const ref = a.same_as_case;
    if (ref === undefined || ref === null) return a;
    if (typeof ref !== "string") fail(`${where}: args.same_as_case is not a string`);
    if (seen.has(ref)) fail(`${where}: args.same_as_case loops through "${ref}"`);
    seen.add(ref);
    const other = ctx.byName.get(ref);
    if (!other) fail(`${where}: args.same_as_case "${ref}" is not a case of this file`);
    const rest: Json = { ...a };
    delete rest.same_as_case;
    return { ...resolve(other.args), ...rest };
  };
  return new Args(resolve(c.args), where);
}

/** Throws if `dims[key]` is given and differs from the size read from the arrays. */
function crossCheck(
  dims: unknown,
  key: string,
  actual: number,
  where: string,
  what = "dims",
): void {
  if (!isObject(dims)) return;
  const v = dims[key];
  if (typeof v !== "number") return; // absent, or a symbolic value such as dt_rank "auto"
  if (v !== actual) fail(`${where}: ${what}.${key} = ${String(v)} but the arrays give ${actual}`);
}

// ---------- selective scan ----------

interface ScanSetup {
  batch: number;
  dim: number;
  dstate: number;
  length: number;
  complex: boolean;
  u: Float64Array;
  delta: Float64Array;
  A: Float64Array;
  B: ScanParam;
  C: ScanParam;
  D: Float64Array | null;
  z: Float64Array | null;
  deltaBias: Float64Array | null;
}

function realToComplex(x: Float64Array): Float64Array {
  const out = new Float64Array(2 * x.length);
  for (let i = 0; i < x.length; i++) out[2 * i] = x[i];
  return out;
}

/**
 * B or C of selective_scan_ref from its shape: fixed (d,N) [complex (d,N,2)]; variable (b,N,L)
 * [complex interleaved (b,N,2L)]; grouped (b,G,N,L) [complex (b,G,N,2L)].
 */
function scanParam(
  v: NdArray,
  key: string,
  s: { batch: number; dim: number; dstate: number; length: number; complex: boolean },
  tags: string[],
  where: string,
): ScanParam {
  const { batch, dim, dstate: N, length: L, complex } = s;
  const sh = v.shape;
  const fixedShape = complex ? [dim, N, 2] : [dim, N];
  const varShape = [batch, N, complex ? 2 * L : L];
  const isFixed = sameShape(sh, fixedShape);
  const isVar = sameShape(sh, varShape);
  if (isFixed && (!isVar || !tags.includes(`variable_${key}`))) {
    return { kind: "fixed", values: v.data };
  }
  if (isVar) return { kind: "perStep", values: v.data, groups: 1 };
  if (complex && sameShape(sh, [dim, N])) return { kind: "fixed", values: realToComplex(v.data) };
  if (sh.length === 4 && sh[0] === batch && sh[2] === N && sh[3] === (complex ? 2 * L : L)) {
    const G = sh[1];
    if (G < 1 || dim % G !== 0)
      fail(`${where}: ${key} has ${G} groups, which do not divide ${dim}`);
    return { kind: "perStep", values: v.data, groups: G };
  }
  return fail(
    `${where}: args.${key} has shape ${shapeText(sh)}; expected ${shapeText(fixedShape)}, ` +
      `${shapeText(varShape)} or (batch, groups, N, ${complex ? "2L" : "L"})`,
  );
}

function scanSetup(args: Args, dims: unknown, tags: string[], where: string): ScanSetup {
  const u = args.array("u", 3);
  const [batch, dim, length] = u.shape;
  const delta = args.shaped("delta", [batch, dim, length]);
  const A = args.array("A");
  const complex = A.shape.length === 3 && A.shape[2] === 2;
  if (!(A.shape.length === 2 || complex) || A.shape[0] !== dim) {
    fail(
      `${where}: args.A has shape ${shapeText(A.shape)}, expected (${dim}, N) or (${dim}, N, 2)`,
    );
  }
  const dstate = A.shape[1];
  crossCheck(dims, "batch", batch, where);
  crossCheck(dims, "dim", dim, where);
  crossCheck(dims, "dstate", dstate, where);
  crossCheck(dims, "L", length, where);
  const s = { batch, dim, dstate, length, complex };
  const B = scanParam(args.array("B"), "B", s, tags, where);
  const C = scanParam(args.array("C"), "C", s, tags, where);
  if (B.kind === "perStep") crossCheck(dims, "groups", B.groups ?? 1, where);
  return {
    ...s,
    u: u.data,
    delta,
    A: A.data,
    B,
    C,
    D: args.optional("D", [dim]),
    z: args.optional("z", [batch, dim, length]),
    deltaBias: args.optional("delta_bias", [dim]),
  };
}

function runSelectiveScan(args: Args, c: Json, where: string): Produced {
  const s = scanSetup(args, c.dims, tagsOf(c), where);
  const r = selectiveScan({ ...s, deltaSoftplus: args.bool("delta_softplus", false) });
  const produced: Produced = { out: nd(r.out, [s.batch, s.dim, s.length]) };
  if (args.bool("return_last_state", false)) {
    const stateShape = s.complex ? [s.batch, s.dim, s.dstate, 2] : [s.batch, s.dim, s.dstate];
    produced.last_state = nd(r.lastState, stateShape);
  }
  return produced;
}

// ---------- selective state update ----------

function runStateUpdateLoop(args: Args, c: Json, where: string): Produced {
  const s = scanSetup(args, c.dims, tagsOf(c), where);
  if (s.complex) fail(`${where}: selective_state_update_ref takes a real A`);
  if (s.B.kind !== "perStep" || s.C.kind !== "perStep") {
    fail(`${where}: selective_state_update_ref needs per-step B and C, (b, N, L) or (b, G, N, L)`);
  }
  const groups = s.B.groups ?? 1;
  if ((s.C.groups ?? 1) !== groups) fail(`${where}: B and C have different group counts`);
  const { batch, dim, dstate: N, length: L } = s;
  const softplusOn = args.bool("delta_softplus", false);
  const out = new Float64Array(batch * dim * L);
  const states = new Float64Array(batch * dim * N * L);
  let state: Float64Array = new Float64Array(batch * dim * N);
  const x = new Float64Array(batch * dim);
  const dt = new Float64Array(batch * dim);
  const z = s.z ? new Float64Array(batch * dim) : null;
  const Bt = new Float64Array(batch * groups * N);
  const Ct = new Float64Array(batch * groups * N);
  for (let t = 0; t < L; t++) {
    for (let i = 0; i < batch * dim; i++) {
      x[i] = s.u[i * L + t];
      dt[i] = s.delta[i * L + t];
      if (z && s.z) z[i] = s.z[i * L + t];
    }
    for (let i = 0; i < batch * groups * N; i++) {
      Bt[i] = s.B.values[i * L + t];
      Ct[i] = s.C.values[i * L + t];
    }
    const r = selectiveStateUpdate({
      batch,
      dim,
      dstate: N,
      groups,
      state,
      x,
      dt,
      A: s.A,
      B: Bt,
      C: Ct,
      D: s.D,
      z,
      dtBias: s.deltaBias,
      dtSoftplus: softplusOn,
    });
    state = r.state;
    for (let i = 0; i < batch * dim; i++) out[i * L + t] = r.out[i];
    for (let i = 0; i < batch * dim * N; i++) states[i * L + t] = state[i];
  }
  return { out: nd(out, [batch, dim, L]), states: nd(states, [batch, dim, N, L]) };
}

function runStateUpdate(args: Args, c: Json, where: string): Produced {
  const st = args.array("state");
  if (st.shape.length !== 3 && st.shape.length !== 4) {
    fail(
      `${where}: args.state has shape ${shapeText(st.shape)}, expected (b, d, N) or (b, h, d, N)`,
    );
  }
  // With heads, (b, h, d, N) is flattened to (b, h·d, N): group g serves heads ⌊hh/(h/G)⌋, which
  // is channel ⌊c/(h·d/G)⌋ of the flattened dim, the same contiguous-block rule.
  const xShape = st.shape.slice(0, -1);
  const chShape = xShape.slice(1);
  const batch = st.shape[0];
  const N = st.shape[st.shape.length - 1];
  const dim = chShape.reduce((p, q) => p * q, 1);
  crossCheck(c.dims, "batch", batch, where);
  crossCheck(c.dims, "dim", st.shape.length === 3 ? dim : chShape[1], where);
  crossCheck(c.dims, "dstate", N, where);
  const x = args.shaped("x", xShape);
  const dt = args.shaped("dt", xShape);
  const A = args.shaped("A", [...chShape, N]);
  const Bv = args.array("B");
  let groups: number;
  if (sameShape(Bv.shape, [batch, N])) groups = 1;
  else if (Bv.shape.length === 3 && Bv.shape[0] === batch && Bv.shape[2] === N)
    groups = Bv.shape[1];
  else
    return fail(`${where}: args.B has shape ${shapeText(Bv.shape)}, expected (b, N) or (b, G, N)`);
  const heads = st.shape.length === 4 ? chShape[0] : 1;
  if (groups < 1 || heads % groups !== 0 || dim % groups !== 0) {
    fail(`${where}: ${groups} groups do not divide the ${heads === 1 ? "channels" : "heads"}`);
  }
  const C = args.shaped("C", Bv.shape);
  const common = { batch, dim, dstate: N, groups, state: st.data, x, dt, A, B: Bv.data, C };
  const full = selectiveStateUpdate({
    ...common,
    D: args.optional("D", chShape),
    z: args.optional("z", xShape),
    dtBias: args.optional("dt_bias", chShape),
    dtSoftplus: args.bool("dt_softplus", false),
  });
  const plain = selectiveStateUpdate(common);
  return {
    out: nd(full.out, xShape),
    state_after: nd(full.state, st.shape),
    out_plain: nd(plain.out, xShape),
    state_after_plain: nd(plain.state, st.shape),
  };
}

// ---------- S4D ----------

function runS4D(args: Args, c: Json, where: string): Produced {
  const logDt = args.array("log_dt", 1);
  const H = logDt.shape[0];
  const logAReal = args.array("log_A_real", 2);
  const M = logAReal.shape[1];
  if (logAReal.shape[0] !== H)
    fail(`${where}: args.log_A_real has ${logAReal.shape[0]} rows, not H = ${H}`);
  const u = args.array("u", 3);
  const [batch, Hu, Lu] = u.shape;
  if (Hu !== H) fail(`${where}: args.u has ${Hu} channels, not H = ${H}`);
  const Larg = args.num("L");
  if (Larg !== undefined && Larg !== Lu) fail(`${where}: args.L = ${Larg} but u has length ${Lu}`);
  crossCheck(c.dims, "batch", batch, where);
  crossCheck(c.dims, "H", H, where);
  crossCheck(c.dims, "modes", M, where);
  crossCheck(c.dims, "N", 2 * M, where);
  crossCheck(c.dims, "L", Lu, where);
  const p = {
    H,
    modes: M,
    logDt: logDt.data,
    logAReal: logAReal.data,
    AImag: args.shaped("A_imag", [H, M]),
    C: args.shaped("C", [H, M, 2]),
    D: args.shaped("D", [H]),
  };
  const { K, y } = s4dForward(p, u.data, batch, Lu);
  return { K: nd(K, [H, Lu]), y: nd(y, [batch, H, Lu]) };
}

// ---------- Mamba block ----------

function mambaSetup(
  args: Args,
  c: Json,
  where: string,
): { p: MambaParams; hidden: NdArray; batch: number; L: number } {
  const inW = args.array("in_proj_weight", 2);
  const [twoDi, dModel] = inW.shape;
  if (twoDi % 2 !== 0) fail(`${where}: in_proj_weight has an odd number of rows (${twoDi})`);
  const dInner = twoDi / 2;
  const convW = args.array("conv1d_weight");
  const cs = convW.shape;
  const convOk =
    cs[0] === dInner && (cs.length === 2 || (cs.length === 3 && cs[1] === 1)) && cs.length >= 2;
  if (!convOk) {
    fail(`${where}: conv1d_weight has shape ${shapeText(cs)}, expected (${dInner}, d_conv)`);
  }
  const dConv = cs[cs.length - 1];
  const ALog = args.array("A_log", 2);
  if (ALog.shape[0] !== dInner) fail(`${where}: A_log has ${ALog.shape[0]} rows, not ${dInner}`);
  const dState = ALog.shape[1];
  const dtW = args.array("dt_proj_weight", 2);
  if (dtW.shape[0] !== dInner)
    fail(`${where}: dt_proj_weight has ${dtW.shape[0]} rows, not ${dInner}`);
  const dtRank = dtW.shape[1];
  const hidden = args.array("hidden_states", 3);
  const [batch, L, hm] = hidden.shape;
  if (hm !== dModel)
    fail(`${where}: hidden_states has width ${hm}, in_proj_weight takes ${dModel}`);

  const config = args.raw("config");
  if (config !== undefined && config !== null && !isObject(config)) {
    fail(`${where}: args.config is not an object`);
  }
  const cfg = (config ?? {}) as Json;
  crossCheck(cfg, "d_model", dModel, where, "config");
  crossCheck(cfg, "d_inner", dInner, where, "config");
  crossCheck(cfg, "d_state", dState, where, "config");
  crossCheck(cfg, "d_conv", dConv, where, "config");
  crossCheck(cfg, "dt_rank", dtRank, where, "config");
  if (cfg.dt_rank === "auto" && dtRank !== Math.ceil(dModel / 16)) {
    fail(`${where}: config.dt_rank is "auto" (⌈d_model/16⌉) but dt_proj_weight has rank ${dtRank}`);
  }
  if (typeof cfg.expand === "number") crossCheck(cfg, "expand", dInner / dModel, where, "config");
  for (const [k, v] of [
    ["batch", batch],
    ["L", L],
    ["d_model", dModel],
    ["d_inner", dInner],
    ["dstate", dState],
    ["d_conv", dConv],
    ["dt_rank", dtRank],
  ] as const) {
    crossCheck(c.dims, k, v, where);
  }
  const convBias = args.optional("conv1d_bias", [dInner]);
  if (cfg.conv_bias === true && !convBias) fail(`${where}: config.conv_bias but no conv1d_bias`);
  if (cfg.conv_bias === false && convBias)
    fail(`${where}: conv1d_bias given but config.conv_bias is false`);
  const inBias = args.optional("in_proj_bias", [2 * dInner]);
  const outBias = args.optional("out_proj_bias", [dModel]);
  if (cfg.bias === true && (!inBias || !outBias)) {
    fail(`${where}: config.bias but in_proj_bias/out_proj_bias missing`);
  }
  const p: MambaParams = {
    dModel,
    dInner,
    dState,
    dConv,
    dtRank,
    inProjWeight: inW.data,
    inProjBias: inBias,
    conv1dWeight: convW.data,
    conv1dBias: convBias,
    xProjWeight: args.shaped("x_proj_weight", [dtRank + 2 * dState, dInner]),
    dtProjWeight: dtW.data,
    dtProjBias: args.shaped("dt_proj_bias", [dInner]),
    ALog: ALog.data,
    D: args.shaped("D", [dInner]),
    outProjWeight: args.shaped("out_proj_weight", [dModel, dInner]),
    outProjBias: outBias,
  };
  return { p, hidden, batch, L };
}

function runMambaForward(args: Args, c: Json, where: string): Produced {
  const { p, hidden, batch, L } = mambaSetup(args, c, where);
  const r = mambaForward(p, hidden.data, batch, L, { intermediates: true });
  const im = r.intermediates;
  if (!im) return fail(`${where}: mambaForward returned no intermediates`);
  const ch = (data: Float64Array, channels: number) => nd(data, [batch, channels, L]);
  return {
    out: nd(r.out, [batch, L, p.dModel]),
    intermediates: {
      x_conv_silu: ch(im.xConvSilu, p.dInner),
      dt_raw: ch(im.dtRaw, p.dInner),
      B: ch(im.B, p.dState),
      C: ch(im.C, p.dState),
      z: ch(im.z, p.dInner),
      y_ssm_gated: ch(im.yGated, p.dInner),
    },
  };
}

function runMambaStepLoop(args: Args, c: Json, where: string): Produced {
  const { p, hidden, batch, L } = mambaSetup(args, c, where);
  const r = mambaDecode(p, hidden.data, batch, L);
  return {
    out: nd(r.out, [batch, L, p.dModel]),
    conv_state: nd(r.state.conv, [batch, p.dInner, p.dConv]),
    ssm_state: nd(r.state.ssm, [batch, p.dInner, p.dState]),
  };
}

function runMambaInit(args: Args, c: Json, where: string): Produced {
  const rand = args.array("rand", 1);
  const dtRankArg = args.raw("dt_rank");
  let dtRank: number | undefined;
  if (typeof dtRankArg === "number") dtRank = dtRankArg;
  else if (dtRankArg !== undefined && dtRankArg !== null && dtRankArg !== "auto") {
    fail(`${where}: args.dt_rank must be a number or "auto"`);
  }
  const r = mambaInit({
    dModel: args.requiredNum("d_model"),
    expand: args.requiredNum("expand"),
    dState: args.requiredNum("d_state"),
    dtMin: args.requiredNum("dt_min"),
    dtMax: args.requiredNum("dt_max"),
    dtInitFloor: args.requiredNum("dt_init_floor"),
    rand: rand.data,
    dtRank,
  });
  const N = args.requiredNum("d_state");
  crossCheck(c.dims, "d_model", args.requiredNum("d_model"), where);
  crossCheck(c.dims, "d_inner", r.dInner, where);
  crossCheck(c.dims, "dstate", N, where);
  return {
    dt: nd(r.dt, [r.dInner]),
    dt_proj_bias: nd(r.dtProjBias, [r.dInner]),
    softplus_dt_proj_bias: nd(r.dtProjBias.map(softplus), [r.dInner]),
    A_log: nd(r.ALog, [r.dInner, N]),
    A: nd(r.A, [r.dInner, N]),
    D: nd(r.D, [r.dInner]),
    dt_rank: nd(Float64Array.of(r.dtRank), []),
  };
}

type Runner = (args: Args, c: Json, where: string) => Produced;

const RUNNERS = new Map<string, Runner>([
  ["selective_scan_ref", runSelectiveScan],
  ["selective_state_update_ref (looped over t)", runStateUpdateLoop],
  ["selective_state_update_ref", runStateUpdate],
  ["S4D", runS4D],
  ["Mamba.forward", runMambaForward],
  ["Mamba.step (looped over t)", runMambaStepLoop],
  ["Mamba.__init__", runMambaInit],
]);

/** The `fn` values this verifier can run. */
export const GOLDEN_FNS: readonly string[] = [...RUNNERS.keys()];

// ---------- comparing ----------

function parseTolerance(t: unknown, key: string): GoldenTolerance {
  if (!isObject(t)) fail(`${key} is missing or not an object`);
  const { rtol, atol } = t;
  const ok = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v) && v >= 0;
  if (!ok(rtol) || !ok(atol)) fail(`${key} needs finite rtol ≥ 0 and atol ≥ 0`);
  return { rtol, atol };
}

/** Worst |got − exp|/(atol + rtol·|exp|); NaN counts as Infinity. */
function compareArrays(
  got: Float64Array,
  exp: Float64Array,
  { rtol, atol }: GoldenTolerance,
): { worstFraction: number; worstIndex: number } {
  let worstFraction = 0;
  let worstIndex = exp.length > 0 ? 0 : -1;
  for (let i = 0; i < exp.length; i++) {
    const err = Math.abs(got[i] - exp[i]);
    const bound = atol + rtol * Math.abs(exp[i]);
    const f = Number.isNaN(err) ? Infinity : bound > 0 ? err / bound : err === 0 ? 0 : Infinity;
    if (f > worstFraction) {
      worstFraction = f;
      worstIndex = i;
    }
  }
  return { worstFraction, worstIndex };
}

function compareTree(
  got: NdArray | Produced | null | undefined,
  exp: unknown,
  key: string,
  tol: GoldenTolerance,
  acc: GoldenComparison[],
  errors: string[],
): void {
  const missing = (why: string) => {
    errors.push(`expected.${key}: ${why}`);
    acc.push({ key, worstFraction: Infinity, worstIndex: -1, got: NaN, expected: NaN });
  };
  if (exp === null) {
    if (got !== null && got !== undefined) missing("expected null but an output was produced");
    return;
  }
  if (isObject(exp)) {
    if (!isObject(got) || isNd(got)) {
      missing("no output of that name");
      return;
    }
    for (const k of Object.keys(exp)) compareTree(got[k], exp[k], `${key}.${k}`, tol, acc, errors);
    return;
  }
  if (!isNd(got)) {
    missing("this verifier produces no such output for this fn");
    return;
  }
  const g = got;
  const e = parseNd(exp, `expected.${key}`);
  if (!sameShape(g.shape, e.shape)) {
    missing(`shape ${shapeText(g.shape)} produced, ${shapeText(e.shape)} expected`);
    return;
  }
  const r = compareArrays(g.data, e.data, tol);
  acc.push({
    key,
    worstFraction: r.worstFraction,
    worstIndex: r.worstIndex,
    got: r.worstIndex >= 0 ? g.data[r.worstIndex] : NaN,
    expected: r.worstIndex >= 0 ? e.data[r.worstIndex] : NaN,
  });
}

function tagsOf(c: Json): string[] {
  return Array.isArray(c.tags) ? c.tags.filter((t): t is string => typeof t === "string") : [];
}

function errorText(e: unknown): string {
  if (e instanceof Error) return `${e.name === "Error" ? "" : `${e.name}: `}${e.message}`;
  return String(e);
}

function runOne(c: unknown, index: number, ctx: Context): GoldenCaseResult {
  const obj = isObject(c) ? c : {};
  const name = typeof obj.name === "string" ? obj.name : `case #${index}`;
  const fn = typeof obj.fn === "string" ? obj.fn : String(obj.fn);
  const result: GoldenCaseResult = {
    name,
    fn,
    tags: tagsOf(obj),
    worstFraction: Infinity,
    pass: false,
    precision: null,
    tolerance: null,
    comparisons: [],
  };
  try {
    if (!isObject(c)) fail("the case is not an object");
    const runner = RUNNERS.get(fn);
    if (!runner) fail(`unknown fn "${fn}" (this verifier runs: ${GOLDEN_FNS.join(", ")})`);
    const useF64 = c.expected_f64 !== undefined && c.expected_f64 !== null;
    const expected = useF64 ? c.expected_f64 : c.expected;
    const expKey = useF64 ? "expected_f64" : "expected";
    if (!isObject(expected)) fail(`${expKey} is missing or not an object`);
    if (Object.keys(expected).length === 0) fail(`${expKey} is empty: nothing to compare`);
    const tol = parseTolerance(
      useF64 ? c.tolerance_f64 : c.tolerance,
      useF64 ? "tolerance_f64" : "tolerance",
    );
    result.precision = useF64 ? "f64" : "f32";
    result.tolerance = tol;
    const produced = runner(caseArgs(c, ctx, name), c, name);
    const errors: string[] = [];
    for (const k of Object.keys(expected)) {
      compareTree(produced[k], expected[k], k, tol, result.comparisons, errors);
    }
    result.worstFraction = result.comparisons.reduce((m, r) => Math.max(m, r.worstFraction), 0);
    if (errors.length > 0) result.error = errors.join("; ");
    result.pass = errors.length === 0 && result.worstFraction <= 1;
  } catch (e) {
    result.error = errorText(e);
    result.worstFraction = Infinity;
    result.pass = false;
  }
  return result;
}

interface Prepared {
  format: string | null;
  profile: string | null;
  error?: string;
  cases: unknown[];
  ctx: Context;
}

function prepare(file: unknown): Prepared {
  const ctx: Context = { byName: new Map() };
  if (!isObject(file)) {
    return { format: null, profile: null, error: "not a JSON object", cases: [], ctx };
  }
  const format = typeof file.format === "string" ? file.format : null;
  const profile = typeof file.profile === "string" ? file.profile : null;
  if (!Array.isArray(file.cases)) {
    return { format, profile, error: "no `cases` array", cases: [], ctx };
  }
  for (const c of file.cases) {
    if (isObject(c) && typeof c.name === "string" && !ctx.byName.has(c.name))
      ctx.byName.set(c.name, c);
  }
  const out: Prepared = { format, profile, cases: file.cases, ctx };
  if (format !== GOLDEN_FORMAT) {
    out.error = `format is ${JSON.stringify(file.format)}, this verifier reads "${GOLDEN_FORMAT}"`;
  } else if (file.cases.length === 0) {
    out.error = "the file has no cases";
  }
  return out;
}

function caseFor(p: Prepared, c: unknown, i: number): GoldenCaseResult {
  if (p.format === GOLDEN_FORMAT) return runOne(c, i, p.ctx);
  const obj = isObject(c) ? c : {};
  return {
    name: typeof obj.name === "string" ? obj.name : `case #${i}`,
    fn: typeof obj.fn === "string" ? obj.fn : String(obj.fn),
    tags: tagsOf(obj),
    worstFraction: Infinity,
    pass: false,
    error: p.error,
    precision: null,
    tolerance: null,
    comparisons: [],
  };
}

function report(p: Prepared, results: GoldenCaseResult[]): GoldenReport {
  const r: GoldenReport = {
    format: p.format,
    profile: p.profile,
    results,
    passed: results.filter((x) => x.pass).length,
    total: results.length,
  };
  if (p.error) r.error = p.error;
  return r;
}

/** True if the whole file passed: a valid file, at least one case, every case within tolerance. */
export function goldenPassed(r: GoldenReport): boolean {
  return !r.error && r.total > 0 && r.passed === r.total;
}

/**
 * Runs the cases one at a time, yielding each result; lets a page schedule the work itself
 * (e.g. one case per animation frame). Never throws for bad input: bad cases yield failed results.
 */
export function* iterateGolden(file: unknown): Generator<GoldenCaseResult, GoldenReport, void> {
  const p = prepare(file);
  const results: GoldenCaseResult[] = [];
  for (let i = 0; i < p.cases.length; i++) {
    const r = caseFor(p, p.cases[i], i);
    results.push(r);
    yield r;
  }
  return report(p, results);
}

/**
 * Runs one case (by index) of a parsed golden file; the file is needed to resolve
 * `args.same_as_case`. An index out of range gives a failed result.
 */
export function verifyGoldenCase(file: unknown, index: number): GoldenCaseResult {
  const p = prepare(file);
  return caseFor(p, index >= 0 && index < p.cases.length ? p.cases[index] : null, index);
}

/** Runs every case of a parsed golden file (synchronously). */
export function verifyGolden(file: unknown): GoldenReport {
  const it = iterateGolden(file);
  for (;;) {
    const step = it.next();
    if (step.done) return step.value;
  }
}

export interface VerifyProgressOptions {
  /** Called after each case with the number done, the total and that case's result. */
  onProgress?: (done: number, total: number, result: GoldenCaseResult) => void;
  /**
   * Awaited between cases so a page can repaint, e.g. `() => new Promise(r => setTimeout(r, 0))`
   * in a browser. Default: a resolved promise (no macrotask, no timers: none exist in ES2022).
   */
  pause?: () => Promise<void>;
}

/** As `verifyGolden`, but asynchronous with progress, for a page that shows cases as they finish. */
export async function verifyGoldenAsync(
  file: unknown,
  { onProgress, pause = () => Promise.resolve() }: VerifyProgressOptions = {},
): Promise<GoldenReport> {
  const p = prepare(file);
  const results: GoldenCaseResult[] = [];
  for (let i = 0; i < p.cases.length; i++) {
    await pause();
    const r = caseFor(p, p.cases[i], i);
    results.push(r);
    onProgress?.(i + 1, p.cases.length, r);
  }
  return report(p, results);
}

/** JSON.parse with a GoldenFormatError that says what went wrong. */
export function parseGoldenText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new GoldenFormatError(`not valid JSON: ${errorText(e)}`);
  }
}
