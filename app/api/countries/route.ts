import { countriesQuerySpec } from "@/lib/countries/countries-endpoint";
import { getCountries } from "@/lib/countries/get-countries";
import { getDb } from "@/lib/db/client";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";
export const GET = route({ query: countriesQuerySpec }, async ({ query }) => Response.json(await getCountries(getDb(), query)));
