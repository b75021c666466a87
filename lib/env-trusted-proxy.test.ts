import { describe, expect, it } from "vitest";
import { TrustedProxySchema } from "./env-trusted-proxy";

describe("ATLAS_TRUSTED_PROXY", () => {
  it("trusts no proxy unless told", () => {
    for (const v of [undefined, "false", "no", "0", " FALSE "]) expect(TrustedProxySchema.parse(v)).toBe(0);
  });

  it("reads true as one proxy, or a number of proxies", () => {
    expect(TrustedProxySchema.parse("true")).toBe(1);
    expect(TrustedProxySchema.parse("yes")).toBe(1);
    expect(TrustedProxySchema.parse("1")).toBe(1);
    expect(TrustedProxySchema.parse("2")).toBe(2);
    expect(TrustedProxySchema.parse("10")).toBe(10);
  });

  it("stops start-up on anything else", () => {
    for (const v of ["", "maybe", "-1", "1.5", "11", "127.0.0.1"]) expect(TrustedProxySchema.safeParse(v).success).toBe(false);
  });
});
