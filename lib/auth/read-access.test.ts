import { describe, expect, it } from "vitest";
import { needsSignInCheck, readAccess } from "./read-access";

describe("readAccess", () => {
  it("lets everyone read when public reading is on", () => {
    for (const pathname of ["/", "/incidents/3", "/api/incidents"]) expect(readAccess({ publicRead: true, pathname, signedIn: false })).toBe("allow");
  });

  it("sends anonymous readers to sign in when it is off", () => {
    expect(readAccess({ publicRead: false, pathname: "/incidents", signedIn: false })).toBe("login");
    expect(readAccess({ publicRead: false, pathname: "/", signedIn: false })).toBe("login");
    expect(readAccess({ publicRead: false, pathname: "/api/incidents", signedIn: false })).toBe("unauthorized");
  });

  it("lets signed-in users read when it is off", () => {
    expect(readAccess({ publicRead: false, pathname: "/incidents", signedIn: true })).toBe("allow");
  });

  it("always opens sign-in, setup, the auth API and assets", () => {
    for (const pathname of ["/login", "/setup", "/invite/abc_-DEF", "/api/auth/sign-in/email", "/_next/static/chunks/a.js", "/favicon.ico", "/icon.svg"]) {
      expect(readAccess({ publicRead: false, pathname, signedIn: false })).toBe("allow");
    }
    expect(readAccess({ publicRead: false, pathname: "/loginx", signedIn: false })).toBe("login");
    expect(readAccess({ publicRead: false, pathname: "/invite", signedIn: false })).toBe("login");
    expect(readAccess({ publicRead: false, pathname: "/invite/abc/more", signedIn: false })).toBe("login");
  });

  it("asks for the session only when it matters", () => {
    expect(needsSignInCheck(true, "/incidents")).toBe(false);
    expect(needsSignInCheck(false, "/login")).toBe(false);
    expect(needsSignInCheck(false, "/incidents")).toBe(true);
  });
});

describe("readAccess on data files", () => {
  it("keeps API files such as exports private", () => {
    expect(readAccess({ publicRead: false, pathname: "/api/export.json", signedIn: false })).toBe("unauthorized");
    expect(readAccess({ publicRead: false, pathname: "/incidents/export.csv", signedIn: false })).toBe("login");
  });
});

describe("readAccess on the API description", () => {
  it("sends people to sign in for the reference page and answers 401 for the document", () => {
    expect(readAccess({ publicRead: false, pathname: "/api/docs", signedIn: false })).toBe("login");
    expect(readAccess({ publicRead: false, pathname: "/api/openapi.json", signedIn: false })).toBe("unauthorized");
    expect(readAccess({ publicRead: false, pathname: "/api/docsx", signedIn: false })).toBe("unauthorized");
    expect(readAccess({ publicRead: false, pathname: "/api/docs", signedIn: true })).toBe("allow");
  });
});
