import { IngestItem, type IngestItemResult, type MasterData } from '../../shared/index.ts';
import { issuesOf } from '../errors.ts';
import type { IngestDraft } from '../store/types.ts';

export type Checked = { drafts: { index: number; draft: IngestDraft }[]; invalid: IngestItemResult[] };

/** Lower-cased kecamatan names and ids → id, for the free-text place connectors send. */
export function kecamatanLookup(data: MasterData): Map<string, string> {
  return new Map(
    data.kecamatan.flatMap((k) => [[k.id, k.id] as const, [k.name.toLowerCase(), k.id] as const]),
  );
}

/**
 * Each item on its own: one bad item never fails the batch. An item repeating an earlier item's
 * (channel, externalId) in the same batch is refused and names that item, so the connector can see which.
 */
export function checkItems(items: readonly unknown[], kecamatan: Map<string, string>): Checked {
  const checked: Checked = { drafts: [], invalid: [] };
  const seen = new Map<string, number>();
  items.forEach((raw, index) => {
    const parsed = IngestItem.safeParse(raw);
    if (!parsed.success) {
      checked.invalid.push({ index, status: 'invalid', reasons: issuesOf(parsed.error) });
      return;
    }
    const item = parsed.data;
    const key = `${item.channel}\u0000${item.externalId}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      checked.invalid.push({
        index,
        status: 'invalid',
        reasons: [`externalId: the same channel and externalId as item ${earlier} of this batch`],
      });
      return;
    }
    seen.set(key, index);
    const place = item.place?.kecamatan?.trim().toLowerCase();
    checked.drafts.push({ index, draft: { item, kecamatanId: (place && kecamatan.get(place)) || null } });
  });
  return checked;
}
