import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  GOLDEN_FNS,
  goldenPassed,
  iterateGolden,
  verifyGolden,
  verifyGoldenAsync,
  verifyGoldenCase,
  type GoldenCaseResult,
} from "../../../src/models";
import {
  bestExpected,
  goldenText,
  loadGolden,
  publicGoldenPath,
  sharedGoldenPath,
  type GoldenCase,
  type GoldenFile,
} from "./goldenFile";

/** Leaf key paths of an expected object ("out", "intermediates.B", …). */
function leafKeys(o: Record<string, unknown>, prefix = ""): string[] {
  return Object.entries(o).flatMap(([k, v]) =>
    typeof v === "object" && v !== null && !Array.isArray(v)
      ? leafKeys(v as Record<string, unknown>, `${prefix}${k}.`)
      : [`${prefix}${k}`],
  );
}

function describeFailure(r: GoldenCaseResult): string {
  const worst = [...r.comparisons].sort((a, b) => b.worstFraction - a.worstFraction)[0];
  return `${r.name}: ${r.error ?? ""} worst ${worst?.key} ×${r.worstFraction}`;
}

const golden = loadGolden();

describe("the public golden file", () => {
  it("is the committed copy of ../shared/golden/golden-public.json, byte for byte", () => {
    if (!existsSync(sharedGoldenPath)) {
      // Outside the shared workspace there is nothing to compare against.
      console.info(`note: ${sharedGoldenPath} absent, byte comparison not run`);
      return;
    }
    expect(readFileSync(publicGoldenPath).equals(readFileSync(sharedGoldenPath))).toBe(true);
  });

  it("is an ssm-golden/1 file with 18 cases of the known fns", () => {
    expect(golden.format).toBe("ssm-golden/1");
    expect(golden.cases).toHaveLength(18);
    for (const c of golden.cases) expect(GOLDEN_FNS).toContain(c.fn);
  });
});

describe("every public golden case passes the verifier", () => {
  golden.cases.forEach((c, i) => {
    it(c.name, () => {
      const r = verifyGoldenCase(golden, i);
      expect(r.error, describeFailure(r)).toBeUndefined();
      expect(r.pass, describeFailure(r)).toBe(true);
      expect(r.worstFraction).toBeLessThanOrEqual(1);
      expect(r.name).toBe(c.name);
      expect(r.fn).toBe(c.fn);
      expect(r.tags).toEqual(c.tags);
      // It compared every expected key of the set it chose, nothing skipped.
      const { expected, tol } = bestExpected(c);
      expect(r.tolerance).toEqual(tol);
      expect(r.precision).toBe(c.expected_f64 ? "f64" : "f32");
      expect(r.comparisons.map((x) => x.key).sort()).toEqual(leafKeys(expected).sort());
    });
  });
});

/** Sets one element (by path of indices) of a nested list. */
function setAt(nested: unknown, index: number[], f: (v: number) => number): void {
  let a = nested as unknown[];
  for (const i of index.slice(0, -1)) a = a[i] as unknown[];
  const last = index[index.length - 1];
  a[last] = f(a[last] as number);
}

function withCase(mutate: (c: GoldenCase, file: GoldenFile) => void, name: string): GoldenFile {
  const file = loadGolden();
  const c = file.cases.find((x) => x.name === name);
  if (!c) throw new Error(`no case ${name}`);
  mutate(c, file);
  return file;
}

function resultOf(file: GoldenFile, name: string): GoldenCaseResult {
  const i = file.cases.findIndex((x) => x.name === name);
  return verifyGoldenCase(file, i);
}

/** Moves an element by `k` times its tolerance. */
const bump = (k: number, tol: { rtol: number; atol: number }) => (v: number) =>
  v + k * (tol.atol + tol.rtol * Math.abs(v));

