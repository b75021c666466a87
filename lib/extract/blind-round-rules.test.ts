import { describe, expect, it } from "vitest";
import { findBackground } from "./background";
import { extractArticle } from "./extract-article";
import { isDistrictTown } from "./place-areas";
import type { PlaceEntry } from "./place-index";
import { TEST_PLACES } from "./place-test-places";
import { splitSentences } from "./sentences";
import { findNamedVictims } from "./named-victims";
import { findSingleVictims, findSingleWounded } from "./single-victims";
import type { GazetteerPlace } from "@/lib/geo/gazetteer-place";

// The rules of the round on the blind set (decision 011, amendment of 2026-12-06, later). Every text
// here is made up for the test; the people's names are invented.

const backgroundOf = (text: string) => findBackground(splitSentences(text), { eventDate: null, published: null });
const totals = (text: string, publishedAt = "2024-05-08") => {
  const r = extractArticle({ text, publishedAt });
  return { killed: r.killed.total?.value ?? null, injured: r.injured.total?.value ?? null };
};

describe("a period's or another incident's toll", () => {
  it("reads a total over part of a month or year, or a statistic, as background", () => {
    expect(
      backgroundOf(
        "Four guards died on Monday. In the first week of June, raids killed 140 soldiers across the country. In the six months to the end of May, 200 people were killed in raids, officials said. Attacks in the valley over the past week have killed at least 30 guards. According to UN figures, 500 civilians were killed in strikes.",
      ),
    ).toEqual([false, true, true, true, true]);
  });

  it("reads 'In the previous incident, …' as another incident", () => {
    expect(backgroundOf("One guard was killed on Monday. In the previous attack, 14 people lost their lives near the bridge.")).toEqual([false, true]);
  });

  it("reads 'Also on Friday evening, …' as another incident unless its subject speaks", () => {
    expect(
      backgroundOf("Two guards died in a blast on Friday.\n\nAlso on Friday evening, the town saw a roadside blast in which one man was wounded."),
    ).toEqual([false, true]);
    expect(backgroundOf("Two guards died in a blast on Friday.\n\nAlso on Friday, the spokesman said four were wounded.")).toEqual([false, false]);
  });

  it("keeps the lede's toll against a period's larger total", () => {
    expect(
      totals(
        "A bomber struck a depot on Tuesday, killing at least six guards and wounding nine others.\n\nIn the first week of May, raids killed 180 guards and injured 300 others, officials told lawmakers.",
      ),
    ).toEqual({ killed: 6, injured: 9 });
  });
});

// A town whose name sounds like an ordinary English word ("Attock" sounds like "attack").
const PLACES: readonly GazetteerPlace[] = [
  ...TEST_PLACES,
  { ...TEST_PLACES[0]!, id: "Attock", name: "Attock", asciiName: "Attock", altNames: [], district: "Attock", province: "Punjab", provinceIso: "PK-PB" },
];
const placeOf = (text: string) => {
  const r = extractArticle({ text, publishedAt: "2024-05-08" }, { places: PLACES });
  return [r.location?.value ?? null, r.province?.value ?? null];
};

describe("ordinary words are not places", () => {
  it("does not sound out a headline's capitalised word the text also writes in lower case", () => {
    expect(placeOf("Four Guards Killed in Attack on Border Post\n\nFour guards were killed in an attack on a border post on Tuesday.")).toEqual([null, null]);
  });

  it("still sounds out a name the text writes only capitalised", () => {
    expect(placeOf("Four guards were killed in Attack on Tuesday.")[1]).toBe("Punjab");
  });

  it("takes no area from a headline's ordinary words before 'District'", () => {
    expect(
      placeOf("Truck Blast Near District Office In Zabul\n\nA truck blast near a district office in eastern Zabul province killed two guards on Tuesday.")[0],
    ).toBe("Zabul");
  });
});

describe("a town named like its district", () => {
  const town = (name: string, district: string): PlaceEntry => ({
    kind: "place",
    name,
    district,
    province: "Herat",
    country: "AFG",
    lat: 34,
    lng: 61,
    population: 10,
  });
  it("is the district's town whatever the diacritics", () => {
    expect(isDistrictTown(town("Zarbād Kōl", "Zarbad Kol"))).toBe(true);
    expect(isDistrictTown(town("Zarbād", "Kol"))).toBe(false);
  });
});

