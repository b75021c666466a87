import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";

const seedArticle = JSON.parse(readFileSync("tests/fixtures/articles/arabnews-mir-ali-seed-2024-03-17.json", "utf8")) as {
  url: string;
  publishedAt: string;
  text: string;
};

test("POST /api/extract proposes the Mir Ali record from its article, with evidence", async ({ request }) => {
  const response = await request.post("/api/extract", {
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

test("POST /api/extract refuses bad input with a clear message", async ({ request }) => {
  const cases: [unknown, string][] = [
    [{ text: "   " }, "Paste the article's text"],
    [{ text: "x".repeat(1024 * 1024) }, "The article is too long"],
    [{ text: "PK\u0003\u0004\u0000binary" }, "binary"],
    [{ text: "Seven soldiers were killed.", url: "javascript:alert(1)" }, "http"],
  ];
  for (const [data, message] of cases) {
    const response = await request.post("/api/extract", { data });
    expect(response.status()).toBe(400);
    expect((await response.json()).error.message).toContain(message);
  }
  const notJson = await request.post("/api/extract", {
    headers: { "content-type": "application/octet-stream" },
    data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff]),
  });
  expect(notJson.status()).toBe(400);
  expect((await notJson.json()).error.message).toBe("The request body is not valid JSON");
});
