import type { Channel, ComplaintFilters, Status, Verdict } from '../../../../shared/index.ts';

/** What the filter column shows: one value per select ('' = all), dates as the date inputs give them. */
export type FilterChoice = {
  status: Status | '';
  verdict: Verdict | '';
  channel: Channel | '';
  categoryId: string;
  dinasId: string;
  kecamatanId: string;
  /** yyyy-mm-dd, a day in Jakarta time */
  from: string;
  to: string;
};

export const NO_FILTERS: FilterChoice = {
  status: '',
  verdict: '',
  channel: '',
  categoryId: '',
  dinasId: '',
  kecamatanId: '',
  from: '',
  to: '',
};

const one = <T extends string>(value: T | '') => (value === '' ? undefined : [value]);
const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** The contract's filters for the choice and the (already debounced) search text. */
export function toFilters(choice: FilterChoice, text: string): ComplaintFilters {
  const words = text.trim();
  return {
    status: one(choice.status),
    verdict: one(choice.verdict),
    channel: one(choice.channel),
    categoryId: one(choice.categoryId),
    dinasId: one(choice.dinasId),
    kecamatanId: one(choice.kecamatanId),
    // Whole days in WIB: "until 27 Nov" includes everything received on 27 Nov in Jakarta.
    receivedFrom: isDay(choice.from) ? `${choice.from}T00:00:00.000+07:00` : undefined,
    receivedTo: isDay(choice.to) ? `${choice.to}T23:59:59.999+07:00` : undefined,
    text: words === '' ? undefined : words,
  };
}
