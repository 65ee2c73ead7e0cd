/**
 * npm run verify -- FILE
 * Runs every case of an `ssm-golden/1` file through src/models and prints one line per case
 * (name, worst error as a fraction of its tolerance, pass/FAIL), then
 * `verify: K/M cases within tolerance`. Exit code 0 only if every case passed.
 */
import { readFileSync } from "node:fs";
import { goldenPassed, parseGoldenText, verifyGolden } from "../src/models/index";

function formatFraction(f: number): string {
  if (!Number.isFinite(f)) return "—";
  return f < 1e-3 && f > 0 ? f.toExponential(2) : f.toFixed(4);
}

function main(argv: string[]): number {
  const file = argv[0];
  if (!file) {
    console.error("usage: npm run verify -- FILE (an ssm-golden/1 JSON file)");
    return 1;
  }
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    console.error(`verify: cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
  let parsed: unknown;
  try {
    parsed = parseGoldenText(text);
  } catch (e) {
    console.error(`verify: cannot parse ${file}: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
  const report = verifyGolden(parsed);
  if (report.error) console.error(`verify: ${file}: ${report.error}`);
  const width = Math.max(4, ...report.results.map((r) => r.name.length));
  for (const r of report.results) {
    const worst = formatFraction(r.worstFraction).padStart(10);
    const tail = r.error ? `  (${r.error})` : "";
    console.log(`${r.name.padEnd(width)}  ${worst} of tol  ${r.pass ? "pass" : "FAIL"}${tail}`);
  }
  console.log(`verify: ${report.passed}/${report.total} cases within tolerance`);
  return goldenPassed(report) ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
