/**
 * `npm run eval -- appeals --pages DIR [--json OUT] [--verbose]`: scores appeal detection on saved web
 * pages labelled in `DIR/appeals.json` (readability-pages format: `DIR/<page>/source.html`).
 *
 * Each page goes through the product path: linkedom -> `extractArticle` (forced) -> `collectPageSignals`
 * on the original document -> `analyze(text, {...meta, page})`. Reported:
 * - in-article recall: labelled in-article appeals found (an article appeal overlapping the labelled
 *   snippet; kind agreement reported too);
 * - false in-article flags: pages with no labelled in-article appeal that get an article appeal;
 * - page-level recall: pages with a non-navigation appeal anywhere that get any appeal;
 * - clean pages flagged: pages without any labelled appeal that get any appeal.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Appeal, AppealKind, AnalyzeMeta } from '../core/types';
import { extractArticle } from '../dom/extract';
import { collectPageSignals } from '../dom/page-signals';

/** One labelled appeal of appeals.json. */
export interface LabelledAppeal {
  kind: AppealKind;
  text_snippet: string;
  where: 'nav' | 'promo' | 'modal' | 'inline' | 'markup';
  note?: string;
  uncertain?: boolean;
}

/** One page of appeals.json. */
export interface LabelledPage {
  page: string;
  category?: string;
  in_source: LabelledAppeal[];
  in_article: LabelledAppeal[];
}

/** Per-page outcome. */
export interface PageOutcome {
  page: string;
  error?: string;
  articleAppeals: { kind: AppealKind; text: string }[];
  pageAppeals: { kind: AppealKind; text: string; evidence?: string }[];
  /** Labelled in-article appeals and whether each was found. */
  inArticle: { kind: AppealKind; snippet: string; located: boolean; found: boolean; kindOk: boolean }[];
  ms: number;
}

/** Aggregate figures. */
export interface AppealsReport {
  pages: number;
  inArticle: { labelled: number; found: number; kindOk: number };
  falseInArticle: { pages: number; flagged: number; names: string[] };
  pageLevel: { labelled: number; found: number; recall: number; missed: string[] };
  clean: { pages: number; flagged: number; names: string[] };
  navOnly: { pages: number; flagged: number };
  msPerPage: number;
  perPage: PageOutcome[];
}

/** Lower-cases, folds quotes and dashes, collapses whitespace; `map[i]` = offset in the original of char i. */
export function normalizeWithMap(s: string): { norm: string; map: number[] } {
  let norm = '';
  const map: number[] = [];
  let space = true;
  for (let i = 0; i < s.length; i++) {
    let c = s[i];
    if (/\s/.test(c)) {
      if (space) continue;
      c = ' ';
      space = true;
    } else {
      space = false;
      c = c.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-');
    }
    norm += c;
    map.push(i);
  }
  return { norm: norm.trimEnd(), map };
}

/**
 * Where a labelled snippet occurs in `text`: labels abbreviate with "..." and "/" and add bracketed
 * notes, so the longest literal piece is searched. Null when no piece occurs.
 */
export function locateSnippet(text: string, snippet: string): { start: number; end: number } | null {
  const { norm, map } = normalizeWithMap(text);
  const pieces = snippet
    .split(/\.\.\.|…| \/ /)
    .map((p) => normalizeWithMap(p).norm.trim())
    .filter((p) => p.length >= 4)
    .sort((a, b) => b.length - a.length);
  for (const p of pieces) {
    const i = norm.indexOf(p);
    if (i >= 0) return { start: map[i], end: map[i + p.length - 1] + 1 };
  }
  return null;
}

type AppealsOf = (text: string, meta: AnalyzeMeta) => Appeal[];

/**
 * The product's `analyze`, reduced to its appeals. While another stage of the pipeline cannot be loaded
 * (a checkout in the middle of development), falls back to the appeals stage exactly as `analyze` calls
 * it, and says so.
 */
