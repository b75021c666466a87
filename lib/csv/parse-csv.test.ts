import { describe, expect, it } from "vitest";
import { CsvError, MAX_FIELD_LENGTH, parseCsv } from "./parse-csv";
import { detectDelimiter } from "./detect-delimiter";
import { csvField, csvRow } from "./write-csv";

const rows = (text: string) => [...parseCsv(text)].map((r) => r.fields);
const lines = (text: string) => [...parseCsv(text)].map((r) => r.line);

describe("parseCsv", () => {
  it("reads plain records with LF, CRLF and CR line ends", () => {
    expect(rows("a,b\n1,2\n")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    expect(rows("a,b\r\n1,2\r\n")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    expect(rows("a,b\r1,2")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });

  it("reads quoted fields with delimiters, doubled quotes and embedded newlines", () => {
    expect(rows('a,b\n"x, y","say ""hi"""\n')).toEqual([
      ["a", "b"],
      ["x, y", 'say "hi"'],
    ]);
    expect(rows('a,b\n"line one\nline two",2\n3,4')).toEqual([
      ["a", "b"],
      ["line one\nline two", "2"],
      ["3", "4"],
    ]);
    expect(rows('"",""\n')).toEqual([["", ""]]);
  });

  it("numbers each record by the line it starts on, counting embedded line breaks", () => {
    expect(lines('h\n"a\nb\nc"\nd\n\ne')).toEqual([1, 2, 5, 7]);
    expect(lines('h\r\n"a\r\nb"\r\nc')).toEqual([1, 2, 4]);
  });

  it("keeps empty fields, including a trailing one", () => {
    expect(rows("a,,c,\n")).toEqual([["a", "", "c", ""]]);
  });

  it("skips blank lines", () => {
    expect(rows("a\n\n\nb\n")).toEqual([["a"], ["b"]]);
  });

  it("strips a UTF-8 byte order mark", () => {
    expect(rows("\uFEFFevent_id_cnty,year\nPAK1,2024")).toEqual([
      ["event_id_cnty", "year"],
      ["PAK1", "2024"],
    ]);
  });

  it("detects semicolon and tab delimiters from the header", () => {
    expect(rows('a;b;c\n1;"2;3";4')).toEqual([
      ["a", "b", "c"],
      ["1", "2;3", "4"],
    ]);
    expect(rows("a\tb\n1\t2")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    expect(detectDelimiter('"a;b",c,d\n')).toBe(",");
    expect(detectDelimiter("only")).toBe(",");
  });

  it("keeps non-ASCII text", () => {
    expect(rows("location\nمیر علی\n")).toEqual([["location"], ["میر علی"]]);
  });

  it("rejects an unterminated quote with its line", () => {
    expect(() => rows('a\n1\n"open\nstill open')).toThrow(CsvError);
    expect(() => rows('a\n1\n"open\nstill open')).toThrow(/line 3/);
  });

  it("rejects text after a closing quote", () => {
    expect(() => rows('"a"b,c')).toThrow(/after a closing quote/);
  });

  it("rejects a field beyond the size limit", () => {
    expect(() => rows(`a\n${"x".repeat(MAX_FIELD_LENGTH + 1)}`)).toThrow(/longer than/);
  });
});

describe("csvField and csvRow", () => {
  it("quotes only when needed, doubling quotes", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField(" padded")).toBe('" padded"');
    expect(csvField(null)).toBe("");
    expect(csvField(0)).toBe("0");
    expect(csvField(false)).toBe("false");
  });

  it("ends records with CRLF and reads back what it wrote", () => {
    const values = ["x, y", 'q"uote', "multi\r\nline", "", "plain", "semi;colon"];
    const text = csvRow(["a", "b", "c", "d", "e", "f"]) + csvRow(values);
    expect(csvRow(["a", "b"])).toBe("a,b\r\n");
    expect(rows(text)[1]).toEqual(values);
  });
});
