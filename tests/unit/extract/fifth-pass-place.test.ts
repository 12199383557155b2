/**
 * The fifth pass, on place (issue 11: the most specific place the text names for the fact; several
 * places joined as the text joins them; a later sentence counts only when it tells the same event
 * again). Every sentence here is invented.
 */
import { describe, expect, it } from "vitest";
import { findPlaces, refinesCity, refinesRegion } from "@/lib/extract/places";
import { liesInRegion, resolvePlace } from "@/lib/extract/resolve-place";
import { factsOf } from "./helpers";

const DAY = "2025-03-10"; // a Monday

describe("a part of a city, as written", () => {
  it("keeps a city's district with its city: 'the X district of the city of Y'", () => {
    const [f] = factsOf("shelter", "A new underground school opened in the Shevchenkivskyi district of the city of Odesa on Monday.", DAY);
    expect([f?.place, f?.country]).toEqual(["Shevchenkivskyi district of the city of Odesa", "UA"]);
  });

  it("keeps 'the X district of Y' whole, and a district of a region stays the district", () => {
    expect(factsOf("injury", "Shelling hit the Kyivskyi district of Kharkiv, injuring four people.", DAY).map((f) => f.place)).toEqual([
      "Kyivskyi district of Kharkiv",
    ]);
    expect(factsOf("injury", "Two people were injured in the Bucha district of the Kyiv region.", DAY).map((f) => f.place)).toEqual([
      "Bucha district",
    ]);
  });

  it.each([
    ["Lviv opened three new shelters in the city centre on Monday.", "Lviv city centre"],
    ["Two shelters were installed in the city center of Dnipro.", "Dnipro city center"],
    ["Poltava Adds Two New Shelters In City Center", "Poltava city center"],
  ])("the city centre of a named city: %s", (text, place) => {
    expect(factsOf("shelter", text, DAY).map((f) => f.place)).toEqual([place]);
  });

  it("names no centre when the sentence names no city", () => {
    expect(findPlaces("Two shelters opened in the city centre.").map((p) => p.name)).toEqual([]);
  });
});

describe("drones: where the same drones are told again", () => {
  it("takes the joined list of a later sentence about the same drones, past sentences about other things", () => {
    const text =
      "Air defence destroyed all 9 drones launched overnight, the air force said. Russia launched them from Kursk Oblast. " +
      "Mobile fire groups took part in repelling the attack. The drones were shot down over the Poltava, Sumy and Chernihiv oblasts.";
    expect(factsOf("drone", text, DAY).map((f) => [f.count, f.place])).toEqual([[9, "Poltava, Sumy and Chernihiv oblasts"]]);
  });

  it("takes the regions the same drones 'targeted' when the tally names none", () => {
    const text = "The ministry said 14 Ukrainian drones were intercepted overnight. According to the ministry, these drones targeted the Tula, Oryol and Lipetsk regions.";
    expect(factsOf("drone", text, DAY).map((f) => [f.count, f.place])).toEqual([[14, "Tula, Oryol and Lipetsk regions"]]);
  });

  it("does not carry a later sentence's regions past another tally", () => {
    const text =
      "The ministry said 14 Ukrainian drones were intercepted overnight. Separately, 3 drones were downed over the Kursk region. " +
      "These drones targeted the Tula, Oryol and Lipetsk regions.";
    expect(factsOf("drone", text, DAY).find((f) => f.count === 14)?.place ?? null).toBeNull();
  });

  it("places one drone at the village where a later sentence says it came down, inside the region first named", () => {
    const text =
      "Six drones were shot down over the Bryansk region, the ministry said. Another drone was destroyed over the Kursk region on Monday evening, the ministry added. " +
      "The regional governor said it had been shot down over Glinkovo village, with no damage reported.";
    expect(factsOf("drone", text, DAY).map((f) => [f.count, f.place])).toEqual([[6, "Bryansk region"], [1, "Glinkovo"]]);
  });

  it("keeps the region when the later sentence is about other drones (plural against one)", () => {
    const text = "A drone was destroyed over the Kursk region on Monday. Earlier, they had been shot down over Ivanovka village.";
    expect(factsOf("drone", text, DAY).map((f) => f.place)).toEqual(["Kursk region"]);
  });

  it("places drones 'headed for' a city there when the sentence names no other place", () => {
    expect(factsOf("drone", "The mayor said that three drones headed for Moscow had been shot down.", DAY).map((f) => f.place)).toEqual(["Moscow"]);
    expect(
      factsOf("drone", "Two drones headed for Moscow were shot down over the Odintsovo district, the mayor said.", DAY).map((f) => f.place),
    ).toEqual(["Odintsovo district"]);
  });
});

