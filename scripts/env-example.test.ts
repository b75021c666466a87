import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/** `.env.example` and the README's Configuration table name the same settings with the same defaults (issue #15). */
const readme = readFileSync("README.md", "utf8");
const example = readFileSync(".env.example", "utf8");

function readmeTable(): Map<string, string> {
  const section = readme.slice(readme.indexOf("## Configuration"), readme.indexOf("\n## ", readme.indexOf("## Configuration") + 1));
  const rows = [...section.matchAll(/^\| `([A-Z_]+)` \| ([^|]+) \|/gm)];
  return new Map(rows.map((m) => [m[1]!, m[2]!.trim()]));
}

/** Settings in .env.example: `NAME=value` when set, `# NAME=` (value null) when left unset. */
function exampleSettings(): Map<string, string | null> {
  const settings = new Map<string, string | null>();
  for (const line of example.split("\n")) {
    const set = /^([A-Z_]+)=(.*)$/.exec(line);
    if (set) settings.set(set[1]!, set[2]!.replace(/^"(.*)"$/, "$1"));
    const unset = /^# ([A-Z_]+)=/.exec(line);
    if (unset && !settings.has(unset[1]!)) settings.set(unset[1]!, null);
  }
  return settings;
}

describe(".env.example and the README", () => {
  const table = readmeTable();
  const settings = exampleSettings();

  it("finds the README's table and the example's settings", () => {
    expect(table.size).toBeGreaterThan(5);
    expect(settings.size).toBeGreaterThan(5);
  });

  it("list the same settings (the example adds only the two the README asks to set in the environment)", () => {
    const extra = ["NEXT_TELEMETRY_DISABLED", "CHECKPOINT_DISABLE"];
    expect([...settings.keys()].filter((k) => !extra.includes(k)).sort()).toEqual([...table.keys()].sort());
    for (const k of extra) expect(readme).toContain(`${k}=1`);
  });

  it("give the same default for every setting the example sets", () => {
    for (const [name, value] of settings) {
      if (value === null || !table.has(name)) continue;
      expect(table.get(name), name).toContain(`\`${value}\``);
    }
  });
});
