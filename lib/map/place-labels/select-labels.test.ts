import { describe, expect, it } from "vitest";
import { LABEL_METRICS, selectLabels, type PlaceLabel, type ScreenLabel } from "./select-labels";

const VIEW = { width: 800, height: 600 };
const at = (name: string, x: number, y: number, minZoom = 5): ScreenLabel => ({ label: [name, 0, 0, minZoom] as PlaceLabel, x, y });
const names = (ls: ScreenLabel[]) => ls.map((l) => l.label[0]);

describe("selectLabels", () => {
  it("draws a label only from its first zoom on", () => {
    const labels = [at("Kabul", 100, 100, 5), at("Wana", 300, 300, 9)];
    expect(names(selectLabels(labels, 5, VIEW))).toEqual(["Kabul"]);
    expect(names(selectLabels(labels, 9, VIEW))).toEqual(["Kabul", "Wana"]);
  });

  it("keeps the earlier of two labels that would overlap, and both once they are apart", () => {
    expect(names(selectLabels([at("Rawalpindi", 100, 100), at("Islamabad", 104, 108)], 5, VIEW))).toEqual(["Rawalpindi"]);
    expect(
      names(selectLabels([at("Rawalpindi", 100, 100), at("Islamabad", 100, 100 + LABEL_METRICS.height + 2 * LABEL_METRICS.padding + 1)], 5, VIEW)),
    ).toEqual(["Rawalpindi", "Islamabad"]);
  });

  it("measures a label by its text: a long name to the left still covers one starting to its right", () => {
    const long = at("Dera Ismail Khan", 100, 100);
    expect(names(selectLabels([long, at("Paharpur", 180, 100)], 7, VIEW))).toEqual(["Dera Ismail Khan"]);
    expect(names(selectLabels([long, at("Paharpur", 240, 100)], 7, VIEW))).toEqual(["Dera Ismail Khan", "Paharpur"]);
  });

  it("leaves out towns outside the view", () => {
    expect(names(selectLabels([at("West", -1, 10), at("South", 10, 601), at("In", 10, 10)], 5, VIEW))).toEqual(["In"]);
  });

  it("a hidden label does not hide others: only drawn labels take space", () => {
    // B overlaps A and is dropped; C overlaps only B, so it is drawn.
    expect(names(selectLabels([at("AAAA", 100, 100), at("BBBB", 100, 112), at("CCCC", 100, 124)], 5, VIEW))).toEqual(["AAAA", "CCCC"]);
  });
});
