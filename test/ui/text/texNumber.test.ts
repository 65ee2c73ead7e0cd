import { describe, expect, it } from "vitest";
import { texNumber } from "../../../src/ui/text/texNumber";

describe("texNumber", () => {
  it("writes readable numbers with fixed digits and others as powers of ten", () => {
    expect(texNumber(0.1234)).toBe("0.123");
    expect(texNumber(0)).toBe("0.000");
    expect(texNumber(3.6e-7)).toBe(String.raw`3.6\times 10^{-7}`);
    expect(texNumber(-2.5e6)).toBe(String.raw`-2.5\times 10^{6}`);
    expect(texNumber(Infinity)).toBe(String.raw`\infty`);
    expect(texNumber(NaN)).toBe(String.raw`\text{NaN}`);
  });
});
