/**
 * `npm run bench`: model benchmarks in Node and in headless Chromium, and the accuracy study.
 *   npm run bench                       everything; writes bench-out/*.json (git-ignored)
 *   npm run bench -- --quick            fewer lengths and repeats (a smoke run)
 *   npm run bench -- --no-chromium      Node only
 *   npm run bench -- --no-accuracy      timings only
 *   npm run bench -- --no-node          Chromium only (with --no-figures: the sweeps only)
 *   npm run bench -- --write-reference  also writes public/bench/reference-2core.json
 * Schema of the JSON: README.md, "Benchmarks".
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { arch, cpus, loadavg, platform, release, totalmem } from "node:os";
import { resolve } from "node:path";
import { accuracyStudy } from "./cases/accuracy";
import { runInChromium } from "./chromium";
import { sinkValue } from "./harness";
import { runSuite, type SuiteResult } from "./suite";

const ROOT = resolve(import.meta.dirname, "..");
const OUT = resolve(ROOT, "bench-out");
const REFERENCE = resolve(ROOT, "public/bench/reference-2core.json");
export const SCHEMA = "ssm-bench/1";

const args = new Set(process.argv.slice(2));
const quick = args.has("--quick");
const log = (env: string) => (line: string) => console.log(`  [${env}] ${line}`);

function host() {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model ?? "unknown",
    cores: cpu.length,
    memoryGB: Math.round(totalmem() / 1e9),
    os: `${platform()} ${arch()} ${release()}`,
    node: process.version,
    /** 1-minute load average now (the machine may be shared: compare it with the core count). */
    loadAverage1m: Math.round(loadavg()[0] * 100) / 100,
  };
}

function fmt(x: number, digits = 3): string {
  if (!Number.isFinite(x)) return String(x);
  return x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toPrecision(digits);
}

function printSuite(name: string, r: SuiteResult): void {
  console.log(
    `\n== ${name}: reference loop ${fmt(r.reference.ms)} ms (${fmt(r.reference.nsPerUpdate)} ns per update)`,
  );
  for (const s of r.sweeps) {
    const pts = s.points.map((p) => `${p.L}:${fmt(p.ms)}`).join("  ");
    console.log(
      `${s.kernel.padEnd(15)} slope ${s.slope.slope.toFixed(3)} [${s.slope.lo.toFixed(3)}, ${s.slope.hi.toFixed(3)}] (expect ${s.expectedSlope}; L ${s.slope.lengths[0]}…${s.slope.lengths.at(-1)})`,
    );
    console.log(`  ms: ${pts}${s.stopped ? `  (stopped: ${s.stopped})` : ""}`);
  }
  console.log(`\nfigure (what) — default / max, ms [where]`);
  const ids = [...new Set(r.figures.map((f) => `${f.figureId}|${f.what}`))];
  for (const key of ids) {
    const [id, what] = key.split("|");
    const d = r.figures.find((f) => f.figureId === id && f.what === what && f.level === "default");
    const m = r.figures.find((f) => f.figureId === id && f.what === what && f.level === "max");
    if (!d || !m) continue;
    const flag = (f: typeof d) => (f.overBudget ? ` OVER ${f.budgetMs} ms` : "");
    console.log(
      `${id.padEnd(34)} ${fmt(d.ms).padStart(8)} [${d.where}]${flag(d)} / ${fmt(m.ms).padStart(8)} [${m.where}]${flag(m)}   ${what}`,
    );
  }
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const started = new Date().toISOString();
  const loadAtStart = host().loadAverage1m;
  const t0 = performance.now();
  console.log(`bench: Node ${process.version}${quick ? " (quick)" : ""}`);
  const suiteOpts = { quick, skipFigures: args.has("--no-figures") };
  let node: SuiteResult | null = null;
  if (!args.has("--no-node")) {
    node = runSuite(suiteOpts, log("node"));
    const file = {
      schema: SCHEMA,
      env: "node",
      version: process.version,
      host: host(),
      result: node,
    };
    writeFileSync(resolve(OUT, "node.json"), JSON.stringify(file, null, 1));
    printSuite("Node", node);
  }

  let chromium: { version: string; result: SuiteResult } | null = null;
  if (!args.has("--no-chromium")) {
    console.log(`\nbench: headless Chromium`);
    chromium = await runInChromium(suiteOpts, log("chromium"));
    writeFileSync(
      resolve(OUT, "chromium.json"),
      JSON.stringify(
        {
          schema: SCHEMA,
          env: "chromium",
          version: chromium.version,
          host: host(),
          result: chromium.result,
        },
        null,
        1,
      ),
    );
    printSuite(`Chromium ${chromium.version}`, chromium.result);
  }

  if (!args.has("--no-accuracy")) {
    console.log(`\nbench: accuracy study (Node)`);
    const accuracy = accuracyStudy(log("accuracy"));
    writeFileSync(resolve(OUT, "accuracy.json"), JSON.stringify(accuracy, null, 1));
  }

  const h = host();
  const summary = {
    schema: SCHEMA,
    machine: `${h.cores}-core ${h.cpu}, ${h.os}; Node ${process.version}${chromium ? `, Chromium ${chromium.version}` : ""}`,
    createdAt: started,
    host: { ...h, loadAverage1mAtStart: loadAtStart },
    quick,
    environments: {
      ...(node ? { node: { version: process.version, ...node } } : {}),
      ...(chromium ? { chromium: { version: chromium.version, ...chromium.result } } : {}),
    },
  };
  writeFileSync(resolve(OUT, "summary.json"), JSON.stringify(summary, null, 1));
  if (args.has("--write-reference")) {
    if (quick || !chromium)
      throw new Error("bench: --write-reference needs a full run with Chromium");
    mkdirSync(resolve(REFERENCE, ".."), { recursive: true });
    writeFileSync(REFERENCE, JSON.stringify(summary, null, 1) + "\n");
    console.log(`\nwrote ${REFERENCE}`);
  }
  console.log(
    `\nbench: done in ${((performance.now() - t0) / 1000).toFixed(0)} s; bench-out/*.json written (sink ${sinkValue().toExponential(1)})`,
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
