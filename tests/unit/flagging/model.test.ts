import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  flagItem,
  learnFromVerdicts,
  modelFromJson,
  type LabelledText,
} from '../../../shared/flagging/index.ts';
import { readVerdicts } from '../../../electron/core/flagging/jsonl.ts';
import { LEXICON } from './lexicon.ts';

const verdicts: LabelledText[] = readVerdicts(
  readFileSync(new URL('../../fixtures/flagging/labelled.jsonl', import.meta.url), 'utf8'),
).flatMap((r) => (r.ok ? [{ text: r.value.text, label: r.value.verdict }] : []));

describe('the learned model', () => {
  it('is deterministic: the same verdicts give the same JSON, byte for byte', () => {
    const a = JSON.stringify(learnFromVerdicts(verdicts, LEXICON));
    const b = JSON.stringify(learnFromVerdicts(verdicts, LEXICON));
    expect(a).toBe(b);
  });

  it('survives a JSON round trip and predicts the same', () => {
    const json = learnFromVerdicts(verdicts, LEXICON);
    const loaded = modelFromJson(JSON.parse(JSON.stringify(json)));
    const direct = modelFromJson(json);
    if (!loaded.ok || !direct.ok) throw new Error('model did not load');
    const text = 'admin lemot, jalan di Kawalu rusak';
    expect(flagItem({ text }, LEXICON, loaded.model)).toEqual(flagItem({ text }, LEXICON, direct.model));
  });

  it('refuses a broken stored model with a reason', () => {
    const result = modelFromJson({ kind: 'logistic-regression', version: 1 });
    expect(result.ok).toBe(false);
  });

  it('says in the reasons that it took part', () => {
    const json = learnFromVerdicts(verdicts, LEXICON);
    const loaded = modelFromJson(json);
    if (!loaded.ok) throw new Error(loaded.error);
    const f = flagItem({ text: 'selamat pagi semua' }, LEXICON, loaded.model);
    expect(f.reasons.some((r) => r.kind === 'model')).toBe(true);
  });
});
