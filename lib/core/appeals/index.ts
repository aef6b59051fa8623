import type { PreparedText } from '../text/prepare';
import type { Appeal, PageSignals } from '../types';
import { articleAppeals } from './article';
import { defaultLexicon } from './lexicon';
import { pageAppeals } from './page';

/**
 * Finds appeals to the reader: donation/membership asks, subscription offers, paywalls and meters,
 * registration walls, newsletter sign-ups and ad-blocker pleas.
 *
 * - In the article (`where: 'article'`, with offsets): paragraphs are scored by what they do — address
 *   the reader ("you", "we", "our"), ask imperatively ("support us", "sign up for our newsletter"),
 *   benefit the publisher, look like controls ("Remind me later") — never by a keyword alone; asks inside
 *   quotes or reported speech are the story's, not the publisher's. A seed paragraph grows over its
 *   heading above and its buttons below, never over the story around it.
 * - On the page (`where: 'page'`, offsets null): schema.org paywall markup and non-navigation blocks
 *   outside the article (dialogs, banners, promos), classified with the same rules.
 *
 * Pure and linear in the text length. Article appeals come first, in text order.
 */
export function detectAppeals(doc: PreparedText, page?: PageSignals): Appeal[] {
  const lex = defaultLexicon();
  const inArticle = articleAppeals(lex, doc);
  const known = new Set(inArticle.map((a) => a.text.replace(/\s+/g, ' ').trim().toLowerCase()));
  // A block the adapter found outside the article may repeat an appeal the article kept: report it once.
  const onPage = pageAppeals(lex, page).filter((a) => !known.has(a.text.toLowerCase()));
  return [...inArticle, ...onPage];
}
