import { handleCountriesRequest } from "@/lib/countries/countries-endpoint";

export const dynamic = "force-dynamic";
export const GET = (request: Request) => handleCountriesRequest(request);
