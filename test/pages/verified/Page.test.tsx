import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import VerifiedPage from "../../../src/pages/verified/Page";

const GOLDEN = readFileSync("public/golden/golden-public.json", "utf8");
const CASES = (JSON.parse(GOLDEN) as { cases: { name: string }[] }).cases;

function serve(body: string, status = 200) {
  return vi.spyOn(globalThis, "fetch").mockImplementation(async (url) => {
    expect(String(url)).toBe("golden/golden-public.json");
    return new Response(body, { status });
  });
}

afterEach(() => vi.restoreAllMocks());

describe("the Verified page", () => {
  it("runs every public case in the page and shows each one passing", async () => {
    serve(GOLDEN);
    render(<VerifiedPage />);
    await waitFor(
      () =>
        expect(screen.getByTestId("golden-status")).toHaveTextContent(
          `verify: ${CASES.length}/${CASES.length} cases within tolerance`,
        ),
      { timeout: 10_000 },
    );
    for (const c of CASES) {
      const row = document.querySelector(`tr[data-case="${c.name}"]`);
      expect(row, c.name).toHaveAttribute("data-result", "pass");
    }
    expect(screen.getByRole("progressbar")).toHaveAttribute("aria-valuenow", String(CASES.length));
    expect(screen.getByText("Every case is within its tolerance.")).toBeInTheDocument();
  });

  it("fails a case whose expected numbers were tampered with", async () => {
    const file = JSON.parse(GOLDEN);
    const first = file.cases[0];
    const exp = first.expected_f64 ?? first.expected;
    exp.out[0][0][0] += 1;
    serve(JSON.stringify(file));
    render(<VerifiedPage />);
    await waitFor(
      () =>
        expect(screen.getByTestId("golden-status")).toHaveTextContent(
          `verify: ${CASES.length - 1}/${CASES.length}`,
        ),
      { timeout: 10_000 },
    );
    expect(document.querySelector(`tr[data-case="${first.name}"]`)).toHaveAttribute(
      "data-result",
      "fail",
    );
  });

  it("says what went wrong when the vectors cannot be loaded, and can try again", async () => {
    const spy = serve("not found", 404);
    render(<VerifiedPage />);
    expect(await screen.findByRole("alert")).toHaveTextContent("HTTP 404");
    spy.mockImplementation(async () => new Response(GOLDEN, { status: 200 }));
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    await waitFor(
      () => expect(screen.getByTestId("golden-status")).toHaveTextContent("cases within tolerance"),
      {
        timeout: 10_000,
      },
    );
  });
});
