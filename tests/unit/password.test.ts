import { describe, expect, it } from "vitest";
import { generatePassword, hashPassword, verifyPassword } from "@/lib/auth/password";

describe("password hashing", () => {
  it("verifies the right password and refuses a wrong one", async () => {
    const stored = await hashPassword("correct horse battery");
    expect(await verifyPassword("correct horse battery", stored)).toBe(true);
    expect(await verifyPassword("correct horse batterY", stored)).toBe(false);
  });

  it("stores scrypt with its parameters and a fresh salt, never the password", async () => {
    const [a, b] = [await hashPassword("same password!"), await hashPassword("same password!")];
    expect(a).toMatch(/^scrypt\$32768\$8\$3\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain("same password");
  });

  it("treats composed and decomposed accents as the same password", async () => {
    const stored = await hashPassword("Ol\u00e9na's password");
    expect(await verifyPassword("Ole\u0301na's password", stored)).toBe(true);
  });

  it("never matches a malformed or tampered hash, nor one asking for absurd cost", async () => {
    expect(await verifyPassword("x", "")).toBe(false);
    expect(await verifyPassword("x", "plain-text-password")).toBe(false);
    expect(await verifyPassword("x", "scrypt$1073741824$8$1$AAAA$AAAA")).toBe(false);
  });

  it("generates 20-character passwords from an unambiguous alphabet, each different", () => {
    const passwords = new Set(Array.from({ length: 50 }, generatePassword));
    expect(passwords.size).toBe(50);
    for (const p of passwords) expect(p).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{20}$/);
  });
});
