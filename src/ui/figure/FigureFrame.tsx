import { useId, useRef, useState, type ReactNode } from "react";
import { figureToPng, saveBlob, serializeData, serializeSvg } from "./download";
import { FigureErrorBoundary } from "./FigureErrorBoundary";

export interface FigureFrameProps {
  /** Figure id (`<chapter-id>/<figure>` or `page/<figure>`); names the downloaded files. */
  id: string;
  title: string;
  /** What the reader should see. */
  caption: ReactNode;
  /** The discretisation rule the figure uses, stated in the caption (CONTRACT.md, Figures). */
  discretisation: ReactNode;
  sources?: ReactNode;
  /** The text alternative: the current key values, updated with them. */
  summary: string;
  /** Exactly what is drawn, as produced by src/models from the visible inputs. */
  data: () => unknown;
  badge?: ReactNode;
  controls?: ReactNode;
  /** False while the figure waits for data (a worker answer); the old picture stays, dimmed. */
  isReady?: boolean;
  onReset?: () => void;
  children: ReactNode;
}

const fileStem = (id: string) => id.replace(/[^a-z0-9-]+/gi, "-").replace(/^-|-$/g, "");

/** The frame every figure sits in: caption, sources, downloads, text alternative, error boundary, badge. */
export function FigureFrame(props: FigureFrameProps) {
  const { id, title, caption, discretisation, sources, summary, data, badge, controls } = props;
  const { isReady = true, onReset, children } = props;
  const titleId = useId();
  const summaryId = useId();
  const bodyRef = useRef<HTMLDivElement>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const stem = fileStem(id);

  const run = async (what: string, fn: () => Promise<void> | void) => {
    try {
      setExportError(null);
      await fn();
    } catch (err) {
      setExportError(
        `Could not export ${what}: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
  };
  const downloadSvg = () =>
    run("SVG", () => {
      const svg = bodyRef.current?.querySelector<SVGSVGElement>("svg:not(.katex svg)");
      if (!svg) throw new Error("this figure has no SVG");
      saveBlob(new Blob([serializeSvg(svg)], { type: "image/svg+xml" }), `${stem}.svg`);
    });
  const downloadPng = () =>
    run("PNG", async () => {
      if (!bodyRef.current) throw new Error("nothing drawn yet");
      saveBlob(await figureToPng(bodyRef.current), `${stem}.png`);
    });
  const downloadData = () =>
    run("data", () => {
      saveBlob(new Blob([serializeData(data())], { type: "application/json" }), `${stem}.json`);
    });

  return (
    <figure
      className="figure-frame"
      aria-labelledby={titleId}
      aria-describedby={summaryId}
      data-figure={id}
      data-ready={isReady ? "true" : "false"}
    >
      <div className="figure-head">
        <h3 id={titleId} className="figure-title">
          {title}
        </h3>
        {badge && <div className="figure-badges">{badge}</div>}
      </div>
      <FigureErrorBoundary title={title} onReset={onReset}>
        <div ref={bodyRef} className="figure-body" aria-busy={!isReady}>
          {children}
        </div>
      </FigureErrorBoundary>
      {controls && <div className="figure-controls">{controls}</div>}
      <figcaption className="figure-caption">
        {caption} <span className="figure-rule">Discretisation: {discretisation}.</span>
        {sources && <span className="figure-sources"> Sources: {sources}</span>}
      </figcaption>
      <p id={summaryId} className="figure-summary" aria-live="polite" data-testid="figure-summary">
        {summary}
      </p>
      <div className="figure-toolbar" role="group" aria-label={`Download “${title}”`}>
        <button type="button" onClick={downloadSvg}>
          Download SVG
        </button>
        <button type="button" onClick={downloadPng}>
          Download PNG
        </button>
        <button type="button" onClick={downloadData}>
          Download data
        </button>
      </div>
      {exportError && (
        <p className="figure-export-error" role="status">
          {exportError}
        </p>
      )}
    </figure>
  );
}
