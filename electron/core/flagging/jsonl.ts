/*
 * Reading the CLI's JSON Lines: {"id","text"} per line, plus "verdict" in a training file and an
 * optional "handle" (for impersonation). A bad line becomes an error with its line number; the
 * lines after it are still read.
 */
import { z } from 'zod';
import { FLAG_LABELS } from '../../../shared/flagging/types.ts';

const Item = z.object({
  id: z.union([z.string().min(1), z.number()]).transform(String),
  text: z.string().trim().min(1, 'text is empty'),
  handle: z.string().min(1).optional(),
});
const Verdict = Item.extend({ verdict: z.enum(FLAG_LABELS) });

export type Item = z.infer<typeof Item>;
export type VerdictItem = z.infer<typeof Verdict>;
export type LineResult<T> = { line: number; ok: true; value: T } | { line: number; ok: false; error: string };

function parseLine<T>(schema: z.ZodType<T>, raw: string, line: number): LineResult<T> {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return { line, ok: false, error: `not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return { line, ok: true, value: parsed.data };
  const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; ');
  return { line, ok: false, error: issues };
}

/** Non-blank lines, numbered from 1 as an editor shows them. */
function numberedLines(content: string): { line: number; raw: string }[] {
  return content
    .split(/\r?\n/)
    .map((raw, i) => ({ line: i + 1, raw }))
    .filter(({ raw }) => raw.trim() !== '');
}

export const readItems = (content: string): LineResult<Item>[] =>
  numberedLines(content).map(({ line, raw }) => parseLine(Item, raw, line));

export const readVerdicts = (content: string): LineResult<VerdictItem>[] =>
  numberedLines(content).map(({ line, raw }) => parseLine(Verdict, raw, line));
