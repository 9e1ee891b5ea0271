/** The address of a country's page, by its ISO code in lower case (docs/decisions/026-country-pages.md). */
export function countryPath(code: string): string {
  return `/countries/${code.toLowerCase()}`;
}
