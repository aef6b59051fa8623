/**
 * `npm run eval -- attribution --corpus FILE.jsonl [--speech-only] [--json OUT] [--dump-pred FILE]`
 *
 * Runs the full `analyze()` on every record of a PolNeAR-format corpus, turns the article statements
 * (not those inside appeals) into predictions and scores them with the project's port of the corpus
 * metric (`attribution-score.ts`), for all attributions and for speech cues only. When the corpus
 * directory ships its reference `score.mjs`, it is run too and its figures are compared with ours.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { findStatements } from '../core/attribution/index';
import { prepareText } from '../core/text/prepare';
import type { Statement } from '../core/types';
import {
  scoreAttributions,
  type AttributionDoc,
  type AttributionRecord,
  type AttributionScore,
  type Prf,
} from './attribution-score';

interface Args {
  corpus?: string;
  speechOnly: boolean;
  json?: string;
  dumpPred?: string;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { speechOnly: false };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const next = (): string => {
      if (i + 1 >= argv.length) throw new Error(`missing value for ${k}`);
      return argv[++i];
    };
    if (k === '--corpus') a.corpus = next();
    else if (k === '--speech-only') a.speechOnly = true;
    else if (k === '--json') a.json = next();
    else if (k === '--dump-pred') a.dumpPred = next();
    else throw new Error(`unknown argument: ${k}`);
  }
  return a;
}

/** Converts a statement to the corpus's prediction shape (surface source text, not the resolved name). */
export function toPrediction(s: Statement): AttributionRecord {
  const rec: AttributionRecord = {
    content: [s.start, s.end],
    source: s.source ? [s.source.start, s.source.end] : null,
    source_text: s.source ? s.source.text : null,
    cue: s.cue ? [s.cue.start, s.cue.end] : null,
  };
  if (s.fragments && s.fragments.length > 1) rec.content_spans = s.fragments.map((f): [number, number] => [f.start, f.end]);
  return rec;
}

function readJsonl(file: string): Map<string, AttributionDoc> {
  const docs = new Map<string, AttributionDoc>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line) as AttributionDoc;
    docs.set(String(d.id), d);
  }
  return docs;
}

const pct = (x: number | null): string => (x === null ? '   n/a' : `${(100 * x).toFixed(1).padStart(5)}%`);
const line = (name: string, r: Prf): string =>
  `  ${name.padEnd(22)} P ${pct(r.precision)}  R ${pct(r.recall)}  F1 ${pct(r.f1)}   (tp ${r.tp}, pred ${r.pred}, gold ${r.gold})`;

function report(title: string, s: AttributionScore): string {
  return [
    `${title}: ${s.documents} documents, gold scored ${s.goldScored} of ${s.goldTotal}, predictions scored ${s.predScored}`,
    line('content (overlap)', s.content),
    line('content (exact)', s.exact),
    line('joint content+source', s.joint),
    line('cue (overlap)', s.cue),
    line('cue (exact)', s.cueExact),
    `  source head accuracy ${pct(s.source.head)} (n=${s.source.matched}), lenient ${pct(s.source.lenient)}; ` +
      `non-pronoun gold ${pct(s.source.headNonPronoun)} (n=${s.source.nonPronoun}); ` +
      `no-source agreement ${pct(s.source.noSourceAgreement)} (n=${s.source.matchedWithoutSource})`,
  ].join('\n');
}

/** Runs the reference score.mjs and returns its JSON, or null when it is absent or fails. */
function referenceScore(scoreMjs: string, gold: string, pred: string, speechOnly: boolean, dir: string): Record<string, unknown> | null {
  const out = join(dir, speechOnly ? 'ref-speech.json' : 'ref-all.json');
  const argv = [scoreMjs, '--gold', gold, '--pred', pred, '--json', out];
  if (speechOnly) argv.push('--speech-only');
  try {
    execFileSync(process.execPath, argv, { stdio: ['ignore', 'ignore', 'pipe'] });
    return JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>;
  } catch (err) {
    process.stderr.write(`score.mjs failed: ${err instanceof Error ? err.message : String(err)}\n`);
    return null;
  }
}

