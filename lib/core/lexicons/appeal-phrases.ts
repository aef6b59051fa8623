import type { AppealKind } from '../types';

/**
 * Phrases that publishers use when they ask the reader for something (money, a subscription, an
 * e-mail address, an account, turning off an ad blocker) — data for `lib/core/appeals`.
 *
 * Pattern syntax (matched on lower-cased tokens from `lib/core/text/tokens.ts`, curly apostrophes
 * folded to straight ones): words separated by spaces; `#` matches one number token; `*` matches a gap
 * of 0-3 tokens. Patterns must start with a literal word (the matcher indexes them by first token).
 *
 * Roles say how a phrase counts; the detector never flags on a phrase alone (see appeals/score.ts):
 * - `ask`: an imperative request. Counts only when it is addressed to the reader: at the start of a
 *   sentence or clause (imperative), or when the phrase itself names the publisher ("support us").
 * - `cue`: wording that benefits the publisher or addresses the reader ("your support", "ad revenue").
 * - `meter`: paywall / metering wording ("you have read 3 of 3 free articles") — strong on its own.
 * - `heading`: the opening line of an appeal block ("A message from ...", "Dear readers,").
 * - `button`: the whole text of a short control line ("Remind me later", "No thanks").
 */
export type AppealPhraseRole = 'ask' | 'cue' | 'meter' | 'heading' | 'button';

/** One lexicon entry. */
export interface AppealPhrase {
  /** Pattern, see the module doc. */
  p: string;
  role: AppealPhraseRole;
  /** The appeal kind the phrase points to; absent for kind-neutral phrases (headings, "no thanks"). */
  kind?: AppealKind;
  /** Weight override (defaults per role live in appeals/score.ts). */
  w?: number;
  /**
   * True when the phrase addresses the reader by its very form ("abonnez-vous", "jetzt spenden"), so
   * it counts anywhere in a sentence. English asks get this from a pronoun in the phrase ("support us").
   */
  self?: boolean;
}

/** The appeal wording of one language. */
export interface AppealLanguage {
  /** BCP 47 primary language subtag. */
  lang: string;
  phrases: readonly AppealPhrase[];
  /** Pronouns addressing the reader or speaking for the publisher (lower-case tokens). */
  readerAddress: readonly string[];
  /**
   * Phrases (same pattern syntax) that, before an ask, keep it imperative ("please subscribe",
   * "click here to donate"). Stripped repeatedly from the start of a clause.
   */
  imperativeLeads: readonly string[];
  /** Reporting verbs: a sentence reporting someone else's words is story, not an appeal. */
  reportingVerbs: readonly string[];
}

const ask = (kind: AppealKind, w: number, ...ps: string[]): AppealPhrase[] => ps.map((p) => ({ p, role: 'ask', kind, w }));
const askSelf = (kind: AppealKind, w: number, ...ps: string[]): AppealPhrase[] =>
  ps.map((p) => ({ p, role: 'ask', kind, w, self: true }));
const cue = (kind: AppealKind | undefined, w: number, ...ps: string[]): AppealPhrase[] =>
  ps.map((p) => (kind ? { p, role: 'cue', kind, w } : { p, role: 'cue', w }));
const meter = (kind: AppealKind, ...ps: string[]): AppealPhrase[] => ps.map((p) => ({ p, role: 'meter', kind }));
const heading = (...ps: string[]): AppealPhrase[] => ps.map((p) => ({ p, role: 'heading' }));
const button = (kind: AppealKind | undefined, ...ps: string[]): AppealPhrase[] =>
  ps.map((p) => (kind ? { p, role: 'button', kind } : { p, role: 'button' }));