describe("a town inside the region the lead names", () => {
  it("takes the town a mention of the same injured count is placed in", () => {
    const text =
      "Nine civilians have been injured by shelling of Russia's Belgorod Region, the governor said. " +
      "He wrote that the army had struck the town of Shebekino. As a result of the strike, there are nine injured.";
    expect(factsOf("injury", text, DAY).map((f) => [f.injured, f.place])).toEqual([[9, "Shebekino"]]);
  });

  it("keeps the region when the other mention's town lies in another region", () => {
    const text =
      "Nine civilians have been injured by shelling of Russia's Kursk Region, the governor said. " +
      "He wrote that the army had struck the town of Shebekino. As a result of the strike, there are nine injured.";
    expect(factsOf("injury", text, DAY).map((f) => f.place)).toEqual(["Kursk region"]);
  });

  it("decides 'lies in' by the gazetteer's region code, and not at all for unknown places", () => {
    expect(liesInRegion("Shebekino", "Belgorod region")).toBe(true);
    expect(liesInRegion("Shebekino", "Kursk region")).toBe(false);
    expect(liesInRegion("Nowhereville", "Kursk region")).toBeNull();
    expect(refinesRegion("Kherson region", "Stanislav and Bilozerka")).toBe(true);
    expect(refinesRegion("Kherson region", "Odesa region")).toBe(false);
    expect(refinesRegion("Kharkiv", "Shebekino")).toBe(false);
    expect(refinesCity("Mykolaiv", "Zavodskyi district of Mykolaiv")).toBe(true);
    expect(refinesCity("Mykolaiv", "Odesa city centre")).toBe(false);
    expect(refinesCity("Mykolaiv", "Mykolaiv")).toBe(false);
  });
});

describe("shelters: where the same structures stand", () => {
  it("takes the community a following sentence places the same shelters in", () => {
    const text =
      "Three more modular shelters have been set up in the Mykolaiv region with the help of donors. " +
      "The modular shelters were placed in the Halytsynove community, near a school.";
    expect(factsOf("shelter", text, DAY).map((f) => [f.count, f.place])).toEqual([[3, "Halytsynove community"]]);
  });

  it("takes the joined villages a following sentence delivers the same structures to", () => {
    const text =
      "Four more shelters were installed by volunteers in the Kherson region. " +
      "Thus, concrete structures were delivered to the villages of Stanislav, Bilozerka and Kiselivka.";
    expect(factsOf("shelter", text, DAY).map((f) => [f.count, f.place])).toEqual([[4, "Stanislav, Bilozerka and Kiselivka"]]);
  });

  it("ignores a following sentence that counts structures of its own or only plans them", () => {
    const counted = "Four more shelters were installed in the Kherson region. Two more shelters were set up in the Bilozerka community.";
    expect(factsOf("shelter", counted, DAY).find((f) => f.count === 4)?.place).toBe("Kherson region");
    const planned = "Four more shelters were installed in the Kherson region. More shelters are scheduled to be delivered to the Bilozerka community.";
    expect(factsOf("shelter", planned, DAY).map((f) => f.place)).toEqual(["Kherson region"]);
  });

  it("reads 'X community' as a place but not a people or a group", () => {
    expect(findPlaces("The Jewish community and the LGBT community met the Ukrainian community in the Bilozerka community.").map((p) => p.name)).toEqual([
      "Bilozerka community",
    ]);
  });
});

