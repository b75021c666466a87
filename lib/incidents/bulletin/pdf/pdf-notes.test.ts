import { describe, expect, it } from "vitest";
import { createNotes, noteText } from "./pdf-notes";

describe("the PDF's footnotes", () => {
  it("numbers notes in order and reuses the number of the same list", () => {
    const notes = createNotes();
    const a = { label: "Incidents", count: 1, refs: [], href: "/incidents?from=2024-03-01" };
    expect(notes.add(a)).toBe(1);
    expect(notes.add({ ...a, href: "/incidents?from=2024-02-01" })).toBe(2);
    expect(notes.add({ ...a, label: "Killed" })).toBe(1);
    expect(notes.all()).toHaveLength(2);
  });

  it("names the incidents behind a number, says how many more, and links to all of them", () => {
    const note = { label: "Killed, March 2024", count: 3, refs: [{ id: 2, title: "Attack in Mir Ali" }], href: "/incidents?province=PK-KP" };
    expect(noteText(note, "http://atlas.example")).toBe(
      "Killed, March 2024: 3 incidents. #2 Attack in Mir Ali; and 2 more. In the Atlas: http://atlas.example/incidents?province=PK-KP",
    );
    expect(noteText({ ...note, count: 0, refs: [] }, "")).toBe("Killed, March 2024: 0 incidents. In the Atlas: /incidents?province=PK-KP");
  });
});
