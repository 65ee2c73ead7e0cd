import { useCallback, useEffect, useRef, useState } from "react";
import {
  parseGoldenText,
  verifyGoldenAsync,
  type GoldenCaseResult,
  type GoldenReport,
} from "../../models";

/** What the page shows about each case besides the verifier's result: taken from the file itself. */
export interface CaseInfo {
  name: string;
  fn: string;
  description: string;
  tags: string[];
}

export type GoldenRunState =
  | { status: "loading" }
  | {
      status: "running";
      done: number;
      total: number;
      cases: CaseInfo[];
      results: GoldenCaseResult[];
    }
  | { status: "done"; report: GoldenReport; cases: CaseInfo[]; source: SourceInfo[] }
  | { status: "error"; message: string };

export interface SourceInfo {
  repo: string;
  commit: string;
  paths: string[];
}

export const GOLDEN_URL = "golden/golden-public.json";

function str(v: unknown): string {
  return typeof v === "string" ? v : "";
}

function caseInfos(file: unknown): CaseInfo[] {
  const cases = (file as { cases?: unknown }).cases;
  if (!Array.isArray(cases)) return [];
  return cases.map((c: Record<string, unknown>) => ({
    name: str(c?.name),
    fn: str(c?.fn),
    description: str(c?.description),
    tags: Array.isArray(c?.tags) ? c.tags.filter((t): t is string => typeof t === "string") : [],
  }));
}

function sourceInfos(file: unknown): SourceInfo[] {
  const sources = (file as { sources?: unknown }).sources;
  if (!Array.isArray(sources)) return [];
  return sources.map((s: Record<string, unknown>) => ({
    repo: str(s?.repo),
    commit: str(s?.commit),
    paths: Array.isArray(s?.paths) ? s.paths.filter((p): p is string => typeof p === "string") : [],
  }));
}

/**
 * Fetches the public golden file (same origin) and runs every case through src/models in this
 * browser, yielding to the page between cases so the progress bar moves.
 */
export function useGoldenRun(fetchImpl: typeof fetch = fetch) {
  const [state, setState] = useState<GoldenRunState>({ status: "loading" });
  const current = useRef<{ cancelled: boolean } | null>(null);

  const start = useCallback(
    async (token: { cancelled: boolean }) => {
      const live = () => !token.cancelled;
      try {
        const res = await fetchImpl(GOLDEN_URL);
        if (!res.ok) throw new Error(`the vectors could not be loaded (HTTP ${res.status})`);
        const file = parseGoldenText(await res.text());
        const cases = caseInfos(file);
        const results: GoldenCaseResult[] = [];
        if (!live()) return;
        setState({ status: "running", done: 0, total: cases.length, cases, results: [] });
        const report = await verifyGoldenAsync(file, {
          pause: () => new Promise((r) => setTimeout(r, 0)),
          onProgress: (done, total, result) => {
            results.push(result);
            if (live()) setState({ status: "running", done, total, cases, results: [...results] });
          },
        });
        if (live()) setState({ status: "done", report, cases, source: sourceInfos(file) });
      } catch (err) {
        if (live()) {
          setState({ status: "error", message: err instanceof Error ? err.message : String(err) });
        }
      }
    },
    [fetchImpl],
  );

  useEffect(() => {
    const token = { cancelled: false };
    current.current = token;
    // start() sets state only after awaiting the fetch, never synchronously in this effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void start(token);
    return () => {
      token.cancelled = true;
    };
  }, [start]);

  /** Runs every case again (the button). */
  const run = useCallback(() => {
    if (current.current) current.current.cancelled = true;
    const token = { cancelled: false };
    current.current = token;
    setState({ status: "loading" });
    void start(token);
  }, [start]);

  return { state, run };
}
