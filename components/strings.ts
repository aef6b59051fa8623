/**
 * Every user-visible string of the popup, in one place, so that a translation layer (e.g.
 * `browser.i18n` message files) can replace this module later without touching the components.
 *
 * Parameterised strings are functions; plurals are decided here (English rules) rather than in the
 * components, because other languages pluralise differently and the decision belongs to the locale.
 */
import type { ActorType, AppealKind, SourceKind } from '../lib/core/types';
import type { NotArticleReason } from '../lib/protocol';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** UI strings of the popup (English). */
export const STRINGS = {
  appName: 'Sourcemark',

  // Loading and the non-"done" states: worded to say exactly what happened, nothing more.
  loading: 'Loading…',
  idleTitle: "Sourcemark hasn't analysed this page.",
  idleBody: 'Analysis runs on your device; nothing from the page is sent anywhere.',
  analyseButton: 'Analyse this page',
  analysing: 'Analysing…',
  notArticleTitle: "This page doesn't look like an article.",
  analyseAnywayButton: 'Analyse anyway',
  errorTitle: 'Sourcemark could not analyse this page.',
  noTab: 'There is no open tab to analyse.',
  noConnection: "Sourcemark's background service did not answer. Try reloading the page.",
  badAnswer: "Sourcemark's background service sent an answer the popup could not read.",
  retryButton: 'Try again',

  // Article header and notices.
  untitled: 'Untitled article',
  articleDetails: 'Article details',
  partialNotice: 'Paywall: article may be truncated',
  partialDetail: 'Only the text shown on the page was analysed.',
  appealsHeading: 'Appeals to the reader',
  appealsExcluded: 'Claims and numbers inside appeals are excluded from this summary.',

  // Marks in the page.
  marksToggle: 'Show marks in page',
  marksSummary: (placed: number, missing: number): string =>
    missing > 0
      ? `${plural(placed, 'passage', 'passages')} marked; ${missing} could not be found in the page.`
      : `${plural(placed, 'passage', 'passages')} marked.`,
  marksFailed: 'The marks could not be changed in the page.',
  scrollHint: 'Shows this passage in the page.',
  scrollFailed: "That passage couldn't be found in the page.",

  // Statements.
  statementsHeading: 'Statements by source',
  nothingAttributed: 'Nothing attributed: no statements with a source were found in this article.',
  unattributed: 'Unattributed',
  officialStatement: 'Official statement',
  paraphrase: 'Paraphrase',
  quoteOpen: '“',
  quoteClose: '”',
  statementCount: (n: number): string => plural(n, 'statement', 'statements'),

  // Actors.
  actorsHeading: 'Actors',
  moreActors: (n: number): string => plural(n, 'more actor', 'more actors'),
  government: 'Government',
  saidNothing: 'No statements attributed',
  saidCount: (n: number): string => plural(n, 'statement', 'statements'),
  firstStatement: 'First statement:',

  // Numbers.
  numbersHeading: 'Key numbers',
  numberAttributedTo: (source: string): string => `According to ${source}`,
  numberUnattributed: 'Unattributed',
  numberUnattributedHint: 'No source is given for this number in the article.',

  footer: 'Analysed entirely on this device.',
} as const;

/** Plain names of the source kinds, shown as text badges (colour is never the only signal). */
export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  official: 'Official',
  person: 'Person',
  organization: 'Organisation',
  anonymous: 'Anonymous',
  publication: 'Publication',
  unknown: 'Unclassified',
};

/** Plain names of the actor types. */
export const ACTOR_TYPE_LABELS: Record<ActorType, string> = {
  person: 'Person',
  organization: 'Organisation',
  place: 'Place',
};

/** Plain names of appeal kinds, used when the analysis gives no `label`. */
export const APPEAL_KIND_LABELS: Record<AppealKind, string> = {
  donation: 'Donation appeal from the publisher',
  subscription: 'Subscription appeal',
  newsletter: 'Newsletter sign-up appeal',
  paywall: 'Paywall',
  registration: 'Registration wall',
  adblock: 'Ad-blocker appeal',
};

/** Why a page was not treated as an article, in words a reader understands. */
export const NOT_ARTICLE_REASONS: Record<NotArticleReason, string> = {
  'not-readerable': 'It has too little continuous text to read as an article.',
  'no-content': 'No readable text was found on it.',
  'too-large': 'It is too large to analyse on this device.',
  'unsupported-page': 'Browser pages and extension stores cannot be analysed.',
};
