import { z } from 'zod';
import { LIMITS } from './limits.ts';
import { Slug } from './master.ts';

/** What a canned response may say about its item; the form fills these in from the open complaint. */
export const PLACEHOLDERS = ['nama_pelapor', 'nomor', 'dinas', 'tenggat'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type TemplateValues = Partial<Record<Placeholder, string>>;

/** A canned response, for one category or (categoryId null) for any. */
export const ResponseTemplate = z.strictObject({
  id: z.number().int(),
  categoryId: Slug.nullable(),
  title: z.string(),
  body: z.string(),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type ResponseTemplate = z.infer<typeof ResponseTemplate>;

/** What an admin saves: a new template without an id, an edit with one. */
export const ResponseTemplateInput = z.strictObject({
  id: z.number().int().min(1).optional(),
  categoryId: Slug.nullable(),
  title: z.string().trim().min(1).max(LIMITS.shortText),
  body: z.string().trim().min(1).max(LIMITS.noteText),
});
export type ResponseTemplateInput = z.infer<typeof ResponseTemplateInput>;

const PLACEHOLDER = /\{([a-z_]+)\}/g;

const isPlaceholder = (name: string): name is Placeholder => PLACEHOLDERS.some((p) => p === name);

/**
 * Fills {placeholders} in. One that is unknown, or whose value is not known yet (no deadline, say), stays
 * as written, so the person sending the text sees what is missing instead of an empty gap.
 */
export function renderTemplate(body: string, values: TemplateValues): string {
  return body.replace(PLACEHOLDER, (whole, name: string) => {
    if (!isPlaceholder(name)) return whole;
    return values[name] ?? whole;
  });
}