describe("one victim named by what he headed", () => {
  it("reads 'Name, the police chief for X district in Y, was killed' as one dead", () => {
    expect(totals("Abdul Karimzai, the police chief for Darwaz district in Zabul, was killed and two of his guards were wounded on Tuesday.")).toEqual({
      killed: 1,
      injured: 2,
    });
    expect(findSingleVictims("The district chief of Darwaz was killed on Tuesday.").map((v) => v.count)).toEqual([1]);
  });

  it("does not read a speaker's title as the victim", () => {
    expect(findSingleVictims("The chief of police said nothing was killed.")).toEqual([]);
  });
});

describe("a province is not the place when an attack sentence names a town in it", () => {
  it("takes the town the attack sentence names inside the province, however weakly it scores", () => {
    // The town in capitals scores low (capitals are mostly datelines), far below the province.
    expect(
      placeOf(
        "Suicide Attack Foiled in Khyber Pakhtunkhwa\n\nA suicide attack on a paramilitary post in Pakistan's Khyber Pakhtunkhwa led to the death of five attackers and injuries to six policemen.\n\nThe attack unfolded when a suicide bomber drove a vehicle into the entrance of the lines in PESHAWAR, a city adjacent to the tribal belt.",
      ),
    ).toEqual(["Peshawar", "Khyber Pakhtunkhwa"]);
  });
});

describe("one wounded person with no number", () => {
  it("reads 'injuring the driver' and 'a guard was critically wounded' as one wounded", () => {
    expect(totals("Gunmen fired on a police van in Sibi on Tuesday, killing three officials and injuring the driver.")).toEqual({ killed: 3, injured: 1 });
    expect(findSingleWounded("A guard was critically wounded.").map((v) => v.count)).toEqual([1]);
  });

  it("leaves a count of the wounded to the count", () => {
    expect(totals("A bomb killed two guards and wounded four others on Tuesday; the driver was also wounded.").injured).toBe(4);
    expect(findSingleWounded("injuring the driver and two guards")).toEqual([]);
  });
});

describe("'was among N killed'", () => {
  it("reads the count after 'was among' as the whole toll", () => {
    expect(totals("A boy was among three villagers killed on Tuesday when shells fell on the hamlet.").killed).toBe(3);
  });

  it("still reads 'including two' and 'among them two' as parts", () => {
    expect(totals("Seven people were killed on Tuesday, among them two boys, when shells fell on the hamlet.").killed).toBe(7);
    expect(totals("Shells killed seven people on Tuesday, including two boys.").killed).toBe(7);
  });
});

describe("attack words for the day of the attack", () => {
  const dateOf = (text: string, publishedAt: string) => extractArticle({ text, publishedAt }).eventDate?.value ?? null;
  it("dates 'claimed the lives of …' to its own day, not to a later gathering", () => {
    // 2024-05-11 is a Saturday.
    expect(dateOf("Villagers gathered on Saturday to demand an inquiry.\n\nThe raid claimed the lives of four boys late on Friday.", "2024-05-11")).toBe(
      "2024-05-10",
    );
  });

  it("dates a grenade thrown at a house to its own night, not to the page's date line", () => {
    // 2024-05-09 is a Thursday.
    expect(
      dateOf(
        "Case filed over grenade\n\nE-Paper | May 9, 2024\n\nPolice filed a case late on Tuesday night against two riders for throwing a grenade at the house of a trader.",
        "2024-05-09",
      ),
    ).toBe("2024-05-07");
  });
});

describe("photo captions", () => {
  it("does not take the place from a caption credited to an agency", () => {
    expect(
      placeOf(
        "Bomber Kills Six at Rally\n\nA wounded man receives treatment after the blast in Peshawar on Tuesday. — AFP\n\nA bomber blew himself up at a rally on Tuesday, killing six people, officials said. The rally was held in Mir Ali, a town near the border.",
      )[0],
    ).toBe("Mir Ali");
  });
});

describe("a named list that 'suffered wounds'", () => {
  it("counts 'his colleagues, Name Name and Name Name, suffered gunshot wounds' as two wounded", () => {
    expect(
      findNamedVictims("A constable died and his colleagues, Daud Marwat and Sher Gul Khattak, suffered gunshot wounds.").map((v) => [v.role, v.count]),
    ).toEqual([["injured", 2]]);
  });
});