async function loadAnalyzer(): Promise<AppealsOf> {
  try {
    const { analyze } = await import('../core/analyze');
    return (text, meta) => analyze(text, meta).appeals;
  } catch (err) {
    process.stderr.write(`appeals: analyze() unavailable (${err instanceof Error ? err.message.split('\n')[0] : String(err)}); using detectAppeals(prepareText(text), meta.page)\n`);
    const [{ detectAppeals }, { prepareText }] = await Promise.all([import('../core/appeals/index'), import('../core/text/prepare')]);
    return (text, meta) => detectAppeals(prepareText(text), meta.page);
  }
}

/** Runs one page through extraction, page signals and analysis. */
export function evaluatePage(dir: string, label: LabelledPage, appealsOf: AppealsOf): PageOutcome {
  const t0 = performance.now();
  const out: PageOutcome = { page: label.page, articleAppeals: [], pageAppeals: [], inArticle: [], ms: 0 };
  const file = join(dir, label.page, 'source.html');
  if (!existsSync(file)) {
    out.error = 'source.html missing';
    return out;
  }
  const { document } = parseHTML(readFileSync(file, 'utf8'));
  const doc = document as unknown as Document;
  const r = extractArticle(doc, { force: true });
  const text = r.ok ? r.extraction.text : '';
  if (!r.ok) out.error = `not extracted: ${r.reason}`;
  const page = collectPageSignals(doc, text);
  const appeals = appealsOf(text, { ...(r.ok ? r.extraction.meta : {}), page });
  for (const a of appeals) {
    if (a.where === 'article') out.articleAppeals.push({ kind: a.kind, text: a.text });
    else out.pageAppeals.push({ kind: a.kind, text: a.text, evidence: a.evidence });
  }
  const spans = appeals.filter((a) => a.where === 'article' && a.start !== null && a.end !== null);
  for (const l of label.in_article) {
    const loc = locateSnippet(text, l.text_snippet);
    const hits = loc
      ? spans.filter((a) => (a.start as number) < loc.end && loc.start < (a.end as number))
      : spans.filter((a) => a.kind === l.kind);
    out.inArticle.push({
      kind: l.kind,
      snippet: l.text_snippet,
      located: loc !== null,
      found: hits.length > 0,
      kindOk: hits.some((a) => a.kind === l.kind),
    });
  }
  out.ms = performance.now() - t0;
  return out;
}

/** Aggregates per-page outcomes into the report's figures. */
export function aggregate(labels: readonly LabelledPage[], outcomes: readonly PageOutcome[]): AppealsReport {
  const byPage = new Map(labels.map((l) => [l.page, l]));
  const rep: AppealsReport = {
    pages: outcomes.length,
    inArticle: { labelled: 0, found: 0, kindOk: 0 },
    falseInArticle: { pages: 0, flagged: 0, names: [] },
    pageLevel: { labelled: 0, found: 0, recall: 0, missed: [] },
    clean: { pages: 0, flagged: 0, names: [] },
    navOnly: { pages: 0, flagged: 0 },
    msPerPage: 0,
    perPage: [...outcomes],
  };
  let ms = 0;
  for (const o of outcomes) {
    const l = byPage.get(o.page) as LabelledPage;
    ms += o.ms;
    const any = o.articleAppeals.length + o.pageAppeals.length > 0;
    for (const x of o.inArticle) {
      rep.inArticle.labelled++;
      if (x.found) rep.inArticle.found++;
      if (x.kindOk) rep.inArticle.kindOk++;
    }
    if (l.in_article.length === 0) {
      rep.falseInArticle.pages++;
      if (o.articleAppeals.length) {
        rep.falseInArticle.flagged++;
        rep.falseInArticle.names.push(o.page);
      }
    }
    if (l.in_source.some((a) => a.where !== 'nav')) {
      rep.pageLevel.labelled++;
      if (any) rep.pageLevel.found++;
      else rep.pageLevel.missed.push(o.page);
    } else if (l.in_source.length === 0) {
      rep.clean.pages++;
      if (any) {
        rep.clean.flagged++;
        rep.clean.names.push(o.page);
      }
    } else {
      rep.navOnly.pages++;
      if (any) rep.navOnly.flagged++;
    }
  }
  rep.pageLevel.recall = rep.pageLevel.labelled ? rep.pageLevel.found / rep.pageLevel.labelled : 0;
  rep.msPerPage = outcomes.length ? ms / outcomes.length : 0;
  return rep;
}

