import { describe, expect, it } from "vitest";
import { blankDraft, draftKind, fieldValue, patchOf, payloadOf } from "@/components/review/fact-draft";

describe("a fact's form draft", () => {
  it("a blank draft for a selection starts on the publication day with no kind", () => {
    const draft = blankDraft("2023-09-13");
    expect(draft.date).toBe("2023-09-13");
    expect(draftKind(draft)).toBeNull();
    expect(payloadOf(draft)).toEqual({});
  });

  it("sends empty as null, numbers as numbers, codes in upper case, and unparsable numbers as typed so the server names them", () => {
    expect(fieldValue("injury", "injured", " 24 ")).toBe(24);
    expect(fieldValue("injury", "injured", "")).toBeNull();
    expect(fieldValue("injury", "country", "ua")).toBe("UA");
    expect(fieldValue("aid", "currency", "dkk")).toBe("DKK");
    expect(fieldValue("injury", "injured", "two dozen")).toBe("two dozen");
  });

  it("a new fact's payload holds exactly its kind's fields", () => {
    const draft = { ...blankDraft("2023-09-13"), kind: "injury", country: "ua", injured: "24", amount: "5" };
    const payload = payloadOf(draft);
    expect(payload).toMatchObject({ kind: "injury", date: "2023-09-13", country: "UA", injured: 24 });
    expect(payload).not.toHaveProperty("amount");
  });

  it("an edit sends only what changed; a change of kind sends every field of the new kind", () => {
    const before = { ...blankDraft("2023-09-13"), kind: "injury", country: "UA", injured: "24" };
    expect(patchOf(before, { ...before, injured: "25" })).toEqual({ injured: 25 });
    expect(patchOf(before, before)).toEqual({});
    const asDrone = patchOf(before, { ...before, kind: "drone", count: "42" });
    expect(asDrone).toMatchObject({ kind: "drone", count: 42 });
    expect(asDrone).not.toHaveProperty("country");
    expect(Object.keys(asDrone)).toEqual(expect.arrayContaining(["claimant", "outcome"]));
  });
});
