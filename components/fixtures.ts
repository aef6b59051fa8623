/**
 * Hand-built analyses for the popup's component tests, from the reference article (The Moscow Times,
 * Putin–Maduro call) plus its donation appeal. Offsets are computed from the text, so every span obeys
 * the contract `text.slice(start, end) === span.text`. Test-only: nothing in the extension imports it.
 */
import type { Actor, Analysis, NumberMention, Source, Statement, TextSpan } from '../lib/core/types';

/** The article text: the seed article's paragraphs joined by blank lines, as the extractor does. */
export const SEED_TEXT = [
  'Russian President Vladimir Putin on Thursday reaffirmed his support to Venezuela in a phone call with longtime ally President Nicolás Maduro, the Kremlin said.',
  'The call came after the United States seized an oil tanker off Venezuelan coast, the latest of several points of friction between the two countries.',
  'Russia has fostered warm ties with Venezuela and Maduro visited Moscow earlier this year, attending an annual military parade and signing a broad partnership agreement with Putin.',
  'In a phone call on Thursday, "Vladimir Putin expressed solidarity with the Venezuelan people," the Kremlin said in a read-out.',
  'The Russian leader also "confirmed his support for the Maduro government\'s policy aimed at protecting national interests and sovereignty in the face of growing external pressure," the statement added.',
  'Caracas, for its part, said the leaders "reaffirmed the strategic, solid and growing nature of their bilateral relations."',
  'It added that Putin had "reiterated that the channels of direct communication between the two nations remain permanently open and assured that Russia will continue to support Venezuela in its struggle to uphold its sovereignty, international law and peace throughout Latin America."',
  "The U.S. military seized a Venezuelan oil tanker on Wednesday, with troops rappelling onto the tanker's deck from a helicopter and entering the ship with rifles raised.",
  "Washington has accused Venezuela's leftist leader of leading a drug cartel, which he denies. Maduro has said the U.S. is seeking regime change because of Venezuela's vast stores of oil.",
  'U.S. President Donald Trump has deployed warships within striking distance of Venezuela, and at least 87 people have been killed in at least 22 strikes on boats in the Eastern Pacific and the Caribbean Sea.',
  'A Message from The Moscow Times:',
  'Dear readers,',
  'We are facing unprecedented challenges. Russia\'s Prosecutor General\'s Office has designated The Moscow Times as an "undesirable" organization, criminalizing our work and putting our staff at risk of prosecution. This follows our earlier unjust labeling as a "foreign agent."',
  'These actions are direct attempts to silence independent journalism in Russia. The authorities claim our work "discredits the decisions of the Russian leadership." We see things differently: we strive to provide accurate, unbiased reporting on Russia.',
  'We, the journalists of The Moscow Times, refuse to be silenced. But to continue our work, we need your help.',
  "Your support, no matter how small, makes a world of difference. If you can, please support us monthly starting from just $2. It's quick to set up, and every contribution makes a significant impact.",
  "By supporting The Moscow Times, you're defending open, independent journalism in the face of repression. Thank you for standing with us.",
  'Remind me later.',
].join('\n\n');

/**
 * The span of `needle` in `text`, searching from the end of `after` when given (to pick a later
 * occurrence). Throws when absent, so a typo in a fixture fails loudly instead of producing bad offsets.
 */
export function spanOf(text: string, needle: string, after?: string): TextSpan {
  const from = after === undefined ? 0 : text.indexOf(after) + after.length;
  const start = text.indexOf(needle, from);
  if (start < 0 || (after !== undefined && text.indexOf(after) < 0)) throw new Error(`fixture: "${needle}" not found`);
  return { start, end: start + needle.length, text: needle };
}

const T = SEED_TEXT;

function source(kind: Source['kind'], needle: string, after: string, extra: Partial<Source> = {}): Source {
  return { ...spanOf(T, needle, after), kind, ...extra };
}

function statement(
  id: string,
  content: string,
  fields: Omit<Statement, 'id' | 'start' | 'end' | 'text' | 'inAppeal' | 'official'> &
    Partial<Pick<Statement, 'inAppeal' | 'official'>>,
): Statement {
  return { id, ...spanOf(T, content), official: false, inAppeal: false, ...fields };
}

const KREMLIN_SAID = 'Maduro, the Kremlin said.';
const READOUT = 'the Kremlin said in a read-out.';

