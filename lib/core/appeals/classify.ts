import type { AppealKind } from '../types';
import type { Evidence } from './evidence';

/** Order used to break ties between kinds of equal weight: the more specific ask first. */
const TIE_ORDER: readonly AppealKind[] = ['adblock', 'paywall', 'newsletter', 'registration', 'donation', 'subscription'];

/** Longest a seed paragraph may be and still get the "short, isolated unit" bonus (in words). */
const SHORT_WORDS = 40;

/**
 * Appeal score of one paragraph: the asks plus supporting wording (capped so a long paragraph of cues
 * cannot outvote the lack of an ask), reader address, shortness and a heading.
 */
export function appealScore(e: Evidence): number {
  return (
    e.ask + Math.min(e.cue, 4) + e.meter + (e.address >= 2 ? 1 : 0) + (e.words <= SHORT_WORDS ? 1 : 0) + (e.heading ? 1 : 0)
  );
}

/**
 * True when the paragraph is by itself an appeal (`inArticle`: it sits in the article text). A single imperative or keyword is never enough:
 * a meter ("you have read 3 of 3 free articles") is; otherwise a publisher-addressed ask must come with
 * supporting evidence, and a generic imperative ("Subscribe") with a lot of it.
 */
export function isSeed(e: Evidence, inArticle = true): boolean {
  if (e.meter > 0) return true;
  // In an article, a bare imperative ("Create a free account in the app, then tap Settings") is how-to
  // prose until something speaks to the reader or for the publisher. Outside the article, the block's
  // position already says it is not the story, and its lines arrive split ("Make a contribution").
  if (inArticle && !(e.address > 0 || e.cue >= 2 || e.heading || e.toolbar !== null)) return false;
  const s = appealScore(e);
  return (e.ask >= 4 && s >= 5) || (e.ask >= 2 && s >= 8);
}

/**
 * True when a paragraph next to an appeal belongs to it: the appeal's heading, salutation, a paragraph
 * speaking as "we" to "you", or its buttons. Article paragraphs rarely address the reader outside
 * quotes, which is what stops the block from swallowing the story around it.
 */
export function isAppealish(e: Evidence, above: boolean): boolean {
  if (e.heading || e.button || e.meter > 0 || e.ask > 0 || e.toolbar) return true;
  if (e.cue >= 2 && (e.address >= 1 || e.words <= 25)) return true;
  if (e.words > 0 && e.address >= 2 && e.address / e.words >= 0.05) return true;
  return above && e.lead;
}

/** Decides the kind of an appeal from the summed evidence of its paragraphs. */
export function decideKind(kinds: Partial<Record<AppealKind, number>>, meter: number, registrationAsk: number): AppealKind {
  const walled = meter > 0 || (kinds.paywall ?? 0) > 0;
  if (walled && (meter > 0 || (kinds.subscription ?? 0) + (kinds.registration ?? 0) > 0)) {
    return registrationAsk >= 4 && (kinds.registration ?? 0) >= (kinds.subscription ?? 0) ? 'registration' : 'paywall';
  }
  let best: AppealKind = 'donation';
  let bestW = -1;
  for (const k of TIE_ORDER) {
    if (k === 'paywall') continue;
    const w = kinds[k] ?? 0;
    if (w > bestW) (best = k), (bestW = w);
  }
  return best;
}

/** Plain-language label for an appeal of `kind`. */
export function appealLabel(kind: AppealKind, truncates: boolean): string {
  switch (kind) {
    case 'donation':
      return 'Donation appeal from the publisher';
    case 'subscription':
      return 'Subscription offer';
    case 'paywall':
      return 'Paywall: article may be truncated';
    case 'registration':
      return truncates ? 'Registration wall: article may be truncated' : 'Registration prompt';
    case 'newsletter':
      return 'Newsletter sign-up';
    case 'adblock':
      return 'Ad-blocker request';
  }
}

/** True for the kinds that hide part of the article (a registration wall hides it only when walled). */
export function truncates(kind: AppealKind, meter: number, kinds: Partial<Record<AppealKind, number>>): boolean {
  if (kind === 'paywall') return true;
  return kind === 'registration' && (meter > 0 || (kinds.paywall ?? 0) > 0);
}
