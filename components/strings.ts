/**
 * Every user-visible string of the extension's pages, through `browser.i18n` and the message files in
 * `public/_locales/<lang>/messages.json` (English is the default locale and the fallback).
 *
 * {@link t} is typed by the English message file, so a missing key is a compile error. Where the
 * extension API is unavailable (component tests under happy-dom, the CLI), the English messages are
 * used directly with the same placeholder rules as the browser.
 *
 * Plurals are decided here (English rules: a `...One` and a `...Many` message) rather than in the
 * components, because other languages pluralise differently and the decision belongs to the locale.
 */
import type { ActorType, AppealKind, SourceKind } from '../lib/core/types';
import type { NotArticleReason } from '../lib/protocol';
import EN from '../public/_locales/en/messages.json';

/** A message name in `public/_locales/en/messages.json`. */
export type MessageKey = keyof typeof EN;

interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

type GetMessage = (key: string, subs?: string | string[]) => string;

/** The browser's `i18n.getMessage`, or null outside an extension page. */
function browserGetMessage(): GetMessage | null {
  const g = globalThis as { browser?: { i18n?: { getMessage?: GetMessage } }; chrome?: { i18n?: { getMessage?: GetMessage } } };
  const api = g.chrome?.i18n ?? g.browser?.i18n;
  return typeof api?.getMessage === 'function' ? api.getMessage.bind(api) : null;
}

/**
 * Formats an English message as `i18n.getMessage` does: named placeholders (`$COUNT$`) take their
 * declared content, `$1`..`$9` in that content take the substitutions, `$$` is a literal `$`.
 */
export function formatMessage(entry: MessageEntry | undefined, subs: readonly string[]): string {
  if (!entry) return '';
  const positional = (s: string) => s.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const p = entry.placeholders?.[name.toLowerCase()];
      return p ? positional(p.content) : whole;
    })
    .replace(/\$\$/g, '$');
}

/** The UI string for `key` in the browser's language, English when the browser has none. */
export function t(key: MessageKey, ...subs: Array<string | number>): string {
  const strings = subs.map(String);
  const get = browserGetMessage();
  if (get) {
    try {
      const got = get(key, strings.length ? strings : undefined);
      if (got) return got;
    } catch {
      // Not implemented (test doubles) or an invalid context: fall back on English.
    }
  }
  return formatMessage((EN as Record<string, MessageEntry>)[key], strings);
}

const plural = (n: number, one: MessageKey, many: MessageKey): string => t(n === 1 ? one : many, n);

/** UI strings of the popup. Parameterised strings are functions. */
export const STRINGS = {
  appName: t('extName'),

  // Loading and the non-"done" states: worded to say exactly what happened, nothing more.
  loading: t('loading'),
  idleTitle: t('idleTitle'),
  idleBody: t('idleBody'),
  analyseButton: t('analyseButton'),
  analysing: t('analysing'),
  notArticleTitle: t('notArticleTitle'),
  analyseAnywayButton: t('analyseAnywayButton'),
  errorTitle: t('errorTitle'),
  noTab: t('noTab'),
  noConnection: t('noConnection'),
  badAnswer: t('badAnswer'),
  retryButton: t('retryButton'),

  // Article header and notices.
  untitled: t('untitled'),
  articleDetails: t('articleDetails'),
  partialNotice: t('partialNotice'),
  partialDetail: t('partialDetail'),
  appealsHeading: t('appealsHeading'),
  appealsExcluded: t('appealsExcluded'),

  // Marks in the page.
  marksToggle: t('marksToggle'),
  stepGroup: t('stepGroup'),
  stepPrevious: t('stepPrevious'),
  stepNext: t('stepNext'),
  stepFailed: t('stepFailed'),
  marksSummary: (placed: number, missing: number): string =>
    missing > 0
      ? t('marksSummaryMissing', plural(placed, 'passagesOne', 'passagesMany'), missing)
      : t('marksSummary', plural(placed, 'passagesOne', 'passagesMany')),
  marksFailed: t('marksFailed'),
  scrollHint: t('scrollHint'),
  scrollFailed: t('scrollFailed'),

  // Statements.
  statementsHeading: t('statementsHeading'),
  nothingAttributed: t('nothingAttributed'),
  unattributed: t('unattributed'),
  officialStatement: t('officialStatement'),
  paraphrase: t('paraphrase'),
  quoteOpen: t('quoteOpen'),
  quoteClose: t('quoteClose'),
  statementCount: (n: number): string => plural(n, 'statementsOne', 'statementsMany'),

  // Actors.
  actorsHeading: t('actorsHeading'),
  moreActors: (n: number): string => plural(n, 'moreActorsOne', 'moreActorsMany'),
  government: t('government'),
  saidNothing: t('saidNothing'),
  saidCount: (n: number): string => plural(n, 'statementsOne', 'statementsMany'),
  firstStatement: t('firstStatement'),

  // Numbers.
  numbersHeading: t('numbersHeading'),
  numberAttributedTo: (source: string): string => t('numberAttributedTo', source),
  numberUnattributed: t('numberUnattributed'),
  numberUnattributedHint: t('numberUnattributedHint'),

  // Filter, copy, legend, settings.
  filterLabel: t('filterLabel'),
  filterAll: t('filterAll'),
  filterKinds: t('filterKinds'),
  filterSources: t('filterSources'),
  filterShowing: (shown: number, total: number): string => t('filterShowing', shown, total),
  filterNone: t('filterNone'),
  copyHeading: t('copyHeading'),
  copyMarkdown: t('copyMarkdown'),
  copyJson: t('copyJson'),
  copiedMarkdown: t('copiedMarkdown'),
  copiedJson: t('copiedJson'),
  copyFailed: t('copyFailed'),
  legendHeading: t('legendHeading'),
  openSettings: t('openSettings'),
  openSettingsHint: t('openSettingsHint'),

  footer: t('footer'),
} as const;

/** Plain names of the source kinds, shown as text badges (colour is never the only signal). */
export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  official: t('kindOfficial'),
  person: t('kindPerson'),
  organization: t('kindOrganization'),
  anonymous: t('kindAnonymous'),
  publication: t('kindPublication'),
  unknown: t('kindUnknown'),
};

/** Names of the source kinds in the source filter ("Official sources", "Named people"). */
export const FILTER_KIND_LABELS: Record<SourceKind | 'unattributed', string> = {
  official: t('filterKindOfficial'),
  person: t('filterKindPerson'),
  organization: t('filterKindOrganization'),
  anonymous: t('filterKindAnonymous'),
  publication: t('filterKindPublication'),
  unknown: t('filterKindUnknown'),
  unattributed: t('filterKindUnattributed'),
};

/** Plain names of the actor types. */
export const ACTOR_TYPE_LABELS: Record<ActorType, string> = {
  person: t('actorPerson'),
  organization: t('actorOrganization'),
  place: t('actorPlace'),
};

/** Plain names of appeal kinds, used when the analysis gives no `label`. */
export const APPEAL_KIND_LABELS: Record<AppealKind, string> = {
  donation: t('appealDonation'),
  subscription: t('appealSubscription'),
  newsletter: t('appealNewsletter'),
  paywall: t('appealPaywall'),
  registration: t('appealRegistration'),
  adblock: t('appealAdblock'),
};

/** Why a page was not treated as an article, in words a reader understands. */
export const NOT_ARTICLE_REASONS: Record<NotArticleReason, string> = {
  'not-readerable': t('reasonNotReaderable'),
  'no-content': t('reasonNoContent'),
  'too-large': t('reasonTooLarge'),
  'unsupported-page': t('reasonUnsupportedPage'),
};
