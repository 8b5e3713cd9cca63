/** Kota Tasikmalaya's prefix on the receipt number a citizen can quote. */
const CASE_PREFIX = 'TSM';

/** The year as written in the received time (local to the sender's offset, so 23:30 WIB on 31 Dec stays). */
export const receiptYear = (receivedAt: string): number => Number(receivedAt.slice(0, 4));

export const caseNumber = (year: number, sequence: number): string =>
  `${CASE_PREFIX}-${year}-${String(sequence).padStart(6, '0')}`;
