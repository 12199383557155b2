import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";

/**
 * Passwords are hashed with scrypt (memory-hard, in node:crypto, so nothing native to build).
 * N = 2^15, r = 8, p = 1 uses 32 MiB and about 50–100 ms per hash here: OWASP's minimum for
 * scrypt is N = 2^17 with r = 8 at 128 MiB, or N = 2^15 with r = 8, p = 3; we take p = 3.
 * The parameters are stored with each hash, so raising them later keeps old hashes verifiable.
 */
const PARAMS = { N: 2 ** 15, r: 8, p: 3 };
const KEY_BYTES = 32;
const SALT_BYTES = 16;

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;

function derive(password: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize("NFC"), salt, KEY_BYTES, options, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

/** "scrypt$<N>$<r>$<p>$<salt base64>$<key base64>" */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, PARAMS);
  return ["scrypt", PARAMS.N, PARAMS.r, PARAMS.p, salt.toString("base64"), key.toString("base64")].join("$");
}

const STORED = /^scrypt\$(\d+)\$(\d+)\$(\d+)\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)$/;

/** Whether the password matches a stored hash, compared in constant time. A malformed hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const m = STORED.exec(stored);
  if (!m || password.length > MAX_PASSWORD_LENGTH) return false;
  const [N, r, p] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Refuse parameters that would let a tampered row make every login cost seconds.
  if (N > 2 ** 20 || r > 16 || p > 16) return false;
  const expected = Buffer.from(m[5]!, "base64");
  const key = await derive(password, Buffer.from(m[4]!, "base64"), { N, r, p });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

// Verified against when the login names no account, so a wrong name costs as long as a wrong password.
let dummyHash: Promise<string> | undefined;
export function passwordHashForTiming(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString("hex"));
  return dummyHash;
}

/** A password to show once: 20 characters from an unambiguous alphabet (about 114 bits). */
export function generatePassword(): string {
  const alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  const bytes = randomBytes(40);
  let out = "";
  for (const b of bytes) {
    // 56 letters: 4 × 56 = 224 ≤ 256, so rejecting 224..255 keeps every letter equally likely.
    if (b < 224) out += alphabet[b % 56];
    if (out.length === 20) break;
  }
  return out.length === 20 ? out : generatePassword();
}
