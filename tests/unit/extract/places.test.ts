import { describe, expect, it } from "vitest";
import { findPlaces, pickPlace } from "../../../lib/extract/places";
import { resolvePlace } from "../../../lib/extract/resolve-place";

const placeIn = (s: string) => pickPlace(findPlaces(s), s.length)?.name ?? null;

describe("resolvePlace", () => {
  it("finds cities in the gazetteer, preferring the theatre of war (Odessa, Ukraine, not Texas)", () => {
    expect(resolvePlace("Odessa")).toMatchObject({ country: "UA" });
    expect(resolvePlace("Izmail")).toMatchObject({ name: "Izmail", country: "UA" });
    const izmail = resolvePlace("Izmail");
    expect(izmail?.lat).toBeCloseTo(45.35, 1);
    expect(izmail?.lon).toBeCloseTo(28.84, 1);
  });

  it("codes Crimea and Sevastopol as UA", () => {
    expect(resolvePlace("Crimea")?.country).toBe("UA");
    expect(resolvePlace("Sevastopol")?.country).toBe("UA");
  });

  it("knows hand-listed regions, landmarks and spellings", () => {
    expect(resolvePlace("Kursk region")?.country).toBe("RU");
    expect(resolvePlace("Odessa region")?.name).toBe("Odesa region");
    expect(resolvePlace("Black Sea")).toMatchObject({ name: "Black Sea", country: null });
    expect(resolvePlace("Plauru")?.country).toBe("RO");
    expect(resolvePlace("Kramatorsk")?.country).toBe("UA");
    expect(resolvePlace("Kiev")?.name).toBe("Kyiv");
  });

  it("makes 'X region' of any known X, and returns null for unknown names", () => {
    expect(resolvePlace("Poltava region")?.country).toBe("UA");
    expect(resolvePlace("Tver region")?.country).toBe("RU");
    expect(resolvePlace("Qwertyvillezz")).toBeNull();
  });
});

describe("places in a sentence", () => {
  it("prefers the city to its region and peninsula", () => {
    expect(placeIn("Russian drones targeted the Ukrainian region of Odessa, damaging the port city of Izmail and injuring six people")).toBe("Izmail");
    expect(placeIn("a shipyard in Sevastopol on the Crimean peninsula annexed by Moscow, and injured 24 people")).toBe("Sevastopol");
  });

  it("does not take a capital used for its government ('Moscow claimed', 'Kiev had said')", () => {
    expect(placeIn("Moscow claimed to have shot down 42 drones where Kiev had said")).toBeNull();
    expect(placeIn("In Kyiv, two people were killed")).toBe("Kyiv");
  });

  it("keeps 'the town of X' even when no gazetteer knows X", () => {
    expect(placeIn("shelters were built in the village of Zzyzxovo near the border")).toBe("Zzyzxovo");
  });

  // The annotation guide joins several regions into one place, as written.
  it("names a region as 'X region' and a list of regions as written", () => {
    expect(placeIn("drones were shot down over the Belgorod region")).toBe("Belgorod region");
    expect(findPlaces("over the Moscow, Bryansk and Oryol regions")[0]).toMatchObject({ name: "Moscow, Bryansk and Oryol regions", country: "RU" });
    expect(placeIn("Russian attacks in Kherson, Donetsk, and Zaporizhzhia oblast injured eight")).toBe("Kherson, Donetsk, and Zaporizhzhia oblast");
    expect(placeIn("The Sumy regional military administration said")).toBe("Sumy region");
  });

  it("does not take origins ('launched from the Black Sea') or people ('Governor Oleh Kiper')", () => {
    expect(placeIn("missiles fired from the Black Sea")).toBeNull();
    expect(placeIn("regional governor Oleh Kiper said")).toBeNull();
  });
});
