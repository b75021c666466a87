import { describe, expect, it } from "vitest";
import { neutraliseFormulaCell, restoreFormulaCell } from "./formula-cells";

describe("CSV formula cells", () => {
  it.each(['=HYPERLINK("http://evil.example","x")', "+1+2", "-2+3", "@SUM(A1)", "\tcmd", "\r=1", "=", "'=1+1", "''@x"])(
    "quotes %j and reads it back unchanged",
    (text) => {
      const exported = neutraliseFormulaCell(text);
      expect(exported).toBe(`'${text}`);
      expect(restoreFormulaCell(exported as string)).toBe(text);
    },
  );

  it.each(["Attack in Mir Ali", "", "'quoted' but harmless", "a=b", " =not first", '[{"url":"-x"}]'])("leaves %j as it is", (text) => {
    expect(neutraliseFormulaCell(text)).toBe(text);
    expect(restoreFormulaCell(text)).toBe(text);
  });

  it("keeps numbers, booleans and empty cells as they are, negative numbers included", () => {
    expect(neutraliseFormulaCell(-12.5)).toBe(-12.5);
    expect(neutraliseFormulaCell(0)).toBe(0);
    expect(neutraliseFormulaCell(true)).toBe(true);
    expect(neutraliseFormulaCell(null)).toBe(null);
  });
});
