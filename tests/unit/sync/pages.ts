import { randomUUID } from 'node:crypto';
import {
  NEW_COMPLAINT_STATE as NEW_STATE,
  versionsAt,
  type PullResponse,
  type SyncedComplaint,
} from '../../../shared/index.ts';

export { NEW_STATE };
export const versionsOf = (v = 0) => versionsAt(v);

/** A complaint as a hub would send it (for tests that apply pages without a hub). */
export function hubComplaint(n: number, patch: Partial<SyncedComplaint> = {}): SyncedComplaint {
  return {
    id: randomUUID(),
    caseNo: `2025-${String(n).padStart(6, '0')}`,
    channel: 'instagram',
    externalId: `hub-${n}`,
    authorHandle: `@warga${n}`,
    authorName: null,
    text: `Jalan berlubang nomor ${n}`,
    receivedAt: `2025-03-01T10:${String(n % 60).padStart(2, '0')}:00+07:00`,
    kecamatanId: 'cihideung',
    kelurahan: null,
    address: null,
    lat: null,
    lon: null,
    media: [],
    state: NEW_STATE,
    versions: versionsOf(),
    needsReview: false,
    version: 1,
    ...patch,
  };
}

export function page(patch: Partial<PullResponse>): PullResponse {
  return {
    hubEpoch: 'epoch-1',
    cursor: 1,
    headVersion: 1,
    more: false,
    lastClientSeq: 0,
    complaints: [],
    events: [],
    notes: [],
    responses: [],
    conflicts: [],
    master: null,
    ...patch,
  };
}