/** English. Weights: 4 = unambiguous publisher ask, 2 = generic imperative that needs support. */
export const APPEAL_EN: AppealLanguage = {
  lang: 'en',
  phrases: [
    // donation / membership / contribution
    ...ask('donation', 4, 'support us', 'support our work', 'support our journalism', 'support our reporting',
      'support our mission', 'support our newsroom', 'support * journalism', 'support * reporting',
      'support the work of', 'make a donation', 'make a contribution', 'make a gift', 'make a one-time',
      'donate to us', 'donate today', 'donate now', 'give today', 'give now', 'contribute today',
      'contribute now', 'become a member', 'become a supporter', 'become a patron', 'become a sustaining member',
      'become a monthly', 'join as a member', 'consider supporting', 'consider a donation', 'consider donating',
      'consider becoming a member', 'consider making a contribution', 'chip in', 'help us continue',
      'help us keep', 'help keep * free', 'help fund', 'we need your help', 'we need your support',
      'we rely on your support', 'we rely on readers', 'support from readers', 'renew your membership',
      'make a monthly', 'make a yearly', 'make an annual', 'become a * member'),
    ...ask('donation', 2, 'donate', 'contribute', 'give'),
    ...cue('donation', 1, 'your support', 'your contribution', 'your donation', 'your generosity',
      'every contribution', 'any contribution', 'no matter how small', 'no matter the size', 'readers like you',
      'supporters like you', 'funded by readers', 'reader-funded', 'reader funded', 'reader-supported',
      'reader supported', 'independent journalism', 'our journalism', 'our reporting', 'our work',
      'our newsroom', 'our journalists', 'thank you for standing', 'thank you for supporting',
      'thank you for your support', 'tax-deductible', 'tax deductible', 'monthly starting from',
      'as little as', 'starting from just', 'for just $', 'fewer ads', 'member benefits'),
    // subscription
    ...ask('subscription', 4, 'subscribe now', 'subscribe today', 'start your subscription', 'start your free trial',
      'start a free trial', 'start your trial', 'get unlimited access', 'get full access', 'get unlimited digital access',
      'upgrade to premium', 'upgrade now', 'become a subscriber', 'buy a subscription', 'subscribe for',
      'subscribe from', 'subscribe and save', 'try * free for', 'claim your offer', 'see subscription options',
      'see our subscription', 'view subscription options', 'subscribe to our', 'subscribe to the print',
      'get a subscription', 'get the print edition', 'get digital access'),
    ...ask('subscription', 2, 'subscribe', 'upgrade', 'subscribe to'),
    ...cue('subscription', 1, 'unlimited access', 'digital access', 'digital subscription', 'all-access',
      'already a subscriber', 'already subscribed', 'as low as', '# % off', 'per week', 'a week for',
      'per month', 'cancel anytime', 'cancel any time', 'subscriber-only', 'subscriber exclusive',
      'exclusive to subscribers', 'your subscription', 'subscription offer', 'special offer', 'limited time offer',
      'first month', 'free trial'),
    // paywall / metering (meter phrases are strong on their own)
    ...meter('paywall', 'you have read # of # free', 'you have read # of #', "you've read # of #",
      'you have read # free', "you've read # free", '# of # free articles', '# of # articles read',
      '# of # stories read', 'you have # free articles', 'you have # free article', 'you have # articles left',
      'you have # stories left', 'free articles left', 'free articles remaining', 'free article remaining',
      'articles remaining this month', 'your last free article', 'your final free article',
      "you've reached your", 'you have reached your', 'reached your limit', 'reached the limit of',
      'free article limit', 'monthly article limit', 'subscribe to keep reading', 'subscribe to continue reading',
      'subscribe to read the full', 'subscribe to read more', 'subscribe to unlock', 'to continue reading this',
      'to keep reading this', 'keep reading for just', 'this article is for subscribers',
      'this article is available to subscribers', 'this content is for subscribers', 'for subscribers only',
      'only available to subscribers', 'exclusively for subscribers', 'the rest of this article',
      'unlock this article', 'read the full story with', 'continue reading with'),
    ...cue('paywall', 2, 'to continue reading', 'to keep reading', 'to read the full article', 'to read this article',
      'to read the rest', 'to unlock', 'premium content', 'premium article'),
    // registration
    ...ask('registration', 4, 'create a free account', 'create your free account', 'create an account to',
      'register for free', 'register for a free', 'sign up for a free account', 'sign up for free to',
      'register to continue', 'register to read', 'log in to continue', 'sign in to continue', 'log in to read',
      'sign in to read', 'register now', 'join for free', 'register or log in', 'register or sign in',
      'sign in or register', 'log in or register', 'sign up to continue', 'sign up to read',
      'create an account or log in', 'become a * member for free', 'become a member for free', 'join * for free',
      'sign up with'),
    ...ask('registration', 2, 'register', 'sign up', 'create an account', 'join'),
    ...cue('registration', 1, 'free account', 'already have an account', 'already registered', 'all free',
      'save articles', 'it only takes a minute'),
    // newsletter
    ...ask('newsletter', 4, 'sign up for our', 'sign up for * newsletter', 'sign up for * newsletters',
      'sign up for * email', 'sign up for * emails', 'sign up to * newsletter', 'subscribe to * newsletter',
      'subscribe to * newsletters', 'subscribe to our newsletter', 'get our newsletter', 'get * newsletter',
      'get our newsletters', 'get * in your inbox', 'get * delivered to your', 'get * sent to your',
      'get * to your inbox', 'receive our newsletter', 'receive * newsletter', 'join our newsletter',
      'join our mailing list', 'join * mailing list', 'join * newsletter', 'email me when', 'send me * newsletter',
      'enter your email', 'enter your e-mail', 'subscribe by email', 'subscribe via email', 'subscribe to * via email',
      'follow by email', 'subscribe to email updates', 'want me to send you an email', 'get * email updates'),
    ...cue('newsletter', 2, 'in your inbox', 'to your inbox', 'delivered to your inbox', 'straight to your inbox',
      'your email address', 'your e-mail address', 'email address', 'newsletter', 'newsletters',
      'thanks for subscribing', 'view all newsletters', 'our daily newsletter', 'our weekly newsletter',
      'delivered straight to your', 'delivered to your email', 'to your email'),
    // ad blocker
    ...ask('adblock', 4, 'disable your ad blocker', 'disable your ad-blocker', 'disable your adblocker',
      'turn off your ad blocker', 'turn off your ad-blocker', 'turn off your adblocker', 'pause your ad blocker',
      'whitelist us', 'whitelist our site', 'whitelist this site', 'allowlist our site', 'add us to your whitelist',
      'add us to your allowlist', 'allow ads on', 'disable ad blocking', 'disable adblock', 'turn off ad blocking',
      'you are using an ad blocker', "you're using an ad blocker", 'using an ad blocker', 'using an ad-blocker',
      'using an adblocker', "you're adblocking", 'you are adblocking', 'noticed you are using', "noticed you're using",
      "we've noticed you're", 'we have noticed you are'),
    ...cue('adblock', 2, 'ad blocker', 'ad-blocker', 'adblocker', 'ad blocking', 'adblocking', 'ad revenue',
      'rely on advertising', 'rely on ads', 'depend on advertising', 'depend on ad revenue', 'funded by advertising'),
    // headings and controls
    ...heading('a message from', 'a note from', 'a letter from', 'dear reader', 'dear readers', 'dear friends',
      'before you go', 'before you continue', 'thank you for reading', 'thanks for reading', 'support the',
      'support independent', 'we have a small favour', 'we have a small favor', 'one more thing', 'an appeal from'),
    ...button(undefined, 'remind me later', 'maybe later', 'no thanks', 'no , thanks', 'no thank you', 'not now',
      'close', 'dismiss', 'learn more', 'find out more', 'continue', 'skip', 'i agree', "i'm already a subscriber",
      'already a subscriber ? log in', 'already a member ? log in', 'log in', 'sign in', 'not interested',
      "i've already donated", 'ok', 'got it'),
    ...button('donation', 'donate', 'donate now', 'support us', 'support', 'contribute', 'give now', 'become a member',
      'join now', 'give'),
    ...button('subscription', 'subscribe', 'subscribe now', 'subscribe today', 'upgrade', 'see offers', 'see my options',
      'subscriptions', 'get offer', 'start free trial'),
    ...button('registration', 'register', 'sign up', 'create account', 'create free account', 'join free'),
    ...button('newsletter', 'sign up now', 'sign me up', 'get the newsletter'),
  ],
  readerAddress: ['you', 'your', 'yours', 'yourself', "you're", "you've", "you'll", "you'd", 'we', 'us', 'our',
    'ours', 'ourselves', "we're", "we've", "we'll", "we'd"],
  imperativeLeads: ['please', 'so', 'now', 'today', 'just', 'simply', 'then', 'and', 'or', 'also', 'why not',
    'click here to', 'tap here to', 'click to', "don't forget to", 'be sure to', 'remember to', 'make sure to',
    'kindly', 'go ahead and', 'instead', 'but', 'want more ?', 'if you can ,', 'if you can', 'if you like this',
    'if you value', 'if you enjoyed this'],
  reportingVerbs: ['said', 'says', 'say', 'told', 'tells', 'urged', 'urges', 'urging', 'asked', 'asks', 'according',
    'added', 'adds', 'wrote', 'writes', 'announced', 'announces', 'stated', 'explained', 'warned', 'insisted',
    'claimed', 'claims', 'argued', 'argues', 'appealed', 'pleaded', 'begged', 'called', 'encouraged', 'encourages',
    'reported', 'reports'],
};

