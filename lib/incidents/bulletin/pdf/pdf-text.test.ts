import { describe, expect, it } from "vitest";
import { pdfSafe } from "./pdf-text";

describe("text for the PDF's standard font", () => {
  it("keeps Latin-1 and typographic marks", () => {
    expect(pdfSafe("Mir Ali – “Khaddi” café, 13 killed…")).toBe("Mir Ali – “Khaddi” café, 13 killed…");
  });

  it("marks what the font cannot show", () => {
    expect(pdfSafe("میر علی attack")).toBe("??? ??? attack");
    expect(pdfSafe("line\nbreak\tand emoji 💥")).toBe("line break?and emoji ?");
  });
});
