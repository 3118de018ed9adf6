// A lag in days as a researcher reads a law's: in years too once it passes a year (session 32 trial:
// "8369 天" for a 2020 provincial text carrying out a 1997 law had to be divided by hand).

/** Days in a year for the reading in years (the Gregorian mean). */
export const DAYS_PER_YEAR = 365.25;

/** The lag in years to one decimal, or null under a year (days then read as they are). */
export function lagYears(days: number): number | null {
  return Math.abs(days) >= 365 ? Math.round((days / DAYS_PER_YEAR) * 10) / 10 : null;
}
