// @vitest-environment node
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  formatHash,
  formatLocation,
  isStepId,
  parseHash,
  parseLocation,
  viewIdOf,
  type Route,
} from "../../src/state/route";
import { CHAPTER_IDS, PAGE_IDS } from "../../src/content/chapters";

describe("parseHash", () => {
  it("reads an empty hash as the contents", () => {
    for (const h of ["", "#", "#/", "# ", "#%20", "#//"]) {
      expect(parseHash(h), h).toEqual({ kind: "contents" });
    }
  });

  it("reads chapters, with and without a step", () => {
    expect(parseHash("#selection")).toEqual({ kind: "chapter", id: "selection" });
    expect(parseHash("#selection/gate-closes")).toEqual({
      kind: "chapter",
      id: "selection",
      stepId: "gate-closes",
    });
    expect(parseHash("the-state/hippo-2")).toEqual({
      kind: "chapter",
      id: "the-state",
      stepId: "hippo-2",
    });
  });

  it("reads every chapter and page id", () => {
    for (const id of CHAPTER_IDS) expect(parseHash(`#${id}`)).toEqual({ kind: "chapter", id });
    for (const id of PAGE_IDS) expect(parseHash(`#${id}`)).toEqual({ kind: "page", id });
  });

  it("accepts URL-encoding, trailing and leading slashes, and any case", () => {
    expect(parseHash("#selection%2Fgate-closes")).toEqual({
      kind: "chapter",
      id: "selection",
      stepId: "gate-closes",
    });
    expect(parseHash("#selection/gate-closes/")).toEqual({
      kind: "chapter",
      id: "selection",
      stepId: "gate-closes",
    });
    expect(parseHash("#/fact-checks/")).toEqual({ kind: "page", id: "fact-checks" });
    expect(parseHash("#Selection/Gate-Closes")).toEqual({
      kind: "chapter",
      id: "selection",
      stepId: "gate-closes",
    });
  });

  it("drops step ids that are not kebab-case words", () => {
    for (const bad of [
      "3.5",
      "gate_closes",
      "gate--closes",
      "-gate",
      "gate-",
      "<img src=x onerror=alert(1)>",
      "a b",
      "%E0%A4%A",
      "x".repeat(65),
      "gate-closes/extra",
      "ünïcode",
    ]) {
      expect(parseHash(`#selection/${bad}`), bad).toEqual({ kind: "chapter", id: "selection" });
    }
    expect(parseHash("#selection/3")).toEqual({ kind: "chapter", id: "selection", stepId: "3" });
  });

  it("ignores anything after a page id", () => {
    expect(parseHash("#playground/anything")).toEqual({ kind: "page", id: "playground" });
  });

  it("reports other hashes as unknown, keeping a short raw text", () => {
    expect(parseHash("#nope")).toEqual({ kind: "unknown", raw: "nope" });
    expect(parseHash("#__proto__")).toEqual({ kind: "unknown", raw: "__proto__" });
    expect(parseHash("#constructor")).toEqual({ kind: "unknown", raw: "constructor" });
    expect(parseHash("#%E0%A4%A")).toEqual({ kind: "unknown", raw: "%E0%A4%A" });
    const long = parseHash(`#${"a".repeat(500)}`);
    expect(long.kind).toBe("unknown");
    if (long.kind === "unknown") expect(Array.from(long.raw).length).toBeLessThanOrEqual(81);
  });

  it("never throws, and a chapter's step id is always kebab-case", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "binary" }),
          fc
            .tuple(fc.constantFrom(...CHAPTER_IDS, ...PAGE_IDS, "x"), fc.string({ unit: "binary" }))
            .map(([a, b]) => `#${a}/${b}`),
          fc.constantFrom("#%", "#%E0%A4%A", "#\uD800", "#selection/%ZZ"),
        ),
        (h) => {
          const r = parseHash(h);
          if (r.kind === "chapter" && r.stepId !== undefined) {
            expect(r.stepId).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
          }
        },
      ),
    );
  });
});

describe("formatHash", () => {
  it("writes hashes without the leading #", () => {
    expect(formatHash({ kind: "contents" })).toBe("");
    expect(formatHash({ kind: "chapter", id: "selection" })).toBe("selection");
    expect(formatHash({ kind: "chapter", id: "selection", stepId: "gate-closes" })).toBe(
      "selection/gate-closes",
    );
    expect(formatHash({ kind: "page", id: "about" })).toBe("about");
    expect(formatHash({ kind: "chapter", id: "selection", stepId: "Not OK" })).toBe("selection");
  });

  it("is the inverse of parseHash for every known route", () => {
    const step = fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,3}$/);
    const route: fc.Arbitrary<Route> = fc.oneof(
      fc.constant<Route>({ kind: "contents" }),
      fc.constantFrom(...CHAPTER_IDS).map((id): Route => ({ kind: "chapter", id })),
      fc
        .tuple(fc.constantFrom(...CHAPTER_IDS), step)
        .map(([id, stepId]): Route => ({ kind: "chapter", id, stepId })),
      fc.constantFrom(...PAGE_IDS).map((id): Route => ({ kind: "page", id })),
    );
    fc.assert(
      fc.property(route, (r) => {
        expect(parseHash(formatHash(r))).toEqual(r);
        expect(parseHash(`#${formatHash(r)}`)).toEqual(r);
      }),
    );
  });

  it("keeps an unknown route unknown", () => {
    expect(parseHash(formatHash({ kind: "unknown", raw: "no such/page" }))).toEqual({
      kind: "unknown",
      raw: "no such/page",
    });
  });
});

describe("locations", () => {
  it("splits search and hash", () => {
    expect(parseLocation("?dt=0.05&N=8", "#selection/gate-closes")).toEqual({
      route: { kind: "chapter", id: "selection", stepId: "gate-closes" },
      viewId: "selection",
      query: "dt=0.05&N=8",
    });
    expect(parseLocation("", "")).toEqual({
      route: { kind: "contents" },
      viewId: undefined,
      query: "",
    });
    expect(viewIdOf({ kind: "page", id: "playground" })).toBe("playground");
    expect(viewIdOf({ kind: "unknown", raw: "x" })).toBeUndefined();
  });

  it("formats a relative URL for history", () => {
    const r: Route = { kind: "chapter", id: "selection", stepId: "gate-closes" };
    expect(formatLocation("/app/", r, "dt=0.05&N=8")).toBe(
      "/app/?dt=0.05&N=8#selection/gate-closes",
    );
    expect(formatLocation("/app/", { kind: "contents" }, "")).toBe("/app/");
  });

  it("knows a step id when it sees one", () => {
    expect(isStepId("gate-closes")).toBe(true);
    expect(isStepId("")).toBe(false);
    expect(isStepId("Gate")).toBe(false);
  });
});
