import { findActors } from './actors/index';
import { detectAppeals } from './appeals/index';
import { findStatements } from './attribution/index';
import { findNumbers } from './numbers/index';
import { prepareText } from './text/prepare';
import { ANALYSIS_SCHEMA_VERSION, type Analysis, type AnalyzeMeta, type Span } from './types';

/** Options for {@link analyze}. */
export interface AnalyzeOptions {
  /** Record per-stage timings (ms) in `Analysis.timings`. Uses `performance.now()` where available. */
  timings?: boolean;
}

const now: () => number =
  typeof performance !== 'undefined' && typeof performance.now === 'function' ? () => performance.now() : () => Date.now();

/**
 * Analyses an article's plain text: who said what, appeals, actors and key numbers.
 *
 * Pure: no DOM, no browser APIs, no I/O — the same function runs in the content script, the CLI and tests.
 * Stages run in dependency order: appeals first (so everything inside an appeal is flagged `inAppeal`
 * and kept out of the story), then statements, then actors (which resolve statement sources), then numbers
 * (which link to the statements they occur in).
 *
 * @param text the article text; every offset in the result indexes into it.
 * @param meta metadata and page-level signals from the extractor.
 */
export function analyze(text: string, meta: AnalyzeMeta = {}, options: AnalyzeOptions = {}): Analysis {
  const timings: Record<string, number> = {};
  let t = now();
  const lap = (stage: string) => {
    if (!options.timings) return;
    const n = now();
    timings[stage] = n - t;
    t = n;
  };

  const doc = prepareText(typeof text === 'string' ? text : '');
  lap('prepare');
  const appeals = detectAppeals(doc, meta.page);
  const appealSpans: Span[] = [];
  for (const a of appeals) if (a.start !== null && a.end !== null) appealSpans.push({ start: a.start, end: a.end });
  lap('appeals');
  const statements = findStatements(doc);
  for (const s of statements) s.inAppeal = appealSpans.some((a) => s.start >= a.start && s.end <= a.end);
  lap('attribution');
  const actors = findActors(doc, statements, appealSpans);
  lap('actors');
  const numbers = findNumbers(doc, statements, appealSpans);
  lap('numbers');

  const analysis: Analysis = {
    schemaVersion: ANALYSIS_SCHEMA_VERSION,
    text: doc.text,
    title: meta.title ?? null,
    byline: meta.byline ?? null,
    siteName: meta.siteName ?? null,
    publishedTime: meta.publishedTime ?? null,
    url: meta.url ?? null,
    paragraphs: doc.paragraphs,
    statements,
    appeals,
    actors,
    numbers,
    partial: appeals.some((a) => a.truncatesArticle === true),
  };
  if (options.timings) analysis.timings = timings;
  return analysis;
}