describe("the verifier fails what it should", () => {
  const perturbations: [string, (e: Record<string, unknown>) => unknown, number[]][] = [
    ["selective_full", (e) => e.out, [1, 2, 7]],
    ["selective_full", (e) => e.last_state, [0, 1, 3]],
    ["complex_variable_BC", (e) => e.last_state, [0, 1, 2, 1]],
    ["state_update_loop_matches_scan", (e) => e.states, [1, 0, 2, 15]],
    ["state_update_single_step", (e) => e.state_after_plain, [0, 2, 1]],
    ["s4d_kernel_and_conv", (e) => e.K, [1, 9]],
    ["mamba_block_forward", (e) => (e.intermediates as Record<string, unknown>).dt_raw, [1, 3, 5]],
    ["mamba_block_step_loop", (e) => e.conv_state, [0, 7, 0]],
    ["mamba_init_dt_bias_A_log_D", (e) => e.A_log, [3, 1]],
  ];
  for (const [name, pick, index] of perturbations) {
    it(`fails ${name} when one expected element of ${index.length}-d data moves by 3× its tolerance`, () => {
      const file = withCase((c) => {
        const { expected, tol } = bestExpected(c);
        setAt(pick(expected), index, bump(3, tol));
      }, name);
      const r = resultOf(file, name);
      expect(r.pass).toBe(false);
      expect(r.error).toBeUndefined();
      expect(r.worstFraction).toBeGreaterThan(2.5);
      expect(r.worstFraction).toBeLessThan(3.5);
    });
  }

  it("still passes a value moved by half its tolerance (the comparison is not exact equality)", () => {
    const file = withCase((c) => {
      const { expected, tol } = bestExpected(c);
      setAt(expected.out, [0, 0, 0], bump(0.5, tol));
    }, "selective_full");
    const r = resultOf(file, "selective_full");
    expect(r.pass).toBe(true);
    expect(r.worstFraction).toBeGreaterThan(0.4);
  });

  it("fails a case with an unknown fn, naming the fn", () => {
    const file = withCase((c) => (c.fn = "selective_scan_fn_cuda"), "selective_full");
    const r = resultOf(file, "selective_full");
    expect(r.pass).toBe(false);
    expect(r.error).toMatch(/unknown fn "selective_scan_fn_cuda"/);
  });

  it("never treats a prototype key as a fn", () => {
    const file = withCase((c) => (c.fn = "constructor"), "lti_fixed_BC");
    expect(resultOf(file, "lti_fixed_BC").pass).toBe(false);
  });

  it("fails every case whose fn is changed to another known fn", () => {
    for (const c of golden.cases) {
      for (const fn of GOLDEN_FNS) {
        if (fn === c.fn) continue;
        const file = withCase((x) => (x.fn = fn), c.name);
        const r = resultOf(file, c.name);
        expect(r.pass, `${c.name} run as ${fn}`).toBe(false);
      }
    }
  });

  it("dispatches on fn, not on name", () => {
    const file = withCase((c) => (c.name = "mamba_block_forward"), "lti_fixed_BC");
    const r = verifyGoldenCase(file, 0);
    expect(r.name).toBe("mamba_block_forward");
    expect(r.pass).toBe(true);
  });

  it("fails an expected key it cannot produce rather than skipping it", () => {
    const file = withCase((c) => {
      (c.expected_f64 as Record<string, unknown>).cumulative_state = [1, 2];
    }, "lti_fixed_BC");
    const r = resultOf(file, "lti_fixed_BC");
    expect(r.pass).toBe(false);
    expect(r.error).toMatch(/cumulative_state/);
  });

  it("fails an expected intermediate it cannot produce", () => {
    const file = withCase((c) => {
      const im = (c.expected_f64 as Record<string, Record<string, unknown>>).intermediates;
      im.softplus_dt = [[[0]]];
    }, "mamba_block_forward");
    expect(resultOf(file, "mamba_block_forward").pass).toBe(false);
  });

  it("fails on a shape mismatch even if the leading values agree", () => {
    const file = withCase((c) => {
      const out = (c.expected_f64 as { out: number[][][] }).out;
      out[0][0].pop();
    }, "lti_fixed_BC");
    const r = resultOf(file, "lti_fixed_BC");
    expect(r.pass).toBe(false);
    expect(r.error).toMatch(/ragged|shape|length/);
  });

  it("fails a case asking for last_state when the scan was told not to return it", () => {
    const file = withCase((c) => (c.args.return_last_state = false), "selective_full");
    expect(resultOf(file, "selective_full").pass).toBe(false);
  });

  it("fails when an argument has the wrong shape, is missing, or is not a number", () => {
    const bad: [string, (c: GoldenCase) => void][] = [
      ["selective_full", (c) => (c.args.D = [1, 2])],
      ["selective_full", (c) => delete c.args.u],
      ["selective_full", (c) => ((c.args.u as number[][][])[0][0][0] = "1" as unknown as number)],
      ["selective_grouped_BC", (c) => ((c.args.B as number[][][][])[0] = [])],
      ["s4d_kernel_and_conv", (c) => (c.args.L = 15)],
      ["mamba_init_dt_bias_A_log_D", (c) => (c.args.rand = [0.5])],
    ];
    for (const [name, mutate] of bad) {
      const r = resultOf(withCase(mutate, name), name);
      expect(r.pass, name).toBe(false);
      expect(r.error, name).toBeTruthy();
    }
  });

  it("fails when dims or config disagree with the array shapes", () => {
    const a = withCase((c) => (c.dims.dstate = 5), "selective_full");
    expect(resultOf(a, "selective_full").error).toMatch(/dstate/);
    const b = withCase(
      (c) => ((c.args.config as Record<string, unknown>).d_conv = 3),
      "mamba_block_forward",
    );
    expect(resultOf(b, "mamba_block_forward").error).toMatch(/d_conv/);
  });

  it("fails without a tolerance, with an empty expected, or with a non-object case", () => {
    const a = withCase((c) => delete c.tolerance_f64, "lti_fixed_BC");
    expect(resultOf(a, "lti_fixed_BC").pass).toBe(false);
    const b = withCase((c) => {
      c.expected_f64 = {};
    }, "lti_fixed_BC");
    expect(resultOf(b, "lti_fixed_BC").pass).toBe(false);
    const file = loadGolden();
    (file.cases as unknown[])[0] = 42;
    expect(verifyGoldenCase(file, 0).pass).toBe(false);
    expect(verifyGoldenCase(file, 99).pass).toBe(false);
  });

  it("fails the whole file for a wrong format, no cases, or a non-object", () => {
    const wrong = { ...loadGolden(), format: "ssm-golden/2" };
    const r = verifyGolden(wrong);
    expect(r.error).toMatch(/format/);
    expect(r.total).toBe(18);
    expect(r.passed).toBe(0);
    expect(goldenPassed(r)).toBe(false);
    expect(goldenPassed(verifyGolden({ format: "ssm-golden/1", cases: [] }))).toBe(false);
    expect(goldenPassed(verifyGolden({ format: "ssm-golden/1" }))).toBe(false);
    expect(goldenPassed(verifyGolden(null))).toBe(false);
    expect(goldenPassed(verifyGolden([1, 2]))).toBe(false);
  });
});

