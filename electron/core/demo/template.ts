import { strictAssert } from '../../../shared/assert.ts';

/** Words a phrase can leave open, filled per item from its place and circumstances. */
export const SLOT_KEYS = [
  'jalan',
  'tempat',
  'kel',
  'kec',
  'lama',
  'rt',
  'tps',
  'sungai',
  'dinas',
  'makian',
  'pejabat',
  'link',
] as const;
export type SlotKey = (typeof SLOT_KEYS)[number];
export type Slots = Readonly<Record<SlotKey, string>>;

/** A phrase split once at load, so filling a million of them is only concatenation. */
export type Template = { literals: readonly string[]; keys: readonly SlotKey[] };

const isSlotKey = (key: string): key is SlotKey => (SLOT_KEYS as readonly string[]).includes(key);

export function compile(source: string): Template {
  const parts = source.split(/\{(\w+)\}/);
  const literals: string[] = [];
  const keys: SlotKey[] = [];
  parts.forEach((part, i) => {
    if (i % 2 === 0) return literals.push(part);
    strictAssert(isSlotKey(part), `unknown slot {${part}} in "${source}"`);
    return keys.push(part);
  });
  return { literals, keys };
}

export function fill(template: Template, slots: Slots): string {
  let out = template.literals[0] ?? '';
  template.keys.forEach((key, i) => {
    out += slots[key] + (template.literals[i + 1] ?? '');
  });
  return out;
}
