import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./redirect-path";

describe("safeRedirectPath", () => {
  it.each([
    ["/incidents?province=PK-KP", "/incidents?province=PK-KP"],
    ["/incidents/12#history", "/incidents/12#history"],
    ["/", "/"],
    ["//evil.example/x", "/"],
    ["/\\evil.example", "/"],
    ["https://evil.example", "/"],
    ["javascript:alert(1)", "/"],
    ["incidents", "/"],
    ["/a\nb", "/"],
    [undefined, "/"],
    [42, "/"],
  ])("%s -> %s", (next, expected) => {
    expect(safeRedirectPath(next)).toBe(expected);
  });
});