describe("second round (classes of the real-dev2 set)", () => {
  it("reads 'the centre of X' as written, a part of the city", () => {
    expect(factsOf("injury", "A woman was injured by shelling in the centre of Mykolaiv on Monday.", DAY).map((f) => f.place)).toEqual([
      "centre of Mykolaiv",
    ]);
  });

  it("does not take a unit's name for a place: 'the Odesa anti-aircraft missile brigade'", () => {
    const text = "On Monday, in the Mykolaiv region, soldiers of the Odesa anti-aircraft missile brigade shot down a Russian reconnaissance drone.";
    expect(factsOf("drone", text, DAY).map((f) => f.place)).toEqual(["Mykolaiv region"]);
    expect(factsOf("drone", "Three drones were shot down over Odesa by the brigade on Monday.", DAY).map((f) => f.place)).toEqual(["Odesa"]);
  });

  it("places a whole attack's tally where 'the attack targeted' the regions, but not a part of it", () => {
    const whole = "Air defence shot down six Russian drones on Monday. The Russian attack targeted the Odesa and Mykolaiv regions.";
    expect(factsOf("drone", whole, DAY).map((f) => [f.count, f.place])).toEqual([[6, "Odesa and Mykolaiv regions"]]);
    const parts =
      "Air defence shot down four Russian kamikaze drones and one reconnaissance drone on Monday. The Russian attack targeted the Odesa and Mykolaiv regions.";
    expect(factsOf("drone", parts, DAY).find((f) => f.count === 4)?.place ?? null).toBeNull();
  });

  it("takes the district a following sentence gives the same victims", () => {
    const text =
      "Two people were killed in Kharkiv overnight in a missile strike. Both of them, a man and his neighbour, were killed in the Saltivskyi district near a school.";
    expect(factsOf("injury", text, DAY).map((f) => [f.killed, f.place])).toEqual([[2, "Saltivskyi district"]]);
  });

  it("keeps the city when the following sentence is about other people or another city", () => {
    const other = "Two people were killed in Kharkiv overnight. Rescuers were working in the Saltivskyi district.";
    expect(factsOf("injury", other, DAY).map((f) => f.place)).toEqual(["Kharkiv"]);
    const elsewhere = "Two people were killed in Kharkiv overnight. Both of them were killed near Poltava in the Shevchenkivskyi district.";
    expect(factsOf("injury", elsewhere, DAY).map((f) => f.place)).toEqual(["Kharkiv"]);
  });
});

describe("the map still finds a part of a city", () => {
  it.each([
    ["Shevchenkivskyi district of the city of Odesa", "Odesa"],
    ["Lviv city centre", "Lviv"],
    ["centre of Mykolaiv", "Mykolaiv"],
  ])("resolvePlace(%s) is the city", (name, city) => {
    expect(resolvePlace(name)?.name).toBe(city);
  });
});

describe("the town the next sentence says the attack struck", () => {
  it("takes the one town of the region where the attack struck", () => {
    const text = "A 50-year-old man was killed in the Kharkiv region after a Russian attack, the governor said on Monday. He said that bombs had hit houses in the town of Chuhuiv.";
    expect(factsOf("injury", text, DAY).map((f) => [f.killed, f.place])).toEqual([[1, "Chuhuiv"]]);
  });

  it("keeps the region when the next sentence tells another event or a town of another region", () => {
    const also = "A 50-year-old man was killed in the Kharkiv region after a Russian attack on Monday. Russian forces also shelled the town of Chuhuiv.";
    expect(factsOf("injury", also, DAY).map((f) => f.place)).toEqual(["Kharkiv region"]);
    const away = "A 50-year-old man was killed in the Kharkiv region after a Russian attack on Monday. Bombs hit houses in the town of Nikopol.";
    expect(factsOf("injury", away, DAY).map((f) => f.place)).toEqual(["Kharkiv region"]);
  });
});

describe("drones over an occupied place, and named features", () => {
  it("a newspaper's name before 'reports' is no place", () => {
    expect(findPlaces("The mayor confirmed the attack, Moskovsky Komsomolets reports.").map((p) => p.name)).toEqual([]);
  });

  it("reads 'Cape X', 'X Spit', 'X Island' as places", () => {
    expect(findPlaces("Drones were downed near Cape Tarkhankut and over the Kinburn Spit.").map((p) => p.name)).toEqual(["Cape Tarkhankut", "Kinburn Spit"]);
  });

  it("places drones downed in an occupied place the section is about in Ukraine (guide §10), with the feature named", () => {
    const text =
      "The governor of Sevastopol confirmed that another drone attack on Sevastopol was repelled at night.\n\n" +
      "According to the governor, one drone lost control and fell in a forest. Another drone was shot down over the sea near Cape Fiolent.";
    expect(factsOf("drone", text, DAY).map((f) => [f.count, f.place, f.country])).toEqual([
      [1, null, "UA"],
      [1, "Cape Fiolent", "UA"],
    ]);
  });
});

