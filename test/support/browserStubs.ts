/**
 * jsdom lacks ResizeObserver, IntersectionObserver, matchMedia, Worker and canvas (CONTRACT.md, Tests).
 * These stand-ins are inert but observable, so component tests can drive them and log nothing.
 */

type Listener = (ev: { matches: boolean; media: string }) => void;

export class FakeResizeObserver {
  static instances: FakeResizeObserver[] = [];
  readonly targets = new Set<Element>();
  constructor(readonly callback: ResizeObserverCallback) {
    FakeResizeObserver.instances.push(this);
  }
  observe(target: Element) {
    this.targets.add(target);
  }
  unobserve(target: Element) {
    this.targets.delete(target);
  }
  disconnect() {
    this.targets.clear();
  }
}

export class FakeIntersectionObserver {
  static instances: FakeIntersectionObserver[] = [];
  readonly targets = new Set<Element>();
  readonly root = null;
  readonly rootMargin: string;
  readonly thresholds: number[] = [0];
  constructor(
    readonly callback: IntersectionObserverCallback,
    options: IntersectionObserverInit = {},
  ) {
    this.rootMargin = options.rootMargin ?? "0px";
    FakeIntersectionObserver.instances.push(this);
  }
  observe(target: Element) {
    this.targets.add(target);
  }
  unobserve(target: Element) {
    this.targets.delete(target);
  }
  disconnect() {
    this.targets.clear();
  }
  takeRecords(): IntersectionObserverEntry[] {
    return [];
  }
  /** Test helper: report `target` as crossing the trigger line. */
  trigger(target: Element, isIntersecting = true) {
    const entry = { target, isIntersecting, intersectionRatio: isIntersecting ? 1 : 0 };
    this.callback([entry as IntersectionObserverEntry], this as unknown as IntersectionObserver);
  }
}

export class FakeWorker {
  static instances: FakeWorker[] = [];
  readonly posted: unknown[] = [];
  onmessage: ((ev: MessageEvent) => void) | null = null;
  onerror: ((ev: ErrorEvent) => void) | null = null;
  private listeners = new Set<(ev: MessageEvent) => void>();
  constructor(
    readonly url: string | URL,
    readonly options?: WorkerOptions,
  ) {
    FakeWorker.instances.push(this);
  }
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  addEventListener(type: string, fn: (ev: MessageEvent) => void) {
    if (type === "message") this.listeners.add(fn);
  }
  removeEventListener(type: string, fn: (ev: MessageEvent) => void) {
    if (type === "message") this.listeners.delete(fn);
  }
  terminate() {
    this.listeners.clear();
  }
  /** Test helper: deliver a message as if the worker had answered. */
  reply(data: unknown) {
    const ev = { data } as MessageEvent;
    this.onmessage?.(ev);
    for (const fn of this.listeners) fn(ev);
  }
}

/** A 2D context that records every call, so painters can be tested without pixels. */
export function createRecordingContext(canvas: HTMLCanvasElement) {
  const calls: { name: string; args: unknown[] }[] = [];
  const state: Record<string, unknown> = {
    canvas,
    fillStyle: "#000",
    strokeStyle: "#000",
    lineWidth: 1,
    font: "10px sans-serif",
    globalAlpha: 1,
    textAlign: "start",
    textBaseline: "alphabetic",
  };
  const ctx = new Proxy(state, {
    get(target, prop: string) {
      if (prop === "__calls") return calls;
      if (prop in target) return target[prop];
      if (prop === "measureText") return (text: string) => ({ width: text.length * 6 });
      if (prop === "getImageData" || prop === "createImageData") {
        return (...args: number[]) => {
          calls.push({ name: prop, args });
          const w = args[prop === "getImageData" ? 2 : 0] ?? 1;
          const h = args[prop === "getImageData" ? 3 : 1] ?? 1;
          return { width: w, height: h, data: new Uint8ClampedArray(w * h * 4) };
        };
      }
      return (...args: unknown[]) => {
        calls.push({ name: prop, args });
      };
    },
    set(target, prop: string, value) {
      calls.push({ name: `set:${prop}`, args: [value] });
      target[prop] = value;
      return true;
    },
  });
  return ctx as unknown as CanvasRenderingContext2D & { __calls: typeof calls };
}

export function installBrowserStubs(): void {
  const g = globalThis as Record<string, unknown>;
  g.ResizeObserver = FakeResizeObserver;
  g.IntersectionObserver = FakeIntersectionObserver;
  g.Worker = FakeWorker;
  if (typeof window !== "undefined") {
    window.matchMedia = (query: string) => {
      const listeners = new Set<Listener>();
      return {
        matches: false,
        media: query,
        onchange: null,
        addEventListener: (_: string, fn: Listener) => listeners.add(fn),
        removeEventListener: (_: string, fn: Listener) => listeners.delete(fn),
        addListener: (fn: Listener) => listeners.add(fn),
        removeListener: (fn: Listener) => listeners.delete(fn),
        dispatchEvent: () => false,
      } as unknown as MediaQueryList;
    };
    const contexts = new WeakMap<HTMLCanvasElement, CanvasRenderingContext2D>();
    HTMLCanvasElement.prototype.getContext = function getContext(
      this: HTMLCanvasElement,
      kind: string,
    ) {
      if (kind !== "2d") return null;
      let ctx = contexts.get(this);
      if (!ctx) {
        ctx = createRecordingContext(this);
        contexts.set(this, ctx);
      }
      return ctx;
    } as typeof HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.toDataURL = () => "data:image/png;base64,";
    HTMLCanvasElement.prototype.toBlob = function toBlob(cb: BlobCallback) {
      cb(new Blob([], { type: "image/png" }));
    };
    if (!("getBBox" in SVGElement.prototype)) {
      Object.defineProperty(SVGElement.prototype, "getBBox", {
        value: () => ({ x: 0, y: 0, width: 0, height: 0 }),
      });
    }
    if (!URL.createObjectURL) URL.createObjectURL = () => "blob:stub";
    if (!URL.revokeObjectURL) URL.revokeObjectURL = () => undefined;
    window.scrollTo = () => undefined;
    Element.prototype.scrollIntoView = function scrollIntoView() {};
  }
}
