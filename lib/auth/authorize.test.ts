import { describe, expect, it } from "vitest";
import { authorizeUser } from "./authorize";
import type { CurrentUser } from "./current-user";

const user = (role: CurrentUser["role"]): CurrentUser => ({ id: "u1", name: "Ayesha", email: "a@example.org", role });

describe("authorizeUser", () => {
  it("refuses anonymous users as unauthenticated", () => {
    expect(authorizeUser(null, "read")).toMatchObject({ ok: false, denial: { reason: "unauthenticated" } });
  });

  it("refuses a lesser role as forbidden", () => {
    const result = authorizeUser(user("viewer"), "incident:write");
    expect(result).toMatchObject({ ok: false, denial: { reason: "forbidden" } });
    expect(!result.ok && result.denial.message).toContain("analyst");
  });

  it("allows the role and those above it", () => {
    expect(authorizeUser(user("analyst"), "incident:write")).toEqual({ ok: true, user: user("analyst") });
    expect(authorizeUser(user("admin"), "incident:write").ok).toBe(true);
  });
});
