const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

/** Budgets and calls change every fiscal year: information more than a year old deserves a warning. */
export function isCatalogStale(asOf: string, now: number): boolean {
  return now - Date.parse(asOf) > YEAR_MS;
}
