import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./redirect-path";

/** Where a browser would go from this site if it followed `Location: <path>`. */
const browserTarget = (path: string) => new URL(path, "https://atlas.example.org/login").origin;

describe("safeRedirectPath", () => {
  it.each([
    ["/incidents?province=PK-KP", "/incidents?province=PK-KP"],
    ["/incidents/12#history", "/incidents/12#history"],
    ["/", "/"],
    ["/incidents/./12", "/incidents/12"],
    ["/incidents/trash/../12", "/incidents/12"],
    ["/../incidents", "/incidents"],
    ["/a%2fb", "/a%2fb"],
    ["/%2f%2fevil.example", "/%2f%2fevil.example"],
    ["/%5cevil.example", "/%5cevil.example"],
    ["/incidents?next=//evil.example", "/incidents?next=//evil.example"],
    ["/ /evil.example", "/%20/evil.example"],
    ["/javascript:alert(1)//", "/javascript:alert(1)//"],
  ])("keeps the path on this site: %s -> %s", (next, expected) => {
    expect(safeRedirectPath(next)).toBe(expected);
  });

  it.each([
    "//evil.example/x",
    "/\\evil.example",
    "\\/evil.example",
    "/..//evil.example/phish",
    "/.//evil.example",
    "/./\\evil.example",
    "/x/../..//evil.example",
    "/%2e%2e//evil.example",
    "/%2E//evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "/\\\\evil.example",
    "/\\/evil.example",
    " //evil.example",
    "https://evil.example",
    "https:evil.example",
    "http://atlas.invalid//evil.example",
    "javascript:alert(1)",
    "data:text/html,hi",
    "incidents",
    "",
    "/a\nb",
    "/a\u0000b",
  ])("falls back to / for %j", (next) => {
    expect(safeRedirectPath(next)).toBe("/");
  });

  it.each([undefined, null, 42, ["/incidents"], { toString: () => "//evil.example" }])("falls back for a non-string %j", (next) => {
    expect(safeRedirectPath(next)).toBe("/");
  });

  it("uses the fallback it is given", () => {
    expect(safeRedirectPath("//evil.example", "/incidents")).toBe("/incidents");
  });

  it.each([
    "/..//evil.example/phish",
    "/%2e%2e/%2fevil.example",
    "/\t\\evil.example",
    "/./..//./evil.example",
    "/incidents/../../..//evil.example",
    "//evil.example@atlas.example.org",
    "/\u3000/evil.example",
    "/%0a/evil.example",
  ])("whatever it answers for %j stays on this site", (next) => {
    const path = safeRedirectPath(next);
    expect(path.startsWith("/") && !path.startsWith("//")).toBe(true);
    expect(browserTarget(path)).toBe("https://atlas.example.org");
  });
});
