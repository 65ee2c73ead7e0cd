import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import AboutPage from "../../../src/pages/about/Page";

describe("the About page", () => {
  it("explains verification, links the Verified page and states the licence", () => {
    render(<AboutPage />);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("About");
    expect(screen.getByRole("link", { name: "Verified page" })).toHaveAttribute(
      "href",
      "#verified",
    );
    expect(screen.getByRole("heading", { name: "Licence" })).toBeInTheDocument();
    expect(screen.getByText(/MIT licence/)).toBeInTheDocument();
    expect(screen.getAllByRole("row").length).toBeGreaterThan(3);
  });
});
