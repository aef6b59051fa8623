/**
 * Attribution cues: reporting verbs (with every inflection), cue nouns and the small closed classes the
 * attribution stage needs to read a clause around a cue. Data, not logic — extend freely; the unit test
 * pins the shape (`cues.test.ts`).
 */

/** How a cue verb behaves syntactically. */
export interface CueVerb {
  lemma: string;
  /** `speech` for saying/writing/announcing; `cognition` for believing, knowing, findings ("polls show"). */
  type: 'speech' | 'cognition';
  /** Takes a person object before the content ("told reporters that ...", "accused Maduro of ..."). */
  object?: boolean;
  /** Also a common noun or non-reporting verb ("report", "claim", "call"): needs a clause after it. */
  weak?: boolean;
  /** Only a cue when a clause follows ("that ...", "the plan will fail"), never with a plain object. */
  clauseOnly?: boolean;
  /**
   * Prepositions that join the cue and introduce the content as their object ("warned of a recession",
   * "spoke about her faith", "pointed to the polls"): the preposition becomes part of the cue.
   */
  preps?: readonly string[];
  /** Only a cue with one of its {@link CueVerb.preps} ("talked about"), or the particle "out" ("pointed out that"). */
  prepOnly?: boolean;
}

/**
 * Reporting verbs. Irregular inflections are listed in {@link IRREGULAR_FORMS}; regular ones are derived
 * by {@link inflect}.
 */