describe("the verifier reads every size from the case", () => {
  /**
   * The same block with d_conv 4 → 6 (two zero taps in front: the oldest inputs, weighted 0) and
   * dt_rank 1 → 3 (two zero columns of dt_proj, two extra x_proj rows): the output and every
   * intermediate are unchanged, so the golden expected values still hold.
   */
  it("runs a Mamba.forward case with a different d_conv and dt_rank", () => {
    const file = withCase((c) => {
      const a = c.args as Record<string, number[][]>;
      const R = a.dt_proj_weight[0].length;
      a.conv1d_weight = a.conv1d_weight.map((row) => [0, 0, ...row]);
      a.dt_proj_weight = a.dt_proj_weight.map((row) => [...row, 0, 0]);
      const width = a.x_proj_weight[0].length;
      const extra = [0, 1].map((k) => Array.from({ length: width }, (_, j) => Math.sin(j + k)));
      a.x_proj_weight = [...a.x_proj_weight.slice(0, R), ...extra, ...a.x_proj_weight.slice(R)];
      const config = c.args.config as Record<string, number>;
      config.d_conv += 2;
      config.dt_rank += 2;
      c.dims.d_conv += 2;
      c.dims.dt_rank += 2;
    }, "mamba_block_forward");
    const r = resultOf(file, "mamba_block_forward");
    expect(r.error).toBeUndefined();
    expect(r.pass).toBe(true);
  });

  it('accepts config.dt_rank "auto" only when the weights have rank ⌈d_model/16⌉', () => {
    const ok = withCase((c) => {
      (c.args.config as Record<string, unknown>).dt_rank = "auto";
    }, "mamba_block_forward");
    expect(resultOf(ok, "mamba_block_forward").pass).toBe(true);
    const bad = withCase((c) => {
      (c.args.config as Record<string, unknown>).dt_rank = "auto";
      const a = c.args as Record<string, number[][]>;
      a.dt_proj_weight = a.dt_proj_weight.map((row) => [...row, 0]);
      a.x_proj_weight = [a.x_proj_weight[0], a.x_proj_weight[0], ...a.x_proj_weight.slice(1)];
      c.dims.dt_rank += 1;
    }, "mamba_block_forward");
    expect(resultOf(bad, "mamba_block_forward").error).toMatch(/auto/);
  });

  it("runs a Mamba.step case whose args are its own rather than same_as_case", () => {
    const file = withCase((c, f) => {
      c.args = structuredClone(f.cases.find((x) => x.name === "mamba_block_forward")!.args);
    }, "mamba_block_step_loop");
    expect(resultOf(file, "mamba_block_step_loop").pass).toBe(true);
  });

  it("fails a same_as_case that points nowhere", () => {
    const file = withCase((c) => (c.args.same_as_case = "no_such_case"), "mamba_block_step_loop");
    expect(resultOf(file, "mamba_block_step_loop").error).toMatch(/no_such_case/);
  });
});

describe("progress for a page", () => {
  it("reports each case as it finishes and agrees with the synchronous run", async () => {
    const seen: [number, number, string][] = [];
    let pauses = 0;
    const r = await verifyGoldenAsync(golden, {
      onProgress: (done, total, res) => seen.push([done, total, res.name]),
      pause: async () => {
        pauses++;
      },
    });
    expect(seen.map((s) => s[0])).toEqual(golden.cases.map((_, i) => i + 1));
    expect(seen.every((s) => s[1] === 18)).toBe(true);
    expect(seen.map((s) => s[2])).toEqual(golden.cases.map((c) => c.name));
    expect(pauses).toBe(18);
    expect(goldenPassed(r)).toBe(true);
    expect(r.results.map((x) => x.worstFraction)).toEqual(
      verifyGolden(golden).results.map((x) => x.worstFraction),
    );
  });

  it("yields one result at a time from a generator", () => {
    const it = iterateGolden(JSON.parse(goldenText));
    const first = it.next();
    expect(first.done).toBe(false);
    if (!first.done) expect(first.value.name).toBe(golden.cases[0].name);
  });
});
