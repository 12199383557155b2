/**
 * The sixth pass on places (guide §10, §7, §2), every sentence invented: a Ukrainian place under its
 * Russian transliteration is the Ukrainian place, occupied ones too; a district named by a common word
 * takes no far country; a border crossing's name locates, it is not the place; a drone found in the
 * south of a neighbour is that neighbour's; a tally "over N regions" is placed by the next sentence
 * that names N regions.
 */
import { describe, expect, it } from "vitest";
import { OCCUPIED } from "@/lib/extract/evidence";
import { bestGazetteerMatch } from "@/lib/extract/gazetteer";
import { normalizePlaceName } from "@/lib/extract/place-names";
import { findPlaces } from "@/lib/extract/places";
import { factsOf } from "./helpers";

const DAY = "2025-03-12"; // a Wednesday

describe("both transliterations of a Ukrainian place are the Ukrainian place (guide §10)", () => {
  it.each([
    ["Gorlovka", "Horlivka"],
    ["Makeyevka", "Makiyivka"],
    ["Lugansk", "Luhansk"],
    ["Yenakiyevo", "Yenakiyeve"],
    ["Kharkov", "Kharkiv"],
    ["Zaporozhye", "Zaporizhia"],
    ["Lisichansk", "Lysychans’k"],
    ["Stakhanov", "Kadiyivka"],
    ["Artemovsk", "Bakhmut"],
    ["Krivoy Rog", "Kryvyi Rih"],
    ["Torez", "Chystiakove"],
  ])("%s is %s, in Ukraine", (spelling, name) => {
    const hit = bestGazetteerMatch(spelling);
    expect(hit?.country).toBe("UA");
    expect(hit?.name).toBe(name);
  });

  it("an occupied town is occupied under every spelling", () => {
    for (const n of ["Gorlovka", "Horlivka", "Lugansk", "Energodar", "Makeyevka", "Aleshki", "Dzhankoi"]) expect(OCCUPIED.has(normalizePlaceName(n))).toBe(true);
    // Towns held by Ukraine at some time of the war are left to the text.
    for (const n of ["Kharkov", "Bakhmut", "Zaporozhye"]) expect(OCCUPIED.has(normalizePlaceName(n))).toBe(false);
  });

  it("an injury in a town written the Russian way is placed there, in Ukraine", () => {
    const [f] = factsOf("injury", "Three civilians were injured in Makeyevka during shelling on Tuesday, the city's mayor said.", DAY);
    expect([f?.country, f?.place]).toEqual(["UA", "Makeyevka"]);
  });

  it("a Russian form that is also a town of Russia stays with the gazetteer", () => {
    expect(bestGazetteerMatch("Dzerzhinsk")?.country).toBe("RU");
  });
});

describe("a district named by a common word takes no far country", () => {
  it("the Central City district of a Ukrainian town is in Ukraine", () => {
    const [p] = findPlaces("Shells fell on the Central City district of Makeyevka overnight.");
    expect([p?.name, p?.country]).toEqual(["Central City district of Makeyevka", "UA"]);
  });

  it("a district of a common word alone borrows no country from an American town", () => {
    expect(findPlaces("Shells fell on the Central City district overnight.").map((p) => p.country)).toEqual([null]);
  });
});

describe("a border crossing locates; the place is the other one named", () => {
  it("the county after the crossing is the place", () => {
    const places = findPlaces("Police cordoned off an area near the Giurgiulesti border crossing in Galati County.");
    expect(places.find((p) => !p.landmark)?.name).toBe("Galati County");
  });
});

describe("wreckage found in a neighbour is the neighbour's fact (guide §7)", () => {
  it("'found in the south of Moldova, near the border with Ukraine' is in Moldova", () => {
    const [f] = factsOf("drone", "The wreckage of a drone was found on Tuesday in the south of Moldova, near the border with Ukraine.", DAY);
    expect(f?.country).toBe("MD");
  });
  it("'in the north-east of Romania' too", () => {
    const [f] = factsOf("drone", "Fragments of a drone crashed on Tuesday in the north-east of Romania, not far from the border with Ukraine.", DAY);
    expect(f?.country).toBe("RO");
  });
});

describe("a tally over N regions is placed by the next sentence that names N regions (guide §2)", () => {
  it("joins the regions the next sentence names", () => {
    const [f] = factsOf(
      "drone",
      "Air defences shot down 14 of 20 drones over three regions of the country, the air force said on Wednesday. " +
        "The drones were downed over the Poltava and Sumy regions in the north and the central Cherkasy region.",
      DAY,
    );
    expect([f?.count, f?.place, f?.country]).toEqual([14, "Poltava, Sumy and Cherkasy regions", "UA"]);
  });

  it("joins nothing when the next sentence names another number of regions (the same drones told again keep their own place)", () => {
    const [f] = factsOf(
      "drone",
      "Air defences shot down 14 of 20 drones over three regions of the country, the air force said on Wednesday. " +
        "The drones were downed over the Poltava and Sumy regions.",
      DAY,
    );
    expect(f?.place).toBe("Poltava and Sumy regions");
  });
});

