/**
 * Runs the analysis core for a content script (`content->background:analyse`). The core lives here, in
 * the extension's own long-lived context: it is evaluated once and stays warm across pages, its work does
 * not block the page's main thread, and the content script does not carry it.
 */
import { analyze } from '../../lib/core/analyze';
import type { AnalyzeMeta } from '../../lib/core/types';
import type { AnalyseAnswer, ContentToBackgroundAnalyse } from '../../lib/protocol';

const str = (v: unknown, max = 2000): string | null => (typeof v === 'string' ? v.slice(0, max) : null);

/**
 * Keeps only the metadata fields the core knows, with the right types: the content script runs inside an
 * untrusted page, so what it sends is input, not fact.
 */
export function sanitizeMeta(meta: unknown): AnalyzeMeta {
  const m = (typeof meta === 'object' && meta !== null ? meta : {}) as Record<string, unknown>;
  const page = (typeof m.page === 'object' && m.page !== null ? m.page : {}) as Record<string, unknown>;
  const blocks = Array.isArray(page.blocks) ? page.blocks.slice(0, 300) : [];
  const WHERE = new Set(['nav', 'modal', 'banner', 'promo', 'inline', 'footer']);
  return {
    title: str(m.title), byline: str(m.byline), siteName: str(m.siteName), publishedTime: str(m.publishedTime, 100),
    url: str(m.url, 4000), lang: str(m.lang, 35),
    page: {
      accessibleForFree: typeof page.accessibleForFree === 'boolean' ? page.accessibleForFree : null,
      paywallSelector: str(page.paywallSelector, 500),
      paywallEvidence: page.paywallEvidence === 'json-ld' || page.paywallEvidence === 'microdata' ? page.paywallEvidence : null,
      blocks: blocks.flatMap((b: unknown) => {
        const o = (typeof b === 'object' && b !== null ? b : {}) as Record<string, unknown>;
        const text = str(o.text, 5000);
        if (!text || typeof o.where !== 'string' || !WHERE.has(o.where)) return [];
        return [{ text, where: o.where as 'nav', late: o.late === true, emailField: o.emailField === true }];
      }),
    },
  };
}

/** Analyses the text of a content script's message; never throws. */
export function analyseText(msg: ContentToBackgroundAnalyse): AnalyseAnswer {
  try {
    return { ok: true, analysis: analyze(msg.text, sanitizeMeta(msg.meta), { timings: true }) };
  } catch (err) {
    return { ok: false, error: `Analysis failed: ${err instanceof Error ? err.message : String(err)}`.slice(0, 300) };
  }
}
