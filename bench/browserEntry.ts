/** The bench suite as a browser bundle: `globalThis.__ssmBench.runSuite(opts)` (bench/chromium.ts). */
import { runSuite, type SuiteOptions } from "./suite";

export function run(opts: SuiteOptions) {
  return runSuite(opts, (line) => console.log(`[bench] ${line}`));
}
