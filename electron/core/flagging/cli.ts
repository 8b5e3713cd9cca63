/*
 * npm run flag -- --input FILE.jsonl [--train FILE.jsonl]
 * Prints one JSON line per input line: {"id","scores","suggested","reasons"}, or {"line","error"}
 * for a bad line. With --train, a model is first trained on that file's verdicts and joins the rules.
 * Exit 0 unless a file cannot be read or the arguments are wrong (2).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { flagItem } from '../../../shared/flagging/flag.ts';
import { learnFromVerdicts } from '../../../shared/flagging/learn.ts';
import { loadModel, type FlagModel } from '../../../shared/flagging/model/logistic.ts';
import type { Lexicon } from '../../../shared/flagging/lexicon.ts';
import { readItems, readVerdicts } from './jsonl.ts';
import { shippedLexicon } from './lists.ts';

const USAGE = 'usage: npm run flag -- --input FILE.jsonl [--train FILE.jsonl]';

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    return fail(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function args(): { input: string; train: string | undefined } {
  try {
    const { values } = parseArgs({
      options: { input: { type: 'string' }, train: { type: 'string' } },
      strict: true,
    });
    if (values.input === undefined) return fail('--input is required');
    return { input: values.input, train: values.train };
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}

/** Bad training lines go to stderr (stdout answers the input file, line for line). */
function trained(path: string, lexicon: Lexicon): FlagModel {
  const verdicts = [];
  for (const result of readVerdicts(readText(path))) {
    if (result.ok) verdicts.push({ text: result.value.text, label: result.value.verdict });
    else process.stderr.write(`${JSON.stringify({ file: path, line: result.line, error: result.error })}\n`);
  }
  return loadModel(learnFromVerdicts(verdicts, lexicon));
}

function main(): void {
  const { input, train } = args();
  const content = readText(input);
  const lexicon = shippedLexicon();
  const model = train === undefined ? undefined : trained(train, lexicon);
  const out: string[] = [];
  for (const result of readItems(content)) {
    if (!result.ok) {
      out.push(JSON.stringify({ line: result.line, error: result.error }));
      continue;
    }
    const { id, text, handle } = result.value;
    try {
      const { scores, suggested, reasons } = flagItem(
        handle === undefined ? { text } : { text, handle },
        lexicon,
        model,
      );
      out.push(JSON.stringify({ id, scores, suggested, reasons }));
    } catch (error) {
      // Scoring never blocks work: one item that breaks the engine is reported, the rest go on.
      out.push(
        JSON.stringify({
          line: result.line,
          error: `scoring failed: ${error instanceof Error ? error.message : String(error)}`,
        }),
      );
    }
  }
  process.stdout.write(out.length === 0 ? '' : `${out.join('\n')}\n`);
}

main();
