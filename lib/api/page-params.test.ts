import { describe, expect, it } from "vitest";
import { PageParamsSchema } from "./page-params";

describe("PageParamsSchema", () => {
  it("takes a keyset cursor: the day and id of the previous page's last record", () => {
    expect(PageParamsSchema.parse({ cursor: "2024-03-16_1234" })).toEqual({ limit: 50, cursor: { day: "2024-03-16", killed: null, id: 1234 } });
  });

  it("still takes an id alone, the cursor handed out before keysets, up to the largest record id", () => {
    expect(PageParamsSchema.parse({ cursor: "42" })).toEqual({ limit: 50, cursor: { id: 42 } });
    expect(PageParamsSchema.parse({ cursor: "2147483647" }).cursor).toEqual({ id: 2_147_483_647 });
  });

  it.each([
    "99999999999999999999",
    String(Number.MAX_SAFE_INTEGER + 2),
    "2147483648",
    "2024-03-16_2147483648",
    "1e3",
    "-1",
    "4.5",
    "",
    "2024-02-30_5",
    "2024-03-16_0",
    "2024-03-16",
    "7_2024-03-16_5",
  ])("refuses the cursor %j", (cursor) => {
    const result = PageParamsSchema.safeParse({ cursor });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("cursor is not valid: use nextCursor from the previous page");
  });
});
