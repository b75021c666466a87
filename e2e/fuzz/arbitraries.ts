import fc from "fast-check";

/** Values people and scripts get wrong: numbers out of range, impossible dates, markup, control and broken characters. */
const NASTY = [
  "",
  " ",
  "0",
  "-1",
  "1.5",
  "1e999",
  "-1e999",
  "99999999999999999999",
  "9007199254740993",
  "NaN",
  "null",
  "true",
  "[]",
  "{}",
  "2024-02-30",
  "0000-00-00",
  "9999-12-31",
  "<script>alert(1)</script>",
  "'; DROP TABLE Incident; --",
  "\u0000",
  "\ud800",
  "x\udc00y",
  "%FF",
  "../../etc/passwd",
  '=HYPERLINK("https://evil.example")',
  "https://",
  "javascript:alert(1)",
];

/** Ordinary words with half of a surrogate pair somewhere in them. */
const brokenText = fc
  .tuple(fc.string({ maxLength: 12 }), fc.constantFrom("\ud800", "\udbff", "\udc00", "\udfff"), fc.string({ maxLength: 12 }))
  .map(([a, half, b]) => `${a}${half}${b}`);

/** A text value for a form field or a JSON string. */
export const nastyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: brokenText },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.nat({ max: 300_000 }).map((n) => "a".repeat(n % 7 === 0 ? n : n % 3000)) },
);

/** Any JSON value, or a nasty string, or a number at the edges. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: nastyString },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom(Number.MAX_SAFE_INTEGER + 2, -1, 1e308, -0, 0.5, true, false, null) },
);

/** A path into an object: top-level keys, or one level into an object or the first array item. */
function pathsOf(value: Record<string, unknown>): string[][] {
  const paths: string[][] = [];
  for (const [key, inner] of Object.entries(value)) {
    paths.push([key]);
    const nested = Array.isArray(inner) ? inner[0] : inner;
    if (nested && typeof nested === "object") {
      for (const innerKey of Object.keys(nested)) paths.push(Array.isArray(inner) ? [key, "0", innerKey] : [key, innerKey]);
    }
  }
  return paths;
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown) {
  let node = target as Record<string, unknown>;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    // An earlier mutation replaced the parent: nothing left to change there.
    if (!next || typeof next !== "object") return;
    node = next as Record<string, unknown>;
  }
  const last = path[path.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = value;
}

/** A valid body with one to four fields replaced by random values (or removed). */
export function mutationsOf(valid: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> {
  const paths = pathsOf(valid);
  const mutation = fc.tuple(fc.constantFrom(...paths), fc.oneof(anyValue, fc.constant(undefined)));
  // Mostly one change, so the rest of the body is valid and the changed field is what gets checked.
  const mutations = fc.oneof({ weight: 2, arbitrary: mutation.map((m) => [m]) }, { weight: 1, arbitrary: fc.array(mutation, { minLength: 2, maxLength: 4 }) });
  return mutations.map((mutations) => {
    const body = structuredClone(valid);
    for (const [path, value] of mutations) setPath(body, path, value);
    return body;
  });
}

/** A valid body with one text field broken by half a surrogate pair: the rest passes, so only that is checked. */
export function brokenTextIn(valid: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> {
  const textPaths = pathsOf(valid).filter((path) => typeof path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], valid) === "string");
  return fc.tuple(fc.constantFrom(...textPaths), brokenText).map(([path, value]) => {
    const body = structuredClone(valid);
    setPath(body, path, value);
    return body;
  });
}

/** What a client may send as a JSON body: a mutated valid one mostly, sometimes anything at all. */
export function jsonBodies(valid: Record<string, unknown>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 4, arbitrary: mutationsOf(valid) },
    { weight: 1, arbitrary: brokenTextIn(valid) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
    { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 12 }), anyValue, { maxKeys: 6 }) },
  );
}

/** Raw request text: JSON that is not quite JSON. */
export const rawBodies: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("", "{", "{}}", "[1,", '{"title":', "null", '"\\ud800"', '{"title":"\\ud800"}', '{"__proto__":{"x":1}}', "\u0000"),
  fc.string({ unit: "binary", maxLength: 60 }),
);

/** A file as a form posts it: ACLED-like rows with nasty cells, random bytes, or an empty file, under a nasty name. */
export const nastyFile = fc
  .tuple(
    fc.oneof(fc.constantFrom("file.csv", "file.json", "file.geojson", "file.txt", ""), nastyString),
    fc.oneof(
      fc
        .array(fc.array(nastyString, { minLength: 1, maxLength: 30 }), { maxLength: 5 })
        .map((rows) => rows.map((r) => r.map((c) => JSON.stringify(c)).join(",")).join("\n")),
      fc.uint8Array({ maxLength: 2000 }).map((bytes) => Buffer.from(bytes)),
      fc.constant(""),
    ),
  )
  // Playwright sends a part as a file only when its name is not empty.
  .map(([name, content]) => ({
    name: name || "unnamed",
    mimeType: "application/octet-stream",
    buffer: Buffer.isBuffer(content) ? content : Buffer.from(content),
  }));
