import { z } from "zod";
import { getDb } from "../db/client";
import { checkFilterConsistency, factFilterShape } from "../facts/filters";
import { errorResponse } from "../http/error-response";
import { searchParamsToObject } from "../http/search-params";
import { getCountries } from "./get-countries";

const { kind, status, from, to } = factFilterShape;
const countriesQuery = z.object({ kind, status, from, to }).superRefine(checkFilterConsistency);

/** GET /api/countries: the countries present under the other filters, for the filter bar. */
export async function handleCountriesRequest(request: Request): Promise<Response> {
  try {
    const params = new URL(request.url).searchParams;
    const q = countriesQuery.parse(searchParamsToObject(params, ["kind", "status", "from", "to"], ["kind", "status"]));
    return Response.json(await getCountries(getDb(), q));
  } catch (err) {
    return errorResponse(err);
  }
}
