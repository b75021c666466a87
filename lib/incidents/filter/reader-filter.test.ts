import { describe, expect, it } from "vitest";
import { IncidentFilterSchema } from "./filter";
import { readerFilter } from "./reader-filter";

const withStatus = (status?: string) => IncidentFilterSchema.parse(status ? { status } : {});

describe("readerFilter", () => {
  it.each(["draft", "in_review", "rejected", "all"])("drops status=%s for visitors and viewers", (status) => {
    expect(readerFilter(withStatus(status), null).status).toBeUndefined();
    expect(readerFilter(withStatus(status), "viewer").status).toBeUndefined();
  });

  it.each(["draft", "in_review", "rejected", "published", "all"])("keeps status=%s for analysts and admins", (status) => {
    expect(readerFilter(withStatus(status), "analyst").status).toBe(status);
    expect(readerFilter(withStatus(status), "admin").status).toBe(status);
  });

  it("keeps status=published for everyone", () => {
    expect(readerFilter(withStatus("published"), null).status).toBe("published");
  });
});
