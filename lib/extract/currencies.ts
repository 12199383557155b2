/**
 * Currencies by ISO 4217 code, symbol and name. "Crowns"/"kroner" are Danish, Norwegian,
 * Swedish or Czech depending on who pays, so they resolve through the donor's country.
 */

// The donors' currencies, with the Central European, Balkan and Asian ones that pledges to Ukraine are given in.
export const CURRENCY_CODES = ["USD", "EUR", "GBP", "DKK", "NOK", "SEK", "PLN", "JPY", "CHF", "CAD", "AUD", "UAH", "CZK", "RUB", "ISK", "SGD", "HKD", "NZD", "HUF", "RON", "BGN", "TRY", "KRW", "CNY"];

export const SYMBOLS: Record<string, string> = {
  "US$": "USD", "$": "USD", "C$": "CAD", "CA$": "CAD", "A$": "AUD", "AU$": "AUD", "S$": "SGD", "HK$": "HKD", "NZ$": "NZD", "€": "EUR", "£": "GBP", "¥": "JPY", "₴": "UAH",
};

/** Currency names (lowercase, singular and plural); null means "ask the donor's country". */
const NAMES: Record<string, string | null> = {
  euro: "EUR", euros: "EUR", dollar: "USD", dollars: "USD", "us dollars": "USD", "u.s. dollars": "USD",
  "american dollars": "USD", "canadian dollars": "CAD", "australian dollars": "AUD",
  "singapore dollars": "SGD", "new zealand dollars": "NZD", "hong kong dollars": "HKD",
  pound: "GBP", pounds: "GBP", "pounds sterling": "GBP", sterling: "GBP",
  crown: null, crowns: null, krone: null, kroner: null, kronor: null, krona: null,
  "danish crowns": "DKK", "danish kroner": "DKK", "danish krone": "DKK",
  "norwegian crowns": "NOK", "norwegian kroner": "NOK", "norwegian krone": "NOK",
  "swedish crowns": "SEK", "swedish kronor": "SEK", "swedish krona": "SEK",
  "czech crowns": "CZK", koruna: "CZK", korunas: "CZK", koruny: "CZK", "icelandic kronur": "ISK",
  zloty: "PLN", zlotys: "PLN", zlotych: "PLN", hryvnia: "UAH", hryvnias: "UAH", hryvnias_: "UAH",
  // Both transliterations of the hryvnia (Ukrainian and Russian): hryvnya, hryvnas, grivna, grivnas, grivnya.
  hryvnya: "UAH", hryvnyas: "UAH", hryvnas: "UAH", hryvna: "UAH", grivna: "UAH", grivnas: "UAH", grivnya: "UAH", grivnyas: "UAH",
  forint: "HUF", forints: "HUF", lei: "RON", "romanian lei": "RON", leva: "BGN", "bulgarian leva": "BGN",
  "turkish lira": "TRY", "turkish liras": "TRY", "korean won": "KRW", "south korean won": "KRW", yuan: "CNY", renminbi: "CNY",
  "swiss franc": "CHF", "japanese yen": "JPY", "polish zloty": "PLN", "polish zlotys": "PLN", "ukrainian hryvnias": "UAH",
  yen: "JPY", "swiss francs": "CHF", francs: "CHF", rouble: "RUB", roubles: "RUB", ruble: "RUB", rubles: "RUB",
};

export const CURRENCY_NAMES_SOURCE = Object.keys(NAMES)
  .filter((n) => !n.endsWith("_"))
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/\./g, "\\.").replace(/ /g, "\\s+"))
  .join("|");

const CROWN_BY_COUNTRY: Record<string, string> = { DK: "DKK", NO: "NOK", SE: "SEK", CZ: "CZK", IS: "ISK" };

/** ISO code for a currency name; crowns follow the donor country. Null when undecidable. */
export function currencyOfName(name: string, donor: string | null): string | null {
  const key = name.toLowerCase().replace(/\s+/g, " ");
  const code = NAMES[key];
  if (code) return code;
  if (code === null) return donor ? (CROWN_BY_COUNTRY[donor] ?? null) : null;
  return null;
}

/** A donor's home currency, to guess the donor when only the currency tells (DKK → DK). */
export const HOME_COUNTRY: Record<string, string> = {
  DKK: "DK", NOK: "NO", SEK: "SE", GBP: "GB", JPY: "JP", PLN: "PL", CAD: "CA", AUD: "AU", CHF: "CH", CZK: "CZ", ISK: "IS",
  HUF: "HU", RON: "RO", BGN: "BG", TRY: "TR", KRW: "KR", CNY: "CN",
};
