import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";
import { largeArticle } from "@/scripts/bench/large-article";
import { LOAD_LIMITS } from "@/lib/limits/load-limits";

const seedArticle = JSON.parse(readFileSync("tests/fixtures/articles/arabnews-mir-ali-seed-2024-03-17.json", "utf8")) as {
  url: string;
  publishedAt: string;
  text: string;
};

test("POST /api/extract proposes the Mir Ali record from its article, with evidence", async ({ request, apiTokenAs }) => {
  const { headers } = await apiTokenAs("analyst");
  const response = await request.post("/api/extract", {
    headers,
    data: { text: seedArticle.text, url: seedArticle.url, publishedAt: seedArticle.publishedAt },
  });
  expect(response.status()).toBe(200);
  const { proposals } = await response.json();
  expect(proposals.eventDate.value).toBe("2024-03-16");
  expect(proposals.location.value).toBe("Mir Ali");
  expect(proposals.district.value).toBe("North Waziristan");
  expect(proposals.province.value).toBe("Khyber Pakhtunkhwa");
  expect(proposals.country.value).toBe("PAK");
  expect(proposals.killed.total.value).toBe(7);
  expect(proposals.killed.securityForces.value).toBe(7);
  expect(proposals.killed.securityForces.evidence).toContain("Seven soldiers, including two officers");
  const kinds = proposals.claims.map((c: { value: { kind: string; subject: string } }) => `${c.value.kind}:${c.value.subject}`);
  expect(kinds).toEqual(expect.arrayContaining(["origin:Afghanistan", "denial:Afghanistan"]));
  expect(proposals.outlet.value).toBe("Arab News Pakistan");
});

test("POST /api/extract refuses bad input with a clear message", async ({ request, apiTokenAs }) => {
  const { headers } = await apiTokenAs("analyst");
  const cases: [unknown, string][] = [
    [{ text: "   " }, "Paste the article's text"],
    [{ text: "PK\u0003\u0004\u0000binary" }, "binary"],
    [{ text: "Seven soldiers were killed.", url: "javascript:alert(1)" }, "http"],
  ];
  for (const [data, message] of cases) {
    const response = await request.post("/api/extract", { headers, data });
    expect(response.status()).toBe(400);
    expect((await response.json()).error.message).toContain(message);
  }
  const notJson = await request.post("/api/extract", {
    headers: { ...headers, "content-type": "application/octet-stream" },
    data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff]),
  });
  expect(notJson.status()).toBe(400);
  expect((await notJson.json()).error.message).toBe("The request body is not valid JSON");
});

test("POST /api/extract needs an analyst: 401 signed out, 403 for a viewer", async ({ request, apiTokenAs }) => {
  const data = { text: seedArticle.text };
  const anonymous = await request.post("/api/extract", { data });
  expect(anonymous.status()).toBe(401);
  expect((await anonymous.json()).error.code).toBe("unauthorized");
  const viewer = await request.post("/api/extract", { data, headers: (await apiTokenAs("viewer")).headers });
  expect(viewer.status()).toBe(403);
  expect((await viewer.json()).error.code).toBe("forbidden");
});

test("POST /api/extract answers 413 for an article over the size limit, whether counted in characters or in bytes", async ({ request, apiTokenAs }) => {
  const { headers } = await apiTokenAs("analyst");
  const overLimit = await request.post("/api/extract", { headers, data: { text: "x".repeat(100_001) } });
  expect(overLimit.status()).toBe(413);
  expect((await overLimit.json()).error).toEqual({
    code: "payload_too_large",
    message: "The article is too long: at most 100,000 characters, this one has 100,001",
  });
  const huge = await request.post("/api/extract", { headers, data: { text: "x".repeat(1024 * 1024) } });
  expect(huge.status()).toBe(413);
  expect((await huge.json()).error.message).toBe("The article is too long: at most 100,000 characters");
});

test("POST /api/extract is rate-limited per user: 429 with Retry-After, while another analyst goes on", async ({ request, apiTokenAs }) => {
  const [first, second] = [await apiTokenAs("analyst"), await apiTokenAs("analyst")];
  const data = { text: "Two policemen were killed in Bannu on Monday." };
  for (let i = 0; i < LOAD_LIMITS.extractsPerMinute; i++) expect((await request.post("/api/extract", { headers: first.headers, data })).status()).toBe(200);
  const refused = await request.post("/api/extract", { headers: first.headers, data });
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
  expect((await refused.json()).error).toMatchObject({ code: "rate_limited", message: expect.stringContaining("try again in") });
  expect((await request.post("/api/extract", { headers: second.headers, data })).status()).toBe(200);
});

test("large extractions run off the request thread: a small request sent after four of them is answered first", async ({ request, apiTokenAs }) => {
  const { headers } = await apiTokenAs("analyst");
  const text = largeArticle();
  const finished: string[] = [];
  const extractions = [1, 2, 3, 4].map((n) =>
    request.post("/api/extract", { headers, data: { text }, timeout: 60_000 }).then((r) => {
      finished.push(`extract ${n}`);
      return r.status();
    }),
  );
  const small = request.get("/api/incidents?limit=1").then((r) => {
    finished.push("small");
    return r.status();
  });
  expect(await Promise.all([...extractions, small])).toEqual([200, 200, 200, 200, 200]);
  expect(finished.indexOf("small")).toBeLessThan(finished.length - 1);
});
