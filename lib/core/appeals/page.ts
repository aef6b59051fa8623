import { prepareText } from '../text/prepare';
import type { Appeal, AppealKind, PageBlock, PageSignals } from '../types';
import { findBlocks, evidenceOf } from './article';
import { appealLabel } from './classify';
import type { CompiledLexicon } from './lexicon';

/** Longest excerpt kept for a page-level appeal's `text`. */
const EXCERPT_CHARS = 200;
/** Longest block text classified: appeals are short; this keeps a huge footer cheap. */
const MAX_BLOCK_CHARS = 4000;

/** Collapses whitespace and cuts `s` to `max` characters at a word boundary. */
export function excerpt(s: string, max = EXCERPT_CHARS): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

const EVIDENCE: Record<PageBlock['where'], string> = {
  modal: 'dialog',
  banner: 'banner',
  promo: 'promo',
  inline: 'inline',
  footer: 'footer',
  nav: 'nav',
};

/** The declared paywall (schema.org `isAccessibleForFree: false`) as a page-level appeal, if any. */
function markupPaywall(page: PageSignals): Appeal | null {
  if (page.accessibleForFree !== false) return null;
  const where = page.paywallEvidence === 'microdata' ? 'microdata' : 'json-ld';
  const sel = page.paywallSelector ? ` (paywalled part: ${page.paywallSelector})` : '';
  return {
    kind: 'paywall',
    start: null,
    end: null,
    text: excerpt(`The page declares that its content is not free to access${sel}.`),
    where: 'page',
    evidence: where,
    label: appealLabel('paywall', true),
    truncatesArticle: true,
  };
}

/**
 * Page-level appeals: the declared paywall plus every non-navigation block outside the article that the
 * same text classifier finds to be an appeal. Navigation (a "Subscribe" or "Donate" menu link) is the
 * site's furniture, not an appeal, so nav blocks are skipped. One appeal per kind is kept — the first
 * in page order — because a page repeats its promos (header, rail, footer).
 */
export function pageAppeals(lex: CompiledLexicon, page: PageSignals | undefined): Appeal[] {
  if (!page) return [];
  const out: Appeal[] = [];
  const seen = new Set<AppealKind>();
  const paywall = markupPaywall(page);
  if (paywall) {
    out.push(paywall);
    seen.add('paywall');
  }
  for (const block of page.blocks ?? []) {
    if (block.where === 'nav' || typeof block.text !== 'string') continue;
    const doc = prepareText(block.text.slice(0, MAX_BLOCK_CHARS));
    const ev = evidenceOf(lex, doc);
    const found = findBlocks(ev, false);
    if (found.length === 0 && block.emailField && doc.text.length > 0) {
      // A sign-up form outside the article is an appeal by its structure, whatever its (often terse) words.
      // "Sign up" is neutral; only an account-specific ask ("create a free account") makes it a registration.
      const kind: AppealKind = ev.some((e) => e.registrationAsk >= 4) ? 'registration' : 'newsletter';
      if (!seen.has(kind)) {
        seen.add(kind);
        out.push({ kind, start: null, end: null, text: excerpt(doc.text), where: 'page', evidence: 'form', label: appealLabel(kind, false), truncatesArticle: false });
      }
      continue;
    }
    for (const b of found) {
      if (seen.has(b.kind)) continue;
      seen.add(b.kind);
      const meter = b.kind === 'paywall' || (b.kind === 'registration' && b.truncates);
      out.push({
        kind: b.kind,
        start: null,
        end: null,
        text: excerpt(doc.text.slice(b.start, b.end)),
        where: 'page',
        evidence: meter ? 'meter' : EVIDENCE[block.where],
        label: appealLabel(b.kind, b.truncates),
        truncatesArticle: b.truncates,
      });
    }
  }
  return out;
}