/** Compares our figures with score.mjs's JSON field by field; returns the differing names. */
function compare(ours: AttributionScore, ref: Record<string, unknown>): string[] {
  const diffs: string[] = [];
  const eq = (name: string, a: unknown, b: unknown) => {
    if (JSON.stringify(a) !== JSON.stringify(b)) diffs.push(`${name}: ours ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
  };
  const src = ref.source_among_matched as Record<string, unknown>;
  eq('content', ours.content, ref.content_overlap);
  eq('exact', ours.exact, ref.content_exact);
  eq('joint', ours.joint, ref.joint_content_and_source);
  eq('cue', ours.cue, ref.cue_overlap);
  eq('cue exact', ours.cueExact, ref.cue_exact);
  eq('source head', ours.source.head, src.head_accuracy);
  eq('source lenient', ours.source.lenient, src.lenient_accuracy);
  eq('source head non-pronoun', ours.source.headNonPronoun, src.head_accuracy_non_pronoun_gold);
  eq('no-source agreement', ours.source.noSourceAgreement, src.no_source_agreement);
  return diffs;
}

type Pipeline = (text: string) => { statements: Statement[]; stageMs: number };

/**
 * The full `analyze()` (so appeals are excluded as in the product); when another stage cannot be loaded
 * yet, the attribution stage alone, announced on stderr so the figures are not mistaken for the product's.
 */
async function loadPipeline(): Promise<{ name: string; run: Pipeline }> {
  try {
    const { analyze } = await import('../core/analyze');
    return {
      name: 'analyze()',
      run: (text) => {
        const a = analyze(text, {}, { timings: true });
        return { statements: a.statements, stageMs: a.timings?.attribution ?? 0 };
      },
    };
  } catch (err) {
    process.stderr.write(`warning: analyze() unavailable (${err instanceof Error ? err.message.split('\n')[0] : String(err)}); scoring findStatements alone\n`);
    return {
      name: 'findStatements() alone',
      run: (text) => {
        const doc = prepareText(text);
        const t0 = performance.now();
        const statements = findStatements(doc);
        return { statements, stageMs: performance.now() - t0 };
      },
    };
  }
}

/** Entry point used by `lib/eval/main.ts`. Returns the process exit code. */
export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (!args.corpus) {
    process.stderr.write('usage: npm run eval -- attribution --corpus FILE.jsonl [--speech-only] [--json OUT] [--dump-pred FILE]\n');
    return 2;
  }
  const gold = readJsonl(args.corpus);
  const pred = new Map<string, AttributionDoc>();
  let words = 0;
  let stageMs = 0;
  let totalMs = 0;
  const pipeline = await loadPipeline();
  process.stdout.write(`pipeline: ${pipeline.name}\n`);
  for (const [id, doc] of gold) {
    const text = doc.text ?? '';
    words += (text.match(/\S+/g) ?? []).length;
    const t0 = performance.now();
    const { statements, stageMs: ms } = pipeline.run(text);
    totalMs += performance.now() - t0;
    stageMs += ms;
    const attributions = statements.filter((s) => !s.inAppeal).map(toPrediction);
    pred.set(id, { id, attributions });
  }
  const predLines = [...pred.values()].map((d) => JSON.stringify(d)).join('\n') + '\n';
  if (args.dumpPred) writeFileSync(args.dumpPred, predLines);

  const modes = args.speechOnly ? [true] : [false, true];
  const results: Record<string, AttributionScore> = {};
  const scoreMjs = join(dirname(args.corpus), 'score.mjs');
  const tmp = mkdtempSync(join(tmpdir(), 'sourcemark-attr-'));
  let agree = true;
  try {
    const predFile = join(tmp, 'pred.jsonl');
    writeFileSync(predFile, predLines);
    for (const speechOnly of modes) {
      const s = scoreAttributions(gold, pred, { speechOnly });
      const name = speechOnly ? 'speech-only' : 'all';
      results[name] = s;
      process.stdout.write(`${report(name, s)}\n`);
      if (existsSync(scoreMjs)) {
        const ref = referenceScore(scoreMjs, args.corpus, predFile, speechOnly, tmp);
        if (ref) {
          const diffs = compare(s, ref);
          if (diffs.length) agree = false;
          process.stdout.write(diffs.length ? `  score.mjs DISAGREES:\n    ${diffs.join('\n    ')}\n` : '  score.mjs agrees exactly\n');
        }
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const perK = (ms: number) => ((ms / Math.max(1, words)) * 1000).toFixed(3);
  process.stdout.write(
    `speed: attribution ${perK(stageMs)} ms per 1,000 words; whole ${pipeline.name} ${perK(totalMs)} ms per 1,000 words ` +
      `(${Math.round(words / (totalMs / 1000)).toLocaleString('en-US')} words/s, ${words} words)\n`,
  );
  if (args.json) writeFileSync(args.json, JSON.stringify(results, null, 2) + '\n');
  return agree ? 0 : 1;
}