/**
 * French. Imperatives carry the reader address themselves ("abonnez-vous", "soutenez-nous"), and the
 * tokenizer keeps hyphens and apostrophes inside words, so "s'abonner" is one token.
 */
export const APPEAL_FR: AppealLanguage = {
  lang: 'fr',
  phrases: [
    ...askSelf('subscription', 4, 'abonnez-vous', "s'abonner au", "je m'abonne"),
    ...ask('subscription', 2, "s'abonner"),
    ...cue('subscription', 1, 'abonnés', 'édition abonnés', 'déjà abonné', 'le premier mois', 'accès illimité',
      'abonnements', 'offre spéciale', 'offres 100 % numériques'),
    ...askSelf('donation', 4, 'soutenez-nous', 'faites un don', 'soutenez notre', 'devenez membre'),
    ...askSelf('newsletter', 4, 'recevez nos newsletters', 'recevez notre newsletter', 'recevoir la newsletter',
      'inscrivez-vous à * newsletter', "s'inscrire à la newsletter"),
    ...askSelf('registration', 2, 'inscrivez-vous', 'créez votre compte'),
    ...meter('paywall', 'réservé aux abonnés', 'article réservé', 'pour lire la suite', 'il vous reste # articles'),
    ...button('subscription', "s'abonner", 'abonnez-vous', "je m'abonne"),
    ...button(undefined, 'plus tard', 'non merci', 'fermer'),
  ],
  readerAddress: ['vous', 'votre', 'vos', 'nous', 'notre', 'nos'],
  imperativeLeads: ['et', 'ou', 'alors'],
  reportingVerbs: ['dit', 'déclaré', 'déclare', 'selon', 'affirme', 'affirmé', 'explique', 'expliqué'],
};