/** The statements: Kremlin read-out (official), Caracas, Maduro, Washington, and one inside the appeal. */
function seedStatements(): Statement[] {
  return [
    statement(
      's1',
      'Russian President Vladimir Putin on Thursday reaffirmed his support to Venezuela in a phone call with longtime ally President Nicolás Maduro',
      {
        mode: 'indirect',
        source: source('official', 'the Kremlin', 'Maduro, ', { actorId: 'a3' }),
        cue: spanOf(T, 'said', 'Maduro, the Kremlin '),
        official: true,
        cueType: 'speech',
      },
    ),
    statement('s2', '"Vladimir Putin expressed solidarity with the Venezuelan people,"', {
      mode: 'direct',
      source: source('official', 'the Kremlin', KREMLIN_SAID, { actorId: 'a3' }),
      cue: spanOf(T, 'said', `${KREMLIN_SAID}\n\nThe`),
      cueParts: [spanOf(T, 'in a read-out', KREMLIN_SAID)],
      official: true,
      cueType: 'speech',
    }),
    statement(
      's3',
      '"confirmed his support for the Maduro government\'s policy aimed at protecting national interests and sovereignty in the face of growing external pressure,"',
      {
        mode: 'direct',
        source: source('official', 'the statement', READOUT, {
          resolved: { text: 'the Kremlin', actorId: 'a3' },
          actorId: 'a3',
        }),
        cue: spanOf(T, 'added', READOUT),
        official: true,
        cueType: 'speech',
      },
    ),
    statement('s4', 'the leaders "reaffirmed the strategic, solid and growing nature of their bilateral relations."', {
      mode: 'mixed',
      source: source('official', 'Caracas', READOUT, { actorId: 'a4' }),
      cue: spanOf(T, 'said', 'Caracas, for its part, '),
      official: true,
      cueType: 'speech',
    }),
    statement(
      's5',
      'Putin had "reiterated that the channels of direct communication between the two nations remain permanently open and assured that Russia will continue to support Venezuela in its struggle to uphold its sovereignty, international law and peace throughout Latin America."',
      {
        mode: 'mixed',
        source: source('official', 'It', 'bilateral relations."\n\n', {
          resolved: { text: 'Caracas', actorId: 'a4' },
          actorId: 'a4',
        }),
        cue: spanOf(T, 'added', 'bilateral relations."\n\nIt '),
        official: true,
        cueType: 'speech',
      },
    ),
    statement('s6', 'the U.S. is seeking regime change because of Venezuela\'s vast stores of oil', {
      mode: 'indirect',
      source: source('person', 'Maduro', 'which he denies. ', { actorId: 'a2' }),
      cue: spanOf(T, 'has said', 'which he denies. Maduro '),
      cueType: 'speech',
    }),
    statement('s7', '"discredits the decisions of the Russian leadership."', {
      mode: 'mixed',
      source: source('official', 'The authorities', 'independent journalism in Russia. '),
      cue: spanOf(T, 'claim', 'The authorities '),
      official: true,
      inAppeal: true,
      cueType: 'speech',
    }),
  ];
}

function actor(id: string, name: string, type: Actor['type'], fields: Partial<Actor> = {}): Actor {
  const mentions: Actor['mentions'] = [];
  for (let i = T.indexOf(name); i >= 0; i = T.indexOf(name, i + name.length)) {
    mentions.push({ start: i, end: i + name.length });
  }
  return { id, name, type, aliases: [], mentions, statements: 0, ...fields };
}

/** Actors in salience order, as the core sorts them. */
function seedActors(): Actor[] {
  return [
    actor('a3', 'the Kremlin', 'organization', {
      government: true,
      statements: 3,
      statementIds: ['s1', 's2', 's3'],
      salience: 9,
    }),
    actor('a1', 'Vladimir Putin', 'person', { role: 'Russian President', aliases: ['Putin'], salience: 8 }),
    actor('a2', 'Nicolás Maduro', 'person', {
      role: 'President',
      aliases: ['Maduro'],
      statements: 1,
      statementIds: ['s6'],
      salience: 7,
    }),
    actor('a4', 'Caracas', 'place', { government: true, statements: 2, statementIds: ['s4', 's5'], salience: 5 }),
    actor('a5', 'Donald Trump', 'person', { role: 'U.S. President', aliases: ['Trump'], salience: 3 }),
    actor('a6', 'Venezuela', 'place', { salience: 2 }),
    actor('a7', 'Washington', 'place', { government: true, salience: 1 }),
  ];
}

function number(needle: string, after: string, fields: Omit<NumberMention, 'start' | 'end' | 'text'>): NumberMention {
  return { ...spanOf(T, needle, after), ...fields };
}

/** Key numbers: 87 killed and 22 strikes (no source in the article), and the appeal's $2. */
function seedNumbers(): NumberMention[] {
  return [
    number('87', 'deployed warships within striking distance of Venezuela, and at least ', {
      value: 87,
      unit: 'people',
      qualifier: 'at least',
      context: 'at least 87 people have been killed',
      category: 'count',
      key: true,
      inAppeal: false,
    }),
    number('22', 'have been killed in at least ', {
      value: 22,
      unit: 'strikes',
      qualifier: 'at least',
      context: 'in at least 22 strikes on boats',
      category: 'count',
      key: true,
      inAppeal: false,
    }),
    number('$2', 'starting from just ', {
      value: 2,
      unit: 'USD',
      context: 'support us monthly starting from just $2',
      category: 'money',
      key: true,
      inAppeal: true,
    }),
  ];
}

const APPEAL_START = 'A Message from The Moscow Times:';
const APPEAL_END = 'Remind me later.';

/** A fresh analysis of the reference article (fresh each call, so tests may modify their copy). */
export function seedAnalysis(): Analysis {
  const start = T.indexOf(APPEAL_START);
  const end = T.indexOf(APPEAL_END) + APPEAL_END.length;
  return {
    schemaVersion: '1.0',
    text: T,
    title: 'Putin Reaffirms Support for Maduro in Phone Call After U.S. Seizes Venezuelan Oil Tanker',
    byline: 'The Moscow Times',
    siteName: 'The Moscow Times',
    publishedTime: '2025-12-11T17:05:00Z',
    url: 'https://www.themoscowtimes.com/2025/12/11/putin-reaffirms-support-for-maduro-a91400',
    statements: seedStatements(),
    appeals: [
      {
        kind: 'donation',
        start,
        end,
        text: T.slice(start, end),
        where: 'article',
        evidence: 'text',
        label: 'Donation appeal from the publisher',
      },
    ],
    actors: seedActors(),
    numbers: seedNumbers(),
  };
}

/** The marks part of a done TabState for the seed analysis. */
export const SEED_MARKS = { placed: 6, missing: 0, visible: true };
