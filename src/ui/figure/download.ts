/* Figure exports (CONTRACT.md, Figures): the SVG as drawn, a PNG of it, and the data behind it. */

/** Computed styles worth copying so an exported SVG looks as it does on the page, without our CSS. */
const STYLE_PROPS = [
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-dasharray",
  "stroke-opacity",
  "opacity",
  "font-family",
  "font-size",
  "font-weight",
  "text-anchor",
  "dominant-baseline",
] as const;

/** A standalone copy of `svg` with its computed styles inlined and the namespace declared. */
export function serializeSvg(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const src = [svg, ...svg.querySelectorAll("*")];
  const dst = [clone, ...clone.querySelectorAll("*")];
  if (typeof getComputedStyle === "function") {
    src.forEach((el, i) => {
      const cs = getComputedStyle(el);
      const target = dst[i] as SVGElement;
      for (const p of STYLE_PROPS) {
        const v = cs.getPropertyValue(p);
        if (v) target.style.setProperty(p, v);
      }
    });
  }
  clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  const { width, height } = svgSize(svg);
  clone.setAttribute("width", String(width));
  clone.setAttribute("height", String(height));
  return new XMLSerializer().serializeToString(clone);
}

function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  const vb = svg.viewBox?.baseVal;
  const width = vb && vb.width > 0 ? vb.width : Number(svg.getAttribute("width")) || 600;
  const height = vb && vb.height > 0 ? vb.height : Number(svg.getAttribute("height")) || 400;
  return { width, height };
}

/** JSON of exactly what is drawn; non-finite numbers become null rather than breaking the file. */
export function serializeData(data: unknown): string {
  return JSON.stringify(
    data,
    (_, v: unknown) => {
      if (ArrayBuffer.isView(v) && !(v instanceof DataView)) return Array.from(v as Float64Array);
      if (typeof v === "number" && !Number.isFinite(v)) return null;
      return v;
    },
    2,
  );
}

export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  a.rel = "noopener";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Renders the figure's SVG (and any canvas leaves, at their place) into a PNG at device scale.
 * The SVG goes through a blob: URL, which the CSP's img-src allows.
 */
export async function figureToPng(root: HTMLElement, scale = 2): Promise<Blob> {
  const box = root.getBoundingClientRect();
  const canvas = document.createElement("canvas");
  canvas.width = Math.max(1, Math.round(box.width * scale));
  canvas.height = Math.max(1, Math.round(box.height * scale));
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("no 2D canvas");
  ctx.scale(scale, scale);
  ctx.fillStyle = getComputedStyle(root).getPropertyValue("--bg").trim() || "#ffffff";
  ctx.fillRect(0, 0, box.width, box.height);
  for (const el of root.querySelectorAll<HTMLCanvasElement | SVGSVGElement>("canvas, svg")) {
    const r = el.getBoundingClientRect();
    const x = r.left - box.left;
    const y = r.top - box.top;
    if (el instanceof HTMLCanvasElement) {
      ctx.drawImage(el, x, y, r.width, r.height);
    } else if (!el.closest(".katex, .figure-toolbar")) {
      const img = await loadImage(new Blob([serializeSvg(el)], { type: "image/svg+xml" }));
      ctx.drawImage(img, x, y, r.width, r.height);
    }
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG encoding failed"))), "image/png"),
  );
}

function loadImage(blob: Blob): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(blob);
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => {
      URL.revokeObjectURL(url);
      resolve(img);
    };
    img.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error("could not rasterise the SVG"));
    };
    img.src = url;
  });
}