describe("a total told again as its parts by region is placed at the regions joined (guide §2)", () => {
  it("the bracketed breakdown names regions; the total takes them all", () => {
    const facts = factsOf(
      "drone",
      "Overnight, an attempt to carry out an attack using 12 unmanned aerial vehicles on facilities on Russia's territory was stopped. " +
        "Air defense systems intercepted and destroyed over the territories of Kursk (five drones), Oryol (three drones) and Tula (four drones) regions.",
      DAY,
    );
    expect(facts.map((f) => [f.count, f.place])).toEqual([
      [12, "Kursk, Oryol and Tula regions"],
      [5, "Kursk region"],
      [3, "Oryol region"],
      [4, "Tula region"],
    ]);
  });

  it("parts that do not add up to the total leave its place open", () => {
    const facts = factsOf(
      "drone",
      "Overnight, an attempt to carry out an attack using 20 unmanned aerial vehicles on facilities on Russia's territory was stopped. " +
        "Air defense systems intercepted and destroyed over the territories of Kursk (five drones), Oryol (three drones) and Tula (four drones) regions.",
      DAY,
    );
    expect(facts.find((f) => f.count === 20)?.place).toBeNull();
  });
});

describe("'the region of X' names a region no gazetteer knows", () => {
  it("keeps the region, with no country of its own", () => {
    const [p] = findPlaces("The new stretch lies in the northern region of Pohjanmaa.");
    expect([p?.name, p?.tier, p?.country]).toEqual(["Pohjanmaa region", "region", null]);
  });
  it("a country after 'region of' is no region", () => {
    expect(findPlaces("Troops were moved to the region of Latvia.").filter((p) => p.tier === "region")).toEqual([]);
  });
  it("a border barrier is placed where the next sentence says the same barrier lies", () => {
    const [f] = factsOf(
      "shelter",
      "Finland has completed the third section of its border fence with Russia, the border guard said on Wednesday. " +
        "The new section is located in the eastern region of Pohjanmaa and is 12 km long.",
      DAY,
    );
    expect([f?.country, f?.place]).toEqual(["FI", "Pohjanmaa region"]);
  });
});

describe("generic words and people are never a foreign city", () => {
  it("a district named after a town elsewhere is in its own city's country", () => {
    const [p] = findPlaces("Shelling hit the Kirov district of Makeyevka.");
    expect([p?.name, p?.country]).toEqual(["Kirov district of Makeyevka", "UA"]);
  });
  it("a large foreign city is a place only after a locative", () => {
    expect(findPlaces("Lincoln said the talks would resume.")).toEqual([]);
    expect(findPlaces("Reading the report, the minister said more air defence was needed.")).toEqual([]);
    expect(findPlaces("Officials met in Hamilton on Tuesday.").map((p) => [p.name, p.country])).toEqual([["Hamilton", "CA"]]);
  });
  it("English words that some small town bears are no place", () => {
    expect(findPlaces("A Star Wars fan club and the Spring festival collected money for drones.")).toEqual([]);
  });
});

describe("one victim told again by a definite description gives the village (guide §2)", () => {
  it("'the 52-year-old was … in the village of X when she received wounds' places the death there", () => {
    const [f] = factsOf(
      "injury",
      "A woman died in hospital in Russia's Bryansk region a day after she was injured in a drone attack, officials said on Wednesday. " +
        "The governor said that the 52-year-old was feeding chickens in the village of Sukhovka when she received shrapnel wounds.",
      DAY,
    );
    expect([f?.country, f?.place]).toEqual(["RU", "Sukhovka"]);
  });
  it("not when the count's sentence tells of several people", () => {
    const [f] = factsOf(
      "injury",
      "A woman and two men were injured in Russia's Bryansk region in a drone attack, officials said on Wednesday. " +
        "The governor said that the 52-year-old was feeding chickens in the village of Sukhovka when she received shrapnel wounds.",
      DAY,
    );
    expect(f?.place).toBe("Bryansk region");
  });
});

describe("a time is no clause break", () => {
  it("'downed at 6:35 a.m. over the X Region' keeps its region", () => {
    const [f] = factsOf("drone", "The ministry later added that another drone was downed on Wednesday at 6:35 a.m. Moscow time (3:35 a.m. GMT) over the Tula Region.", DAY);
    expect(f?.place).toBe("Tula region");
  });
});

describe("the same wreckage told again gives where it lay (guide §7)", () => {
  it("'wreckage was found in the south of Moldova … a drone wreckage was found near the village of X' is at X, in Moldova", () => {
    const [f] = factsOf(
      "drone",
      "The wreckage of a drone was found on Wednesday in the south of Moldova, near the border with Ukraine. " +
        "According to the border police, a drone wreckage was found near the village of Lomakino in the Cahul district.",
      DAY,
    );
    expect([f?.country, f?.place]).toEqual(["MD", "Lomakino"]);
  });
});

describe("the names Russia gives occupied regions are the Ukrainian regions (guide §10)", () => {
  it.each([
    ["Two people were injured in the Lugansk People's Republic on Tuesday.", "Luhansk region"],
    ["Two people were injured in the DPR on Tuesday.", "Donetsk region"],
    ["Shelling hit the Dnepropetrovsk region on Tuesday.", "Dnepropetrovsk region"],
  ])("%s", (text, name) => {
    const [p] = findPlaces(text);
    expect([p?.name, p?.country, p?.tier]).toEqual([name, "UA", "region"]);
  });
  it("a town of the 'DPR' is still the most specific place", () => {
    const [f] = factsOf("injury", "Four civilians were injured on Tuesday in shelling of the DPR's town of Makeyevka, the mayor said.", DAY);
    expect([f?.country, f?.place]).toEqual(["UA", "Makeyevka"]);
  });
});