export const CUE_VERBS: readonly CueVerb[] = [
  // speech
  { lemma: 'say', type: 'speech' },
  { lemma: 'tell', type: 'speech', object: true },
  { lemma: 'add', type: 'speech' },
  { lemma: 'state', type: 'speech', weak: true, clauseOnly: true },
  { lemma: 'announce', type: 'speech' },
  { lemma: 'claim', type: 'speech', weak: true },
  { lemma: 'argue', type: 'speech' },
  { lemma: 'insist', type: 'speech', preps: ['on'] },
  { lemma: 'note', type: 'speech', weak: true },
  { lemma: 'write', type: 'speech' },
  { lemma: 'tweet', type: 'speech', weak: true },
  { lemma: 'report', type: 'speech', weak: true },
  { lemma: 'declare', type: 'speech' },
  { lemma: 'deny', type: 'speech' },
  { lemma: 'accuse', type: 'speech', object: true },
  { lemma: 'allege', type: 'speech' },
  { lemma: 'explain', type: 'speech' },
  { lemma: 'warn', type: 'speech', preps: ['of', 'against', 'about'] },
  { lemma: 'ask', type: 'speech', object: true, clauseOnly: true },
  { lemma: 'reply', type: 'speech' },
  { lemma: 'respond', type: 'speech', clauseOnly: true },
  { lemma: 'comment', type: 'speech', weak: true, clauseOnly: true },
  { lemma: 'confirm', type: 'speech', clauseOnly: true },
  { lemma: 'acknowledge', type: 'speech' },
  { lemma: 'admit', type: 'speech' },
  { lemma: 'suggest', type: 'speech' },
  { lemma: 'testify', type: 'speech', preps: ['about'] },
  { lemma: 'remark', type: 'speech', weak: true },
  { lemma: 'stress', type: 'speech', weak: true },
  { lemma: 'emphasize', type: 'speech' },
  { lemma: 'emphasise', type: 'speech' },
  { lemma: 'urge', type: 'speech', object: true },
  { lemma: 'assert', type: 'speech' },
  { lemma: 'contend', type: 'speech' },
  { lemma: 'maintain', type: 'speech', clauseOnly: true },
  { lemma: 'recall', type: 'speech', clauseOnly: true },
  { lemma: 'promise', type: 'speech', weak: true },
  { lemma: 'pledge', type: 'speech', weak: true },
  { lemma: 'predict', type: 'speech' },
  { lemma: 'repeat', type: 'speech', clauseOnly: true },
  { lemma: 'reiterate', type: 'speech' },
  { lemma: 'complain', type: 'speech', preps: ['about', 'of'] },
  { lemma: 'concede', type: 'speech' },
  { lemma: 'caution', type: 'speech', weak: true },
  { lemma: 'boast', type: 'speech', preps: ['about', 'of'] },
  { lemma: 'brag', type: 'speech', preps: ['about', 'of'] },
  { lemma: 'counter', type: 'speech', clauseOnly: true },
  { lemma: 'retort', type: 'speech' },
  { lemma: 'reveal', type: 'speech', clauseOnly: true },
  { lemma: 'disclose', type: 'speech', clauseOnly: true },
  { lemma: 'mention', type: 'speech' },
  { lemma: 'indicate', type: 'speech', clauseOnly: true },
  { lemma: 'observe', type: 'speech', clauseOnly: true },
  { lemma: 'proclaim', type: 'speech' },
  { lemma: 'threaten', type: 'speech', clauseOnly: true },
  { lemma: 'assure', type: 'speech', object: true },
  { lemma: 'inform', type: 'speech', object: true, clauseOnly: true },
  { lemma: 'remind', type: 'speech', object: true, clauseOnly: true },
  { lemma: 'joke', type: 'speech', weak: true },
  { lemma: 'quip', type: 'speech' },
  { lemma: 'lament', type: 'speech' },
  { lemma: 'charge', type: 'speech', weak: true, clauseOnly: true },
  { lemma: 'agree', type: 'speech' },
  { lemma: 'signal', type: 'speech', weak: true, clauseOnly: true },
  { lemma: 'speculate', type: 'speech' },
  { lemma: 'estimate', type: 'speech', weak: true, clauseOnly: true },
  { lemma: 'demand', type: 'speech', weak: true, clauseOnly: true },
  { lemma: 'propose', type: 'speech', clauseOnly: true },
  { lemma: 'continue', type: 'speech', clauseOnly: true },
  { lemma: 'learn', type: 'speech', clauseOnly: true },
  { lemma: 'call', type: 'speech', weak: true },
  { lemma: 'cite', type: 'speech' },
  { lemma: 'describe', type: 'speech' },
  { lemma: 'criticize', type: 'speech' },
  { lemma: 'criticise', type: 'speech' },
  { lemma: 'blast', type: 'speech', weak: true },
  { lemma: 'condemn', type: 'speech' },
  { lemma: 'praise', type: 'speech', weak: true },
  { lemma: 'question', type: 'speech', weak: true },
  { lemma: 'decline', type: 'speech', clauseOnly: true },
  { lemma: 'refuse', type: 'speech', clauseOnly: true },
  { lemma: 'vow', type: 'speech' },
  // Stance verbs with a plain object ("Trump attacked the trade deal"): PolNeAR annotates them as attributions.
  { lemma: 'attack', type: 'speech', weak: true },
  { lemma: 'endorse', type: 'speech' },
  { lemma: 'reject', type: 'speech' },
  { lemma: 'defend', type: 'speech' },
  // Verb + preposition frames: a cue only with the preposition, whose object is the content.
  { lemma: 'speak', type: 'speech', preps: ['of', 'about'], prepOnly: true },
  { lemma: 'talk', type: 'speech', weak: true, preps: ['about', 'of'], prepOnly: true },
  { lemma: 'point', type: 'speech', weak: true, preps: ['to'], prepOnly: true },
  { lemma: 'refer', type: 'speech', preps: ['to'], prepOnly: true },
  { lemma: 'object', type: 'speech', weak: true, preps: ['to'], prepOnly: true },
  { lemma: 'critical', type: 'speech', preps: ['of'], prepOnly: true },
  // cognition
  { lemma: 'believe', type: 'cognition' },
  { lemma: 'think', type: 'cognition', clauseOnly: true },
  { lemma: 'know', type: 'cognition', clauseOnly: true },
  { lemma: 'feel', type: 'cognition', clauseOnly: true },
  { lemma: 'fear', type: 'cognition', weak: true, clauseOnly: true },
  { lemma: 'worry', type: 'cognition', clauseOnly: true },
  { lemma: 'expect', type: 'cognition', clauseOnly: true },
  { lemma: 'hope', type: 'cognition', weak: true, clauseOnly: true },
  { lemma: 'show', type: 'cognition', weak: true, clauseOnly: true },
  { lemma: 'find', type: 'cognition', clauseOnly: true },
  { lemma: 'suspect', type: 'cognition', clauseOnly: true },
  { lemma: 'doubt', type: 'cognition', weak: true, clauseOnly: true },
  { lemma: 'conclude', type: 'cognition', clauseOnly: true },
  { lemma: 'realize', type: 'cognition', clauseOnly: true },
  { lemma: 'understand', type: 'cognition', clauseOnly: true },
  { lemma: 'want', type: 'cognition', clauseOnly: true },
  { lemma: 'plan', type: 'cognition', weak: true, clauseOnly: true },
  { lemma: 'intend', type: 'cognition', clauseOnly: true },
  { lemma: 'oppose', type: 'cognition' },
];

