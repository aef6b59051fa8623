/**
 * Source lexicons: words that tell what kind of voice a statement's source is (official, anonymous,
 * publication, organisation), pronouns, and well-known seats of government. Data only; the attribution
 * stage matches them against lower-cased tokens. Pinned by `sources.test.ts`.
 */

/**
 * Head nouns of institutions and official roles: a source headed by one speaks officially
 * ("the ministry said", "a State Department spokeswoman said").
 */
export const OFFICIAL_NOUNS: ReadonlySet<string> = new Set([
  'government', 'governments', 'administration', 'ministry', 'ministries', 'department', 'departments',
  'agency', 'agencies', 'embassy', 'embassies', 'consulate', 'court', 'courts', 'police', 'prosecutor',
  'prosecutors', 'prosecution', 'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen',
  'spokeswomen', 'secretariat', 'cabinet', 'presidency', 'office', 'authorities', 'authority', 'military',
  'army', 'navy', 'pentagon', 'kremlin', 'commission', 'council', 'parliament', 'congress', 'senate',
  'legislature', 'regulator', 'regulators', 'bureau', 'directorate', 'service', 'command', 'mission',
  'tribunal', 'judiciary', 'statement', 'read-out', 'readout', 'communique', 'communiqué', 'release',
  'junta', 'state', 'officials', 'official',
]);

/** Proper names of seats and buildings standing for a government ("the Kremlin said"). */
export const GOVERNMENT_SEATS: ReadonlySet<string> = new Set([
  'kremlin', 'white house', 'pentagon', 'downing street', 'elysee', 'élysée', 'elysee palace', 'élysée palace',
  'zhongnanhai', 'blue house', 'quai d’orsay', "quai d'orsay", 'foggy bottom', 'state department',
  'whitehall', 'miraflores', 'bundeskanzleramt', 'vatican', 'holy see', 'capitol',
]);

/**
 * Capitals commonly used for their government ("Caracas said", "Washington has accused"). The actors
 * stage may upgrade more; this list only covers the frequent ones.
 */
export const CAPITALS: ReadonlySet<string> = new Set([
  'washington', 'moscow', 'beijing', 'caracas', 'kyiv', 'kiev', 'london', 'paris', 'berlin', 'tokyo',
  'tehran', 'ankara', 'brussels', 'pyongyang', 'seoul', 'taipei', 'havana', 'jerusalem', 'damascus',
  'baghdad', 'riyadh', 'cairo', 'new delhi', 'delhi', 'islamabad', 'kabul', 'ottawa', 'canberra', 'rome',
  'madrid', 'warsaw', 'budapest', 'minsk', 'tbilisi', 'yerevan', 'baku', 'doha', 'abu dhabi', 'bogota',
  'bogotá', 'brasilia', 'brasília', 'buenos aires', 'mexico city', 'managua', 'la paz', 'lima', 'santiago',
  'pretoria', 'nairobi', 'addis ababa', 'abuja', 'khartoum', 'tripoli', 'algiers', 'rabat', 'hanoi',
  'manila', 'jakarta', 'bangkok', 'canberra', 'wellington', 'stockholm', 'helsinki', 'oslo', 'copenhagen',
  'vienna', 'bern', 'athens', 'belgrade', 'bucharest', 'sofia', 'prague', 'vilnius', 'riga', 'tallinn',
  'chisinau', 'astana', 'tashkent', 'dhaka', 'colombo', 'kathmandu', 'muscat', 'amman', 'beirut',
  'sanaa', 'ramallah', 'tel aviv', 'dublin', 'lisbon', 'amsterdam', 'the hague', 'brussels',
]);

/**
 * Anonymous-source phrases, as token sequences matched anywhere in a source. Checked before official
 * nouns: "officials who spoke on condition of anonymity" is anonymous, not official.
 */
export const ANONYMOUS_PATTERNS: readonly (readonly string[])[] = [
  ['sources'],
  ['source', 'familiar'],
  ['source', 'close'],
  ['a', 'source'],
  ['one', 'source'],
  ['another', 'source'],
  ['familiar', 'with'],
  ['condition', 'of', 'anonymity'],
  ['declined', 'to', 'be', 'named'],
  ['asked', 'not', 'to', 'be'],
  ['requested', 'anonymity'],
  ['not', 'authorized', 'to'],
  ['not', 'authorised', 'to'],
  ['insiders'],
  ['an', 'insider'],
  ['people', 'close', 'to'],
  ['person', 'close', 'to'],
  ['people', 'briefed'],
  ['person', 'briefed'],
  ['people', 'with', 'knowledge'],
  ['person', 'with', 'knowledge'],
  ['unnamed'],
  ['anonymous'],
];

