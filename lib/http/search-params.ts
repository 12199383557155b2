import { invalidParameter } from "./api-error";

/**
 * URLSearchParams → a plain object for a zod schema. Keys in `listKeys` may repeat or hold
 * comma-separated values and become arrays; any other key must appear once. Keys the schema
 * does not know are refused, so a typo ("contry=RO") is an error rather than a silent no-op.
 */
export function searchParamsToObject(
  params: URLSearchParams,
  knownKeys: readonly string[],
  listKeys: readonly string[],
): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    if (!knownKeys.includes(key)) {
      throw invalidParameter(key, `unknown parameter "${key}": allowed parameters are ${knownKeys.join(", ")}`);
    }
    const values = params.getAll(key);
    if (listKeys.includes(key)) {
      out[key] = values.flatMap((v) => v.split(",")).map((v) => v.trim()).filter((v) => v !== "");
    } else if (values.length > 1) {
      throw invalidParameter(key, `parameter "${key}" was given ${values.length} times: give it once`);
    } else {
      out[key] = values[0] ?? "";
    }
  }
  return out;
}