function arg(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

const clip = (s: string, n = 110) => {
  const f = s.replace(/\s+/g, ' ');
  return f.length > n ? `${f.slice(0, n)}…` : f;
};

/** Entry point: see the module doc. Returns the process exit code. */
export async function run(args: string[]): Promise<number> {
  const dir = arg(args, '--pages');
  if (!dir) {
    process.stderr.write('usage: npm run eval -- appeals --pages DIR [--json OUT] [--verbose]\n');
    return 2;
  }
  const verbose = args.includes('--verbose');
  const labels = JSON.parse(readFileSync(join(dir, 'appeals.json'), 'utf8')) as LabelledPage[];
  const appealsOf = await loadAnalyzer();
  const outcomes = labels.map((l) => evaluatePage(dir, l, appealsOf));
  const rep = aggregate(labels, outcomes);
  const w = (s: string) => process.stdout.write(`${s}\n`);
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : 'n/a');
  w(`appeals: ${rep.pages} pages from ${dir}`);
  w(`  in-article appeals found        ${rep.inArticle.found}/${rep.inArticle.labelled} (kind right ${rep.inArticle.kindOk})`);
  w(`  false in-article flags          ${rep.falseInArticle.flagged}/${rep.falseInArticle.pages} pages without one${rep.falseInArticle.names.length ? `: ${rep.falseInArticle.names.join(', ')}` : ''}`);
  w(`  page-level appeals found        ${rep.pageLevel.found}/${rep.pageLevel.labelled} pages (recall ${pct(rep.pageLevel.found, rep.pageLevel.labelled)})`);
  w(`  clean pages flagged             ${rep.clean.flagged}/${rep.clean.pages}${rep.clean.names.length ? `: ${rep.clean.names.join(', ')}` : ''}`);
  w(`  nav-only pages flagged (info)   ${rep.navOnly.flagged}/${rep.navOnly.pages}`);
  w(`  time                            ${rep.msPerPage.toFixed(1)} ms/page (extraction + signals + analysis)`);
  if (verbose) {
    for (const o of outcomes) {
      const l = labels.find((x) => x.page === o.page) as LabelledPage;
      const lines: string[] = [];
      if (o.error) lines.push(`  ! ${o.error}`);
      for (const x of o.inArticle) if (!x.found) lines.push(`  MISS in-article ${x.kind}${x.located ? '' : ' (snippet not in text)'}: ${clip(x.snippet)}`);
      if (l.in_article.length === 0) for (const a of o.articleAppeals) lines.push(`  FALSE in-article ${a.kind}: ${clip(a.text)}`);
      if (l.in_source.some((a) => a.where !== 'nav') && !o.articleAppeals.length && !o.pageAppeals.length) {
        lines.push(`  MISS page: ${l.in_source.filter((a) => a.where !== 'nav').map((a) => `${a.kind}/${a.where}: ${clip(a.text_snippet, 60)}`).join(' | ')}`);
      }
      if (l.in_source.length === 0) for (const a of [...o.articleAppeals, ...o.pageAppeals]) lines.push(`  FALSE clean ${a.kind}: ${clip(a.text)}`);
      for (const a of o.pageAppeals) if (l.in_source.length > 0) lines.push(`  page ${a.kind} (${a.evidence ?? ''}): ${clip(a.text)}`);
      if (lines.length) w(`${o.page}\n${lines.join('\n')}`);
    }
  }
  const json = arg(args, '--json');
  if (json) writeFileSync(json, `${JSON.stringify(rep, null, 2)}\n`);
  return 0;
}
