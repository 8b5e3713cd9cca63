import { z } from 'zod';
import { LIMITS } from './limits.ts';

/** Ids of master data are short slugs ("pupr", "jalan-rusak") so they read well in logs and exports. */
export const Slug = z
  .string()
  .min(1)
  .max(LIMITS.idLength)
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'lowercase letters, digits, - and _ only');

export const Dinas = z.strictObject({
  id: Slug,
  name: z.string().min(1).max(LIMITS.shortText),
  shortName: z.string().min(1).max(40),
});
export type Dinas = z.infer<typeof Dinas>;

/** A category routes to a default dinas; the moderator may override at disposition. */
export const Category = z.strictObject({
  id: Slug,
  name: z.string().min(1).max(LIMITS.shortText),
  nameEn: z.string().min(1).max(LIMITS.shortText),
  defaultDinasId: Slug,
});
export type Category = z.infer<typeof Category>;

export const Kecamatan = z.strictObject({
  id: Slug,
  name: z.string().min(1).max(LIMITS.shortText),
});
export type Kecamatan = z.infer<typeof Kecamatan>;

export const MasterData = z.strictObject({
  city: z.strictObject({ id: Slug, name: z.string().min(1).max(LIMITS.shortText) }),
  kecamatan: z.array(Kecamatan),
  dinas: z.array(Dinas),
  categories: z.array(Category),
});
export type MasterData = z.infer<typeof MasterData>;
