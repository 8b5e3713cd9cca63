const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/*
 * Date inputs give whole days (yyyy-mm-dd) in Jakarta time: "until 27 Nov" includes everything up to the
 * end of 27 Nov in WIB. An empty or partial input means no bound.
 */
export const wibDayStart = (day: string): string | undefined =>
  isDay(day) ? `${day}T00:00:00.000+07:00` : undefined;

export const wibDayEnd = (day: string): string | undefined =>
  isDay(day) ? `${day}T23:59:59.999+07:00` : undefined;
