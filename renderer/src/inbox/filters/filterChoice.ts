import type { Channel, ComplaintFilters, FlagRisk, Status, Verdict } from '../../../../shared/index.ts';
import { LIKELY } from '../../flags/level.ts';
import { wibDayEnd, wibDayStart } from '../../ui/wibDay.ts';

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
  /** Only items past a deadline someone must meet. */
  overdue: boolean;
  /** Only items automatic flagging found likely (≥ LIKELY) to be this risk. */
  flag: FlagRisk | '';
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
  overdue: false,
  flag: '',
};

const one = <T extends string>(value: T | '') => (value === '' ? undefined : [value]);

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
    receivedFrom: wibDayStart(choice.from),
    receivedTo: wibDayEnd(choice.to),
    overdue: choice.overdue ? true : undefined,
    flag: choice.flag === '' ? undefined : { label: choice.flag, min: LIKELY },
    text: words === '' ? undefined : words,
  };
}
