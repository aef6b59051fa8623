/**
 * Titles and role nouns for people. Lower-case; multi-word entries are space-separated.
 *
 * - {@link PERSON_TITLES}: words written before a name that make it a person's name and give the role
 *   ("President Nicolás Maduro", "Mr. Smith", "Foreign Minister Sergei Lavrov"). Some are also role
 *   nouns ("the president said").
 * - {@link HONORIFICS}: courtesy titles that carry no role ("Mr", "Mrs", "Dr").
 * - {@link ROLE_NOUNS}: heads of descriptive references and appositions ("the Russian leader",
 *   "Maduro, Venezuela's leftist leader", "the group's director"): they describe a person.
 */
export const HONORIFICS: readonly string[] = [
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'messrs', 'mme', 'mlle', 'herr', 'frau',
  'senor', 'señor', 'senora', 'señora', 'monsieur', 'madame', 'rev', 'reverend', 'fr', 'father', 'sister',
  'brother', 'sheikh', 'sheik', 'imam', 'rabbi', 'ayatollah', 'mullah', 'hon',
];

/** Titles that also name a role (kept in the actor's role). */
export const PERSON_TITLES: readonly string[] = [
  'president', 'vice president', 'vice-president', 'prime minister', 'premier', 'deputy prime minister',
  'minister', 'foreign minister', 'defence minister', 'defense minister', 'finance minister', 'interior minister',
  'justice minister', 'trade minister', 'economy minister', 'energy minister', 'health minister',
  'chancellor', 'secretary', 'secretary of state', 'secretary-general', 'secretary general', 'undersecretary',
  'senator', 'sen', 'representative', 'rep', 'congressman', 'congresswoman', 'governor', 'gov', 'mayor',
  'king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'pope', 'cardinal', 'archbishop', 'bishop',
  'patriarch', 'general', 'gen', 'lieutenant', 'lt', 'colonel', 'col', 'major', 'maj', 'captain', 'capt',
  'admiral', 'adm', 'commander', 'cmdr', 'sergeant', 'sgt', 'corporal', 'marshal', 'field marshal',
  'judge', 'justice', 'chief justice', 'attorney general', 'prosecutor', 'ambassador', 'envoy', 'consul',
  'speaker', 'chairman', 'chairwoman', 'chair', 'chief executive', 'ceo', 'director', 'inspector', 'detective',
  'superintendent', 'commissioner', 'coach', 'manager', 'striker', 'midfielder', 'defender', 'goalkeeper',
  'leader', 'spokesman', 'spokeswoman', 'spokesperson', 'deputy', 'counsellor', 'crown prince', 'emir', 'sultan',
  'president-elect', 'presidential candidate', 'professor', 'economist', 'analyst', 'democrat', 'republican',
  'major-general', 'lieutenant-general', 'brigadier', 'brigadier-general', 'lieutenant-colonel', 'ex-president', 'former president', 'candidate', 'nominee', 'dictator', 'warlord', 'pastor',
];

/** Role nouns heading descriptive references to people ("the Russian leader", "the group's director"). */
export const ROLE_NOUNS: readonly string[] = [
  'leader', 'president', 'premier', 'prime minister', 'minister', 'chancellor', 'secretary', 'senator',
  'governor', 'mayor', 'king', 'queen', 'prince', 'pope', 'general', 'ambassador', 'envoy', 'diplomat',
  'spokesman', 'spokeswoman', 'spokesperson', 'official', 'chief', 'head', 'director', 'chairman',
  'chairwoman', 'executive', 'founder', 'owner', 'ceo', 'lawmaker', 'legislator', 'politician', 'strongman',
  'dictator', 'autocrat', 'ruler', 'monarch', 'commander', 'ally', 'rival', 'opponent', 'critic', 'adviser',
  'advisor', 'aide', 'negotiator', 'lawyer', 'attorney', 'prosecutor', 'judge', 'coach', 'manager', 'captain',
  'player', 'striker', 'champion', 'winner', 'candidate', 'nominee', 'incumbent', 'successor', 'predecessor',
  'activist', 'journalist', 'reporter', 'editor', 'analyst', 'economist', 'scientist', 'researcher',
  'professor', 'author', 'businessman', 'businesswoman', 'billionaire', 'tycoon', 'oligarch', 'banker',
  'investor', 'entrepreneur', 'dissident', 'opposition leader', 'foreign minister', 'defence minister',
  'defense minister', 'head of state', 'counterpart', 'host', 'guest', 'ally', 'partner',
  // Heads of appositions in news ("a senior fellow at the institute", "a Democratic strategist").
  'fellow', 'scholar', 'strategist', 'consultant', 'officer', 'expert', 'lobbyist', 'pollster', 'historian',
  'member',
];
