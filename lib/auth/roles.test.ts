import { describe, expect, it } from "vitest";
import { ROLES, can, roleAtLeast, toRole } from "./roles";

describe("roles", () => {
  it("orders viewer < analyst < admin", () => {
    expect(roleAtLeast("admin", "analyst")).toBe(true);
    expect(roleAtLeast("analyst", "analyst")).toBe(true);
    expect(roleAtLeast("viewer", "analyst")).toBe(false);
    expect(roleAtLeast("analyst", "admin")).toBe(false);
    for (const r of ROLES) expect(roleAtLeast(r, "viewer")).toBe(true);
  });

  it.each([
    ["viewer", "read", true],
    ["viewer", "incident:write", false],
    ["viewer", "token:manage", true],
    ["analyst", "incident:write", true],
    ["analyst", "incident:restore", true],
    ["analyst", "user:manage", false],
    ["admin", "user:manage", true],
    ["admin", "incident:write", true],
  ] as const)("%s may %s: %s", (role, action, expected) => {
    expect(can(role, action)).toBe(expected);
  });

  it("lets anonymous users do nothing", () => {
    expect(can(null, "read")).toBe(false);
    expect(can(undefined, "incident:write")).toBe(false);
  });

  it("treats an unknown stored role as viewer", () => {
    expect(toRole("superuser")).toBe("viewer");
    expect(toRole(null)).toBe("viewer");
    expect(toRole("admin")).toBe("admin");
  });
});
