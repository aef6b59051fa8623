/**
 * Loads a web page for the CLI (a file, an http(s) URL, or an HTML string), parses it with linkedom and
 * runs the same extraction and page-signal adapters as the extension.
 */
import { readFile } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import type { AnalyzeMeta } from '../core/types';
import { extractArticle } from '../dom/extract';
import { collectPageSignals } from '../dom/page-signals';

/** An extracted page, ready for `analyze(text, meta)`. */
export interface LoadedPage {
  text: string;
  meta: AnalyzeMeta;
}

/** Reads a page's HTML from a file path or an http(s) URL. */
export async function readHtml(pathOrUrl: string): Promise<string> {
  if (/^https?:\/\//i.test(pathOrUrl)) {
    const res = await fetch(pathOrUrl, { signal: AbortSignal.timeout(20_000), redirect: 'follow' });
    if (!res.ok) throw new Error(`HTTP ${res.status} for ${pathOrUrl}`);
    return res.text();
  }
  return readFile(pathOrUrl, 'utf8');
}

/**
 * Extracts the article of an HTML page. Always extracts (the CLI is an explicit request, like the
 * extension's "Analyse anyway"); throws with a clear message when there is no article text at all.
 */
export function extractFromHtml(html: string, url?: string): LoadedPage {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  const r = extractArticle(doc, { url, force: true });
  if (!r.ok) throw new Error(`no article found (${r.reason}${r.detail ? `: ${r.detail}` : ''})`);
  const page = collectPageSignals(doc, r.extraction.text);
  return { text: r.extraction.text, meta: { ...r.extraction.meta, page } };
}

/** Loads and extracts a page from a file path or URL. */
export async function loadPage(pathOrUrl: string, url?: string): Promise<LoadedPage> {
  const html = await readHtml(pathOrUrl);
  return extractFromHtml(html, url ?? (/^https?:/i.test(pathOrUrl) ? pathOrUrl : undefined));
}
