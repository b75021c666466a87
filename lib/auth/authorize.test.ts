import { describe, expect, it } from "vitest";
import { authorizeUser } from "./authorize";
import type { CurrentUser } from "./current-user";

const user = (role: CurrentUser["role"]): CurrentUser => ({ id: "u1", name: "Ayesha", email: "a@example.org", role });

describe("authorizeUser", () => {
  it("refuses anonymous users as unauthenticated", () => {
    expect(authorizeUser(null, "viewer")).toMatchObject({ ok: false, denial: { reason: "unauthenticated" } });
  });

  it("refuses a lesser role as forbidden", () => {
    const result = authorizeUser(user("viewer"), "analyst");
    expect(result).toMatchObject({ ok: false, denial: { reason: "forbidden" } });
    expect(!result.ok && result.denial.message).toContain("analyst");
  });

  it("allows the role and those above it", () => {
    expect(authorizeUser(user("analyst"), "analyst")).toEqual({ ok: true, user: user("analyst") });
    expect(authorizeUser(user("admin"), "analyst").ok).toBe(true);
  });
});
