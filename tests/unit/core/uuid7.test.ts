import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { uuid7 } from '../../../electron/core/db/uuid7.ts';

describe('uuid7', () => {
  it('makes valid, distinct version 7 UUIDs that sort in time order', () => {
    const ids = [1_700_000_000_000, 1_700_000_000_001, 1_800_000_000_000].flatMap((ms) =>
      Array.from({ length: 300 }, () => uuid7(ms)),
    );
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => z.uuid().safeParse(id).success && id[14] === '7')).toBe(true);
    const first = ids.slice(0, 300).sort().at(-1) ?? '';
    const later = ids.slice(300, 600).sort()[0] ?? '';
    expect(first < later).toBe(true);
  });
});
