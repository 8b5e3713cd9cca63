import { z } from 'zod';
import { Slug } from '../domain/master.ts';
import { ResponseTemplate } from '../domain/templates.ts';

/** Templates for one category: its own first, then those for any category. All when left out. */
export const TemplateQuery = z.strictObject({ categoryId: Slug.optional() });

export const TemplateKey = z.strictObject({ id: z.number().int().min(1) });

export const TemplateList = z.array(ResponseTemplate);
