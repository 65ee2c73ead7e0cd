import { afterEach, beforeEach, vi } from "vitest";
import { fireEvent, screen } from "@testing-library/react";

/** Exported figure data is arbitrary JSON; tests read its fields directly. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ExportedData = Record<string, any>;

/**
 * Captures what a figure's download buttons save (the Blob handed to URL.createObjectURL), so
 * component tests can read "Download data" as the reader would get it. Call once per test file.
 */
export function captureDownloads() {
  const blobs: Blob[] = [];
  beforeEach(() => {
    blobs.length = 0;
    vi.spyOn(URL, "createObjectURL").mockImplementation((b) => {
      blobs.push(b as Blob);
      return "blob:test";
    });
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
  });
  afterEach(() => vi.restoreAllMocks());
  return {
    blobs,
    /** Clicks the (first) "Download data" button and parses the JSON it saved. */
    async exported(): Promise<ExportedData> {
      fireEvent.click(screen.getAllByRole("button", { name: "Download data" })[0]);
      return JSON.parse(await blobs[blobs.length - 1].text()) as ExportedData;
    },
  };
}
