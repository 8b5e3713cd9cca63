/** Today's date in Jakarta as yyyy-mm-dd (en-CA writes dates that way). */
export const wibToday = (): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());

/**
 * When a follow-up recorded for `day` happened: now if it is today, else midday WIB of that day (the
 * hour is unknown; midday keeps it inside the day whichever way it is read).
 */
export const respondedAtFor = (day: string): string =>
  day === wibToday() ? new Date().toISOString() : `${day}T12:00:00+07:00`;