/** Inflections that do not follow the regular rules: lemma -> [3sg, past, past participle, -ing]. */
export const IRREGULAR_FORMS: Readonly<Record<string, readonly string[]>> = {
  say: ['says', 'said', 'said', 'saying'],
  tell: ['tells', 'told', 'told', 'telling'],
  write: ['writes', 'wrote', 'written', 'writing'],
  think: ['thinks', 'thought', 'thought', 'thinking'],
  know: ['knows', 'knew', 'known', 'knowing'],
  feel: ['feels', 'felt', 'felt', 'feeling'],
  find: ['finds', 'found', 'found', 'finding'],
  show: ['shows', 'showed', 'shown', 'showing'],
  understand: ['understands', 'understood', 'understood', 'understanding'],
  admit: ['admits', 'admitted', 'admitted', 'admitting'],
  brag: ['brags', 'bragged', 'bragged', 'bragging'],
  quip: ['quips', 'quipped', 'quipped', 'quipping'],
  signal: ['signals', 'signaled', 'signalled', 'signaling', 'signalling'],
  testify: ['testifies', 'testified', 'testified', 'testifying'],
  deny: ['denies', 'denied', 'denied', 'denying'],
  reply: ['replies', 'replied', 'replied', 'replying'],
  worry: ['worries', 'worried', 'worried', 'worrying'],
  speak: ['speaks', 'spoke', 'spoken', 'speaking'],
  refer: ['refers', 'referred', 'referred', 'referring'],
  // An adjective: "has been critical of" reads like a cue verb after "be".
  critical: [],
};

