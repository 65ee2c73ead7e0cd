import { useCallback, useMemo } from "react";
import { decodeParamsReport, type FieldTable } from "./fields";
import { appStore, useApp } from "./store";
import { registerFields } from "./urlSync";

export interface ViewParams<P> {
  params: P;
  /** Merge a change into the view's settings (the URL follows, debounced). */
  setParams: (patch: Partial<P>) => void;
  /** What the URL asked for that was clamped or ignored, for the reader. */
  notes: readonly string[];
}

/**
 * A view's settings: remembered in the store once changed, otherwise decoded from the URL the view
 * was opened with. Never throws on a bad URL: junk falls back, out-of-range values clamp.
 */
export function useViewParams<P extends object>(
  viewId: string,
  table: FieldTable<P>,
): ViewParams<P> {
  registerFields(viewId, table);
  const stored = useApp((s) => s.params[viewId]) as P | undefined;
  const search = useApp((s) => s.search);
  const decoded = useMemo(() => {
    const report = decodeParamsReport(table, search);
    return { params: report.params, notes: report.issues.map((i) => i.message) };
  }, [table, search]);
  const params = stored ?? decoded.params;
  const setParams = useCallback(
    (patch: Partial<P>) => {
      const current = (appStore.getState().params[viewId] as P | undefined) ?? decoded.params;
      const next = { ...current };
      for (const name of Object.keys(patch) as (keyof P)[]) {
        const v = patch[name];
        if (Object.hasOwn(table, name) && v !== undefined) next[name] = table[name].clamp(v);
      }
      appStore.getState().setParams(viewId, next as Readonly<Record<string, unknown>>);
    },
    [viewId, table, decoded.params],
  );
  return { params, setParams, notes: stored ? [] : decoded.notes };
}
