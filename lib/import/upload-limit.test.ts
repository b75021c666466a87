import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { MAX_IMPORT_REQUEST_BYTES } from "./read-import-file";

const nextConfig = createRequire(import.meta.url)("../../next.config.js") as {
  experimental?: { proxyClientMaxBodySize?: number; serverActions?: { bodySizeLimit?: number } };
};

describe("the upload limit", () => {
  it("lets the proxy pass a whole upload of the largest allowed file (Next.js cuts bodies at 10 MB by default)", () => {
    expect(nextConfig.experimental?.proxyClientMaxBodySize).toBeGreaterThanOrEqual(MAX_IMPORT_REQUEST_BYTES);
  });

  it("lets the import page's server action take the same upload (Next.js refuses action bodies over 1 MB by default)", () => {
    expect(nextConfig.experimental?.serverActions?.bodySizeLimit).toBeGreaterThanOrEqual(MAX_IMPORT_REQUEST_BYTES);
  });
});