describe("a city's own administration names the city", () => {
  it("'the Kyiv City Military Administration' names Kyiv, 'Kyiv said' does not", () => {
    expect(findPlaces("The head of the Kyiv City Military Administration reported damage.").map((p) => p.name)).toEqual(["Kyiv"]);
    expect(findPlaces("Kyiv said the talks had failed.").map((p) => p.name)).toEqual([]);
  });

  it("so a district no gazetteer knows, in a section about that city, is in Ukraine", () => {
    const text =
      "The Kyiv City Military Administration reported damage in several districts of the capital:\n\n" +
      "In the Pecherskyi district, debris hit an office building, injuring one person.";
    expect(factsOf("injury", text, DAY).map((f) => [f.injured, f.place, f.country])).toEqual([[1, "Pecherskyi district", "UA"]]);
  });
});

describe("no single place for the whole tally", () => {
  it("one named region of several unnamed ones gives no place (the country stays)", () => {
    const text = "Air defences downed 18 drones over the Tula region — south of the capital — and two other provinces, the ministry said.";
    expect(factsOf("drone", text, DAY).map((f) => [f.count, f.place, f.country])).toEqual([[18, null, "RU"]]);
  });

  it("regions given 'in particular' for the same drones are examples, not the tally's place", () => {
    const text = "Overnight, Russia attacked Ukraine with 40 Shahed drones. They were also shot down in the east, in particular in the Kharkiv and Sumy regions.";
    expect(factsOf("drone", text, DAY).find((f) => f.count === 40)?.place ?? null).toBeNull();
  });

  it("a place in a result clause (', hitting …') is where some struck, not the launch's place; a hit keeps it", () => {
    const launched = "Russia launched 30 drones at Ukraine overnight, hitting power stations in and around Lviv.";
    expect(factsOf("drone", launched, DAY).map((f) => [f.count, f.place])).toEqual([[30, null]]);
    const hit = "A drone crashed on Monday, hitting a house in Kursk.";
    expect(factsOf("drone", hit, DAY).map((f) => f.place)).toEqual(["Kursk"]);
  });
});

describe("villages too small for the gazetteer", () => {
  it.each([
    ["Shelling hit a house in Malynivka, injuring two people.", "Malynivka"],
    ["A man was wounded near Kozachanske in the Kharkiv region on Monday.", "Kozachanske"],
  ])("a Slavic place-name ending after a locative is a place: %s", (text, place) => {
    expect(factsOf("injury", text, DAY).map((f) => f.place)).toEqual([place]);
  });

  it("not a country, a word without such an ending, or a name followed by another capitalized word", () => {
    expect(findPlaces("Prices rose in Ukraine and in Telegram channels, and in Glinkovo Street.").map((p) => p.name)).toEqual([]);
  });

  it("two counts of one sentence, each placed by the place told after it", () => {
    const text = "In the Kherson region, a man was killed as troops shelled a house in Zelenivka, and a woman was injured by shelling in the centre of Kherson.";
    const facts = factsOf("injury", text, DAY).map((f) => [f.killed, f.injured, f.place]);
    expect(facts).toHaveLength(2);
    expect(facts).toContainEqual([1, null, "Zelenivka"]);
    expect(facts).toContainEqual([null, 1, "centre of Kherson"]);
  });
});

describe("a finer place only when it is one", () => {
  it("keeps the region when the same drones are told over two towns of it", () => {
    const text = "Three drones were shot down over the Belgorod region on Monday. They were shot down over Shebekino and Valuyki.";
    expect(factsOf("drone", text, DAY).map((f) => f.place)).toEqual(["Belgorod region"]);
  });

  it("keeps the region when the victims are only taken to hospital in a town", () => {
    const text = "Five people were injured in the Kharkiv region on Monday. They were taken to hospital in Kharkiv.";
    expect(factsOf("injury", text, DAY).map((f) => f.place)).toEqual(["Kharkiv region"]);
  });
});
