/**
 * The product's contract: the `Analysis` produced by {@link analyze} and read by the popup, the page
 * marks, the CLI and outside evaluations.
 *
 * Stability rule: fields may be ADDED; existing fields are never renamed, removed or repurposed.
 * All offsets are UTF-16 code-unit indices into `Analysis.text`, end exclusive, so that
 * `text.slice(start, end) === span.text` holds for every span that carries both.
 */

/** Version of the Analysis JSON shape. Bumped (minor) when fields are added. */
export const ANALYSIS_SCHEMA_VERSION = '1.0';

/** A half-open character range `[start, end)` into `Analysis.text`. */
export interface Span {
  start: number;
  end: number;
}

/** A range together with the text it covers. */
export interface TextSpan extends Span {
  text: string;
}

/** How a statement is reported: a verbatim quote, a paraphrase, or a paraphrase with quoted words. */
export type StatementMode = 'direct' | 'indirect' | 'mixed';

/**
 * What kind of voice a source is.
 * - `official`: an institution speaking formally (government, ministry, capital or seat standing for a
 *   government, spokesperson, agency, court, police, a read-out / statement / press release);
 * - `person`: a named individual in their own voice;
 * - `organization`: a non-governmental organisation (company, NGO, party, newspaper other than the publisher);
 * - `anonymous`: unnamed sources ("sources said", "a person familiar with the matter");
 * - `publication`: the publication itself ("The Post has learned");
 * - `unknown`: a source we found but could not classify (e.g. an unresolved pronoun).
 */
export type SourceKind = 'official' | 'person' | 'organization' | 'anonymous' | 'publication' | 'unknown';

/** The entity a source expression refers to, when it is not named in place ("he" -> "Nicolás Maduro"). */
export interface ResolvedSource {
  /** Canonical name of the referent, e.g. "Nicolás Maduro" or "the Kremlin". */
  text: string;
  /** Id of the referent in `Analysis.actors`, when it is one. */
  actorId?: string;
  /** Where the antecedent that was used occurs, when it is in the text. */
  start?: number;
  end?: number;
}

/** The source of a statement, as written in the text (surface form kept), plus its resolution. */
export interface Source extends TextSpan {
  kind: SourceKind;
  /** What a pronoun or back-reference stands for. Absent when `text` already names the source. */
  resolved?: ResolvedSource;
  /** Actor id of the source (after resolution), when it is an actor. */
  actorId?: string;
}

/** An attributed statement: its content span, who it is attributed to and the cue that attributes it. */
export interface Statement extends TextSpan {
  /** Stable id within one Analysis, e.g. "s3". */
  id: string;
  mode: StatementMode;
  source: Source | null;
  /** The attribution cue ("said", "according to", "in a read-out", "the statement added"). */
  cue: TextSpan | null;
  /** Extra cue parts, e.g. "in a read-out" alongside "said". */
  cueParts?: TextSpan[];
  /** True for an institution's formal communication (read-out, statement, spokesperson, capital/seat). */
  official: boolean;
  /** True when the statement sits inside an appeal block: not an article statement. */
  inAppeal: boolean;
  /**
   * The content's fragments when it is interrupted ("...," he said, "...") — each a sub-span of
   * `[start, end)`. Absent when the content is one contiguous span.
   */
  fragments?: Span[];
  /** The cue family: "speech" (said, told, according to, statement) or "cognition" (believes, polls show). */
  cueType?: 'speech' | 'cognition';
}

/** The kinds of appeal a page or article may make to the reader. */
export type AppealKind = 'donation' | 'subscription' | 'newsletter' | 'paywall' | 'registration' | 'adblock';

/** An appeal to the reader: a block asking for money, sign-up, subscription, or hiding content. */
export interface Appeal {
  kind: AppealKind;
  /** Offsets into `text` for an appeal inside the article; null for a page-level appeal outside it. */
  start: number | null;
  end: number | null;
  /** The appeal's text (for page-level appeals, a trimmed excerpt of the block found in the page). */
  text: string;
  /** `article`: inside the extracted article text; `page`: elsewhere in the page or in its markup. */
  where: 'article' | 'page';
  /** How it was found, e.g. "text", "json-ld", "microdata", "meter", "dialog". */
  evidence?: string;
  /** Plain-language label for people, e.g. "Donation appeal from the publisher". */
  label?: string;
  /** For paywalls: the article text shown may be truncated. */
  truncatesArticle?: boolean;
}

