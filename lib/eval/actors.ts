/**
 * `npm run eval -- actors --corpus FILE.jsonl [--json OUT] [--dump-pred FILE]`: scores actor mentions as
 * named-entity recognition on CoNLL-format documents (`{"id","text","entities":[{start,end,type}]}`).
 *
 * Every actor mention becomes an entity: person -> PER, organization -> ORG, place -> LOC; a government
 * seat keeps the type of its surface (a capital or a building like "White House" is LOC, an institution
 * like "the Kremlin" ORG), as CoNLL annotates surfaces, not referents. Scored exactly like the corpus's
 * `score.mjs` (exact span + type, per type and micro overall over PER, ORG, LOC); when that script sits
 * beside the corpus it is also run on the dumped predictions and the two results are compared.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findActors } from '../core/actors/index';
import { knownOrg, placeInfo } from '../core/actors/gazetteer';
import { prepareText } from '../core/text/prepare';
import type { Actor } from '../core/types';

/** An entity span with its CoNLL type. */
export interface Entity {
  start: number;
  end: number;
  type: string;
}

/** Exact-match counts for one type. */
export interface TypeCounts {
  gold: number;
  pred: number;
  tp: number;
}

/** Precision, recall and F1 of a count row (0 when undefined, as score.mjs does). */
export function prf(c: TypeCounts): { p: number; r: number; f: number } {
  const p = c.pred ? c.tp / c.pred : 0;
  const r = c.gold ? c.tp / c.gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

/**
 * Exact-span scoring of one document, added into `rows` (one row per type plus `overall`). A prediction
 * is correct when a not-yet-matched gold entity has the same start, end and type (multiset matching).
 */
export function scoreDocument(gold: readonly Entity[], pred: readonly Entity[], types: readonly string[], rows: Record<string, TypeCounts>): void {
  for (const t of types) {
    const g = gold.filter((e) => e.type === t);
    const p = pred.filter((e) => e.type === t);
    const left = new Map<string, number>();
    for (const e of g) left.set(`${e.start}:${e.end}`, (left.get(`${e.start}:${e.end}`) ?? 0) + 1);
    let tp = 0;
    for (const e of p) {
      const k = `${e.start}:${e.end}`;
      const n = left.get(k) ?? 0;
      if (n > 0) {
        left.set(k, n - 1);
        tp++;
      }
    }
    for (const key of [t, 'overall']) {
      const row = (rows[key] ??= { gold: 0, pred: 0, tp: 0 });
      row.gold += g.length;
      row.pred += p.length;
      row.tp += tp;
    }
  }
}

/** The CoNLL type of one mention of an actor (see the module comment for government seats). */
export function mentionType(actor: Actor, surface: string): string {
  if (actor.government) return placeInfo(surface) || !knownOrg(surface) ? 'LOC' : 'ORG';
  return actor.type === 'person' ? 'PER' : actor.type === 'organization' ? 'ORG' : 'LOC';
}

/** Actor mentions of a text as typed entities, sorted by offset. */
export function entitiesOf(text: string, actors: readonly Actor[]): Entity[] {
  const out: Entity[] = [];
  for (const a of actors) for (const m of a.mentions) out.push({ start: m.start, end: m.end, type: mentionType(a, text.slice(m.start, m.end)) });
  return out.sort((x, y) => x.start - y.start);
}

type Analyzer = (text: string) => Actor[];

/** The full pipeline when every stage exists (so statements can help), else the actors stage alone. */
async function loadAnalyzer(): Promise<{ run: Analyzer; label: string }> {
  const here = dirname(fileURLToPath(import.meta.url));
  const stages = ['appeals', 'attribution', 'numbers'].map((s) => join(here, '..', 'core', s, 'index.ts'));
  if (stages.every((p) => existsSync(p))) {
    try {
      const { analyze } = await import('../core/analyze');
      return { run: (text) => analyze(text).actors, label: 'analyze()' };
    } catch {
      // A stage that does not load yet: fall back to the actors stage alone.
    }
  }
  return { run: (text) => findActors(prepareText(text), [], []), label: 'prepareText + findActors' };
}

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/** Runs the evaluation; returns the process exit code. */
export async function run(args: string[]): Promise<number> {
  const corpus = argValue(args, '--corpus');
  if (!corpus) {
    process.stderr.write('usage: npm run eval -- actors --corpus FILE.jsonl [--json OUT] [--dump-pred FILE]\n');
    return 2;
  }
  const types = ['PER', 'ORG', 'LOC'];
  const records = readFileSync(corpus, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; text: string; entities: Entity[] });
  const { run: analyzeText, label } = await loadAnalyzer();
  const rows: Record<string, TypeCounts> = {};
  const dump: string[] = [];
  let words = 0;
  let ms = 0;
  for (const rec of records) {
    const t0 = performance.now();
    const actors = analyzeText(rec.text);
    ms += performance.now() - t0;
    words += rec.text.split(/\s+/).filter(Boolean).length;
    const pred = entitiesOf(rec.text, actors);
    scoreDocument(rec.entities, pred, types, rows);
    dump.push(JSON.stringify({ id: rec.id, entities: pred }));
  }
  const result: Record<string, { gold: number; pred: number; tp: number; p: number; r: number; f: number }> = {};
  const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
  process.stdout.write(`actors: ${records.length} documents, ${words} words, via ${label}; ${(ms / (words / 1000)).toFixed(2)} ms per 1,000 words\n`);
  process.stdout.write('type     |  gold  pred |   P     R     F1\n');
  for (const t of [...types, 'overall']) {
    const row = rows[t] ?? { gold: 0, pred: 0, tp: 0 };
    const m = prf(row);
    result[t] = { ...row, ...m };
    process.stdout.write(`${t.padEnd(8)} | ${String(row.gold).padStart(5)} ${String(row.pred).padStart(5)} | ${pct(m.p)} ${pct(m.r)} ${pct(m.f)}\n`);
  }
  const dumpFile = argValue(args, '--dump-pred') ?? join(mkdtempSync(join(tmpdir(), 'sm-actors-')), 'pred.jsonl');
  writeFileSync(dumpFile, dump.join('\n') + '\n');
  const scorer = join(dirname(corpus), 'score.mjs');
  if (existsSync(scorer)) {
    const outJson = `${dumpFile}.score.json`;
    execFileSync(process.execPath, [scorer, corpus, dumpFile, '--types', types.join(','), '--json', outJson], { stdio: 'ignore' });
    const ref = JSON.parse(readFileSync(outJson, 'utf8')) as { result: Record<string, { exact: { f: number; p: number; r: number } }> };
    const agree = [...types, 'overall'].every(
      (t) => Math.abs((ref.result[t]?.exact.f ?? -1) - (result[t]?.f ?? -2)) < 1e-9 && Math.abs((ref.result[t]?.exact.p ?? -1) - (result[t]?.p ?? -2)) < 1e-9,
    );
    process.stdout.write(`score.mjs: overall exact F1 ${pct(ref.result.overall?.exact.f ?? 0)} — ${agree ? 'agrees' : 'DISAGREES'} with this scorer\n`);
    if (!agree) return 1;
  }
  const jsonOut = argValue(args, '--json');
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ corpus, documents: records.length, words, msPer1000Words: ms / (words / 1000), result }, null, 2) + '\n');
  return 0;
}