/** German. "Sie" is left out of the reader address: it is also "she"/"they". */
export const APPEAL_DE: AppealLanguage = {
  lang: 'de',
  phrases: [
    ...askSelf('subscription', 4, 'jetzt abonnieren', 'abo abschließen', 'jetzt abo', 'jetzt testen'),
    ...ask('subscription', 2, 'abonnieren'),
    ...cue('subscription', 1, 'digitalabo', 'digital-abo', 'abonnenten', 'im abo', 'vergünstigtes', 'pro monat'),
    ...askSelf('donation', 4, 'jetzt spenden', 'unterstützen sie uns', 'unterstützen sie unsere'),
    ...askSelf('newsletter', 4, 'newsletter abonnieren', 'zum newsletter anmelden'),
    ...askSelf('adblock', 4, 'werbeblocker deaktivieren', 'adblocker deaktivieren', 'deaktivieren sie ihren'),
    ...meter('paywall', 'weiterlesen mit', 'artikel # von #'),
    ...button('subscription', 'abonnieren', 'jetzt abonnieren'),
  ],
  readerAddress: ['ihr', 'ihre', 'ihren', 'ihnen', 'wir', 'uns', 'unser', 'unsere', 'unseren'],
  imperativeLeads: ['und', 'oder'],
  reportingVerbs: ['sagte', 'sagt', 'erklärte', 'laut', 'teilte'],
};

/** Czech. */
export const APPEAL_CS: AppealLanguage = {
  lang: 'cs',
  phrases: [
    ...askSelf('newsletter', 4, 'přihlaste se k newsletteru', 'přihlásit k newsletteru', 'odebírejte',
      'zprávy do e-mailu'),
    ...cue('newsletter', 2, 'newsletteru', 'do e-mailu', 'přihlášením k newsletteru'),
    ...askSelf('subscription', 4, 'předplaťte si'),
    ...cue('subscription', 1, 'předplatné'),
    ...askSelf('donation', 4, 'podpořte nás', 'darujte'),
  ],
  // "my" (we) is left out: all languages are matched together and it is also the English possessive.
  readerAddress: ['vy', 'vás', 'váš', 'vaše', 'nás', 'náš', 'naše'],
  imperativeLeads: ['a', 'nebo'],
  reportingVerbs: ['řekl', 'řekla', 'uvedl', 'uvedla', 'podle'],
};

/** Every language the detector knows; matched together because pages mix languages (English buttons). */
export const APPEAL_LANGUAGES: readonly AppealLanguage[] = [APPEAL_EN, APPEAL_FR, APPEAL_DE, APPEAL_CS];
