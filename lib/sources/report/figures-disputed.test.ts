import { describe, expect, it } from "vitest";
import { figuresDisputed } from "./figures-disputed";

const says = (figures: Record<string, number>) => ({
  report: { figures: Object.fromEntries(Object.entries(figures).map(([k, value]) => [k, { value, quote: null }])) },
});

describe("figuresDisputed", () => {
  it("is true when two reports give different values for the same figure", () => {
    expect(figuresDisputed([says({ "killed.total": 7 }), says({ "killed.total": 9 })])).toBe(true);
    expect(figuresDisputed([says({ "killed.total": 7, "injured.civilians": 3 }), says({ "killed.total": 7 }), says({ "injured.civilians": 4 })])).toBe(true);
  });

  it("is false when reports agree, state different figures, or there is one report or none", () => {
    expect(figuresDisputed([says({ "killed.total": 7 }), says({ "killed.total": 7 })])).toBe(false);
    expect(figuresDisputed([says({ "killed.total": 7 }), says({ "injured.total": 9 })])).toBe(false);
    expect(figuresDisputed([says({ "killed.total": 7, "killed.civilians": 2 })])).toBe(false);
    expect(figuresDisputed([])).toBe(false);
  });
});
