import { describe, expect, it } from "vitest";
import { PageParamsSchema } from "./page-params";

describe("PageParamsSchema", () => {
  it("takes a cursor up to the largest safe integer", () => {
    expect(PageParamsSchema.parse({ cursor: "42" })).toEqual({ limit: 50, cursor: 42 });
    expect(PageParamsSchema.parse({ cursor: String(Number.MAX_SAFE_INTEGER) }).cursor).toBe(Number.MAX_SAFE_INTEGER);
  });

  it.each(["99999999999999999999", String(Number.MAX_SAFE_INTEGER + 2), "1e3", "-1", "4.5", ""])("refuses the cursor %j", (cursor) => {
    const result = PageParamsSchema.safeParse({ cursor });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("cursor is not valid: use nextCursor from the previous page");
  });
});