export type ActorType = 'person' | 'organization' | 'place';

/** A person, organisation, government or place in the story, however it is named. */
export interface Actor {
  /** Stable id within one Analysis, e.g. "a1". */
  id: string;
  /** The fullest proper name seen, e.g. "Vladimir Putin". */
  name: string;
  type: ActorType;
  /** Role from titles and appositions, e.g. "Russian President". */
  role?: string;
  /** Other bare names for the same actor, e.g. ["Putin"]. */
  aliases: string[];
  /** Every bare-name mention (no title, no possessive 's) in article order. */
  mentions: Span[];
  /** Descriptive references ("the Russian leader") that refer to this actor. */
  references?: TextSpan[];
  /** Number of article statements (not in appeals) attributed to this actor. */
  statements: number;
  /** Ids of those statements. */
  statementIds?: string[];
  /** True for a capital, seat or building standing for a government ("the Kremlin", "Caracas"). */
  government?: boolean;
  /** Salience score used for ranking (higher first); `actors` is sorted by it. */
  salience?: number;
}

/** A number found in the text, with its meaning. */
export interface NumberMention extends TextSpan {
  /** The numeric value as a JS number (87, 2, 4200000, 0.5). For ranges, the lower bound. */
  value: number;
  /** Upper bound for ranges ("10 to 15"). */
  valueMax?: number;
  /** Normalised unit: "USD", "EUR", "GBP", "%", "people", "strikes", "years", ... */
  unit?: string;
  /** Hedge or bound, e.g. "at least", "about", "more than", "up to". */
  qualifier?: string;
  /** Rate denominator, singular: "month" for "€6 a month", "barrel" for "$70 per barrel". */
  per?: string;
  /** A short phrase saying what is counted, e.g. "at least 87 people have been killed". */
  context: string;
  /** Span of `context` in the text. */
  contextStart?: number;
  contextEnd?: number;
  /** What kind of quantity: count, money, percent, date, year, duration, ordinal, other. */
  category?: 'count' | 'money' | 'percent' | 'date' | 'year' | 'duration' | 'ordinal' | 'other';
  /** True when the number matters for the story (casualties, money, percentages, counts). */
  key?: boolean;
  /** Id of the statement the number occurs in, if any ("87 killed — according to whom?"). */
  statementId?: string;
  inAppeal: boolean;
}

/** Metadata about the document, passed in by the extractor (or the CLI) and copied into the Analysis. */
export interface AnalyzeMeta {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  url?: string | null;
  lang?: string | null;
  /** Signals from the page outside the article text, found by the DOM adapter. */
  page?: PageSignals;
}

/** Page-level evidence gathered by the DOM adapter, classified by the pure core. */
export interface PageSignals {
  /** schema.org `isAccessibleForFree` as declared in JSON-LD or microdata (false = paywalled). */
  accessibleForFree?: boolean | null;
  /** `hasPart.cssSelector` of the paywalled part, when declared. */
  paywallSelector?: string | null;
  /** Where the paywall declaration was found. */
  paywallEvidence?: 'json-ld' | 'microdata' | null;
  /** Text blocks outside the extracted article that may be appeals (banners, modals, promos). */
  blocks?: PageBlock[];
}

/** A block of page text outside the article, with cues about where it sits. */
export interface PageBlock {
  text: string;
  /** Structural position: nav/header/footer, a modal/dialog, a fixed banner, an aside/promo, inline. */
  where: 'nav' | 'modal' | 'banner' | 'promo' | 'inline' | 'footer';
  /** True when the block was added to the page after the first analysis. */
  late?: boolean;
  /**
   * True when the block holds an e-mail field and no password or free-text field: a sign-up form
   * (newsletter or account), not a log-in, search or comment form.
   */
  emailField?: boolean;
}

/** The result of analysing one article. */
export interface Analysis {
  schemaVersion: string;
  /** The article text that all offsets index into. */
  text: string;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  url?: string | null;
  /** Paragraph spans of `text` (blocks separated by blank lines). */
  paragraphs?: Span[];
  statements: Statement[];
  appeals: Appeal[];
  actors: Actor[];
  numbers: NumberMention[];
  /** True when a paywall or truncation was detected: the summary may be partial. */
  partial?: boolean;
  /** Time spent per stage in milliseconds (for benchmarks; absent when not measured). */
  timings?: Record<string, number>;
}