/** Phrases by which a publication refers to itself ("this newspaper", "The Post has learned"). */
export const PUBLICATION_PATTERNS: readonly (readonly string[])[] = [
  ['this', 'newspaper'],
  ['this', 'paper'],
  ['this', 'publication'],
  ['this', 'website'],
  ['this', 'outlet'],
  ['this', 'reporter'],
  ['the', 'post'],
  ['the', 'times'],
  ['the', 'journal'],
  ['the', 'guardian'],
  ['the', 'globe'],
  ['the', 'telegraph'],
  ['the', 'independent'],
  ['the', 'economist'],
  ['we'],
];

/** Words that end names of non-governmental organisations ("the Sierra Club", "Acme Corp"). */
export const ORGANIZATION_WORDS: ReadonlySet<string> = new Set([
  'inc', 'inc.', 'corp', 'corp.', 'corporation', 'co', 'co.', 'company', 'ltd', 'llc', 'plc', 'group',
  'party', 'committee', 'association', 'union', 'foundation', 'institute', 'university', 'college', 'club',
  'campaign', 'coalition', 'alliance', 'society', 'network', 'bank', 'fund', 'center', 'centre', 'times',
  'post', 'journal', 'news', 'press', 'magazine', 'newspaper', 'poll', 'polls', 'survey', 'study', 'report',
  'organization', 'organisation', 'federation', 'league', 'movement', 'council', 'church', 'firm', 'team',
  'caucus', 'democrats', 'republicans', 'reuters', 'bloomberg', 'cnn', 'bbc', 'tass', 'ria', 'interfax',
  'nbc', 'abc', 'cbs', 'fox', 'msnbc', 'ap', 'afp', 'group', 'groups', 'company', 'companies', 'researchers',
  'analysts', 'experts', 'economists', 'pollsters', 'data', 'figures', 'statistics', 'research', 'record',
  'records', 'documents', 'index',
]);

/** Nouns for a person's role; a source headed by one is a person ("the group's director"). */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'president', 'minister', 'leader', 'director', 'chairman', 'chairwoman', 'chair', 'chief', 'head',
  'secretary', 'senator', 'lawmaker', 'representative', 'governor', 'mayor', 'ambassador', 'general',
  'commander', 'candidate', 'nominee', 'manager', 'adviser', 'advisor', 'aide', 'analyst', 'expert',
  'professor', 'economist', 'lawyer', 'attorney', 'judge', 'officer', 'founder', 'executive', 'ceo',
  'activist', 'man', 'woman', 'resident', 'voter', 'witness', 'doctor', 'author', 'researcher', 'scientist',
  'king', 'queen', 'prince', 'pope', 'premier', 'chancellor', 'mother', 'father', 'son', 'daughter',
  'wife', 'husband', 'friend', 'colleague', 'strategist', 'consultant', 'pollster', 'host', 'anchor',
  'reporter', 'journalist', 'editor', 'columnist', 'historian', 'economist', 'student', 'teacher',
  'owner', 'partner', 'member', 'delegate', 'speaker', 'diplomat', 'envoy', 'negotiator', 'deputy',
  'vice', 'veteran', 'worker', 'farmer', 'supporter', 'critic', 'opponent', 'rival', 'ally', 'official',
]);

/** Personal pronouns that can be a statement's subject, with the referent they need. */
export const SUBJECT_PRONOUNS: ReadonlyMap<string, 'person' | 'thing' | 'plural' | 'speaker'> = new Map([
  ['he', 'person'],
  ['she', 'person'],
  ['it', 'thing'],
  ['they', 'plural'],
  ['we', 'speaker'],
  ['i', 'speaker'],
  ['you', 'speaker'],
]);

/** Back-references to an earlier communication ("the statement added", "the read-out said"). */
export const STATEMENT_BACKREFS: ReadonlySet<string> = new Set([
  'statement', 'read-out', 'readout', 'release', 'communique', 'communiqué', 'report', 'letter', 'document',
  'memo', 'filing', 'post', 'tweet', 'message', 'announcement', 'declaration', 'notice', 'complaint',
  'lawsuit', 'indictment', 'ruling', 'order',
]);

/** Reduces a token for lexicon look-up: lower case, curly apostrophe straightened, possessive dropped. */
export function lexKey(word: string): string {
  return word.toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
}

/** True when `seq` occurs as a contiguous run inside `words` (both lower-case token lists). */
export function containsSequence(words: readonly string[], seq: readonly string[]): boolean {
  outer: for (let i = 0; i + seq.length <= words.length; i++) {
    for (let j = 0; j < seq.length; j++) if (words[i + j] !== seq[j]) continue outer;
    return true;
  }
  return false;
}