/** Regular English inflections of a verb lemma: itself, 3sg, past (= participle) and -ing. */
export function inflect(lemma: string): string[] {
  const irregular = IRREGULAR_FORMS[lemma];
  if (irregular) return [lemma, ...irregular];
  const e = lemma.endsWith('e');
  const third = /(s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`;
  const past = e ? `${lemma}d` : `${lemma}ed`;
  const ing = e && !lemma.endsWith('ee') ? `${lemma.slice(0, -1)}ing` : `${lemma}ing`;
  return [lemma, third, past, ing];
}

/** Every inflected form of every cue verb, mapped to its entry. */
export const CUE_VERB_FORMS: ReadonlyMap<string, CueVerb> = (() => {
  const m = new Map<string, CueVerb>();
  for (const v of CUE_VERBS) for (const f of inflect(v.lemma)) if (!m.has(f)) m.set(f, v);
  return m;
})();

/**
 * Nouns naming a communication. As a subject ("the statement added") they are back-references to an
 * earlier source; in an adjunct ("in a read-out") they are cue parts. `official` marks formal
 * communications that make a statement official.
 */
export const CUE_NOUNS: ReadonlyMap<string, { official: boolean }> = new Map([
  ['statement', { official: true }],
  ['statements', { official: true }],
  ['read-out', { official: true }],
  ['readout', { official: true }],
  ['release', { official: true }],
  ['communique', { official: true }],
  ['communiqué', { official: true }],
  ['declaration', { official: true }],
  ['announcement', { official: true }],
  ['briefing', { official: true }],
  ['notice', { official: true }],
  ['filing', { official: true }],
  ['ruling', { official: true }],
  ['report', { official: false }],
  ['interview', { official: false }],
  ['speech', { official: false }],
  ['letter', { official: false }],
  ['tweet', { official: false }],
  ['post', { official: false }],
  ['conference', { official: false }],
  ['remarks', { official: false }],
  ['email', { official: false }],
  ['e-mail', { official: false }],
  ['memo', { official: false }],
  ['testimony', { official: false }],
  ['video', { official: false }],
  ['op-ed', { official: false }],
  ['appearance', { official: false }],
  ['rally', { official: false }],
  ['call', { official: false }],
  ['message', { official: false }],
]);

/** Auxiliaries and adverbs that may sit between a subject and its cue verb ("has also said"). */
export const CUE_AUXILIARIES: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'will', 'would', 'could', 'can',
  'may', 'might', 'should', 'must', 'shall', 'did', 'does', 'do', 'also', 'later', 'earlier', 'previously',
  'repeatedly', 'often', 'frequently', 'long', 'recently', 'once', 'again', 'then', 'now', 'still', 'publicly',
  'privately', 'reportedly', 'separately', 'already', 'even', 'further', 'flatly', 'firmly', 'strongly',
  'openly', 'loudly', 'quietly', 'simply', 'just', 'only', 'first', 'last', 'never', 'always', 'not',
  'explicitly', 'specifically', 'falsely', 'wrongly', 'correctly', 'rightly', 'widely', 'generally',
  'consistently', 'initially', 'subsequently', 'ultimately', 'finally', 'emphatically', 'angrily',
  'bluntly', 'candidly', 'defiantly', 'vehemently', 'personally', 'directly', 'indeed', 'however',
  // Negated auxiliaries: "he didn't say", "they don't expect".
  "didn't", "don't", "doesn't", "won't", "wouldn't", "can't", "couldn't", "shouldn't", "hasn't", "haven't",
  "hadn't", "isn't", "aren't", "wasn't", "weren't", 'didn’t', 'don’t', 'doesn’t', 'won’t', 'wouldn’t',
  'can’t', 'couldn’t', 'hasn’t', 'haven’t', 'isn’t', 'wasn’t',
]);

/** Words that open a time or manner adjunct after a cue ("said on Thursday", "said in a read-out"). */
export const ADJUNCT_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'for', 'during', 'after', 'before', 'to', 'via', 'through', 'from', 'with', 'while', 'when',
  'of', 'about', 'over', 'earlier', 'later', 'last', 'this', 'late', 'early', 'recently', 'previously',
  'yesterday', 'today', 'tonight', 'afterward', 'afterwards', 'then', 'again', 'too', 'also', 'as', 'told',
  'by', 'under', 'outside', 'inside', 'ahead', 'shortly', 'separately', 'privately', 'publicly', 'flatly',
  'repeatedly', 'here', 'there', 'alongside', 'without', 'upon', 'following',
]);

/** Day, month and time words: they head adjuncts ("said Thursday") and are never a source. */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'today', 'yesterday', 'tonight', 'morning', 'afternoon', 'evening', 'night', 'week', 'month', 'year',
  'weekend', 'day', 'days', 'weeks', 'months', 'years', 'ago', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov',
  'dec', 'later', 'earlier',
]);

/**
 * Nouns naming evidence rather than a speaker: polls, studies, documents, recordings. As the subject of
 * an evidential verb they take a bare object as content ("Polls show a close race in Ohio").
 */
export const EVIDENCE_NOUNS: ReadonlySet<string> = new Set([
  'poll', 'polls', 'polling', 'survey', 'surveys', 'study', 'studies', 'analysis', 'analyses', 'data',
  'report', 'reports', 'research', 'video', 'videos', 'footage', 'document', 'documents', 'records', 'record',
  'figures', 'numbers', 'transcript', 'transcripts', 'slide', 'average', 'averages', 'results', 'review',
  'audit', 'investigation', 'statistics', 'estimates', 'evidence', 'chart', 'photo', 'photos', 'images',
  'tape', 'recording', 'filings', 'returns', 'emails', 'e-mails', 'memo', 'letter', 'census', 'forecast',
  'projections', 'model', 'findings', 'testing', 'tests', 'test', 'experiment',
]);

/** Evidential verbs that take a bare object after an {@link EVIDENCE_NOUNS} subject ("the video shows him ..."). */
export const EVIDENTIAL_VERBS: ReadonlySet<string> = new Set(['show', 'find', 'suggest', 'indicate', 'reveal', 'estimate', 'predict']);

/** Verbs of wanting and expecting whose content may be an object plus infinitive ("expects rates to rise"). */
export const OBJECT_INFINITIVE_VERBS: ReadonlySet<string> = new Set(['expect', 'want', 'urge', 'ask', 'intend']);

/**
 * Nouns that report what someone said or thinks when a possessor names the source and a clause or
 * object follows: "Trump's claim that ...", "her promise to ...", "his remarks about ...".
 */
export const NOMINAL_CUES: ReadonlyMap<string, 'speech' | 'cognition'> = new Map([
  ['claim', 'speech'], ['claims', 'speech'], ['assertion', 'speech'], ['assertions', 'speech'],
  ['argument', 'speech'], ['arguments', 'speech'], ['allegation', 'speech'], ['allegations', 'speech'],
  ['promise', 'speech'], ['promises', 'speech'], ['pledge', 'speech'], ['pledges', 'speech'],
  ['warning', 'speech'], ['warnings', 'speech'], ['insistence', 'speech'], ['contention', 'speech'],
  ['suggestion', 'speech'], ['prediction', 'speech'], ['predictions', 'speech'], ['charge', 'speech'],
  ['remarks', 'speech'], ['comments', 'speech'], ['comment', 'speech'], ['statement', 'speech'],
  ['statements', 'speech'], ['denial', 'speech'], ['call', 'speech'], ['calls', 'speech'],
  ['threat', 'speech'], ['threats', 'speech'], ['vow', 'speech'],
  ['belief', 'cognition'], ['beliefs', 'cognition'], ['view', 'cognition'], ['views', 'cognition'],
  ['hope', 'cognition'], ['hopes', 'cognition'], ['fear', 'cognition'], ['fears', 'cognition'],
  ['concern', 'cognition'], ['concerns', 'cognition'], ['plan', 'cognition'], ['plans', 'cognition'],
  ['opposition', 'cognition'], ['support', 'cognition'],
]);

/** Prepositions after a {@link NOMINAL_CUES} noun whose object is the content ("his comments about X"). */
export const NOMINAL_PREPS: ReadonlySet<string> = new Set(['about', 'on', 'of', 'for', 'to']);

/** Multi-word cues that put the source after the cue ("according to the Kremlin"). */
export const SOURCE_AFTER_CUES: readonly (readonly string[])[] = [
  ['according', 'to'],
  ['as', 'reported', 'by'],
  ['in', 'the', 'words', 'of'],
];

/**
 * Capitalised words that open a "Label:" paragraph without naming a speaker ("UPDATE:", "Editor's Note:",
 * "WATCH:"). Lower case.
 */
export const SPEAKER_LABEL_EXCLUSIONS: ReadonlySet<string> = new Set([
  'update', 'updated', 'note', 'editor', "editor's", 'editor’s', 'correction', 'clarification', 'photo',
  'photos', 'video', 'watch', 'read', 'related', 'source', 'sources', 'credit', 'caption', 'advertisement',
  'listen', 'see', 'also', 'more', 'breaking', 'exclusive', 'analysis', 'opinion', 'live', 'q', 'a',
  'subscribe', 'follow', 'contact', 'email', 'share', 'tags', 'topics', 'warning', 'disclaimer', 'disclosure',
  'full', 'transcript', 'pictured', 'above', 'below', 'top', 'file', 'getty', 'reuters', 'ap', 'afp', 'the',
  'this', 'these', 'here', 'what', 'why', 'how', 'who', 'when', 'where', 'step', 'part', 'chapter', 'day',
  'question', 'answer', 'bottom', 'line', 'fact', 'facts', 'key', 'quote', 'summary', 'background',
]);
