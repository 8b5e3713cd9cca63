import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { shippedMasterData } from '../electron/core/master/seed.ts';
import type { DeadlineProfileInput } from '../shared/index.ts';
import type { MasterParts } from './store/types.ts';

const WORDLISTS = fileURLToPath(new URL('../resources/wordlists/', import.meta.url));
const WordList = z.object({ terms: z.array(z.string().trim().min(1)).min(1) });

/**
 * SP4N-LAPOR!'s clocks for the city and the faster disaster clock: the same defaults the desktop's
 * migration 003 seeds (a migration is a frozen snapshot, so it cannot be imported from).
 */
const DEFAULT_PROFILES: DeadlineProfileInput[] = [
  { categoryId: null, stage: 'verifikasi', amount: 3, unit: 'hari_kerja' },
  { categoryId: null, stage: 'tindak_lanjut', amount: 5, unit: 'hari_kerja' },
  { categoryId: null, stage: 'konfirmasi', amount: 10, unit: 'hari_kerja' },
  { categoryId: 'bencana', stage: 'verifikasi', amount: 6, unit: 'jam' },
  { categoryId: 'bencana', stage: 'tindak_lanjut', amount: 1, unit: 'hari_kerja' },
];

/** Every word list shipped in resources/wordlists/, by file name; a broken file stops the start. */
function shippedWordlists(): Record<string, string[]> {
  const lists: Record<string, string[]> = {};
  for (const file of readdirSync(WORDLISTS)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const parsed = WordList.safeParse(JSON.parse(readFileSync(WORDLISTS + file, 'utf8')));
    if (!parsed.success)
      throw new Error(`resources/wordlists/${file} is not a word list: ${parsed.error.message}`);
    lists[file.replace(/\.json$/, '')] = parsed.data.terms;
  }
  return lists;
}

/**
 * What a new hub starts with. Shipped parts are refreshed on every start (so an updated city file
 * reaches the hub); deadline profiles and holidays are the admin's, so they are only seeded once.
 */
export function shippedMaster(current: MasterParts | null): MasterParts {
  return {
    data: shippedMasterData(),
    wordlists: shippedWordlists(),
    deadlineProfiles: current?.deadlineProfiles ?? DEFAULT_PROFILES,
    holidays: current?.holidays ?? [],
  };
}
