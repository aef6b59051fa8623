/**
 * Closed-class English words the number stage needs to find a counted noun and a clause around a
 * number. Kept beside the stage (not in `lexicons/`) because they encode this stage's phrase rules, not
 * domain vocabulary. Lower-case.
 */

/** Auxiliaries, copulas and negation: they start a verb group after a subject ("87 people have been killed"). */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'have', 'has', 'had', 'having', 'been', 'be', 'being', 'is', 'are', 'was', 'were', 'am', 'will', 'would',
  'could', 'can', 'may', 'might', 'must', 'should', 'shall', 'do', 'does', 'did', 'not', "n't", 'also',
  'still', 'now', 'reportedly', 'allegedly', 'already', 'since', 'then', 'each', 'all', 'both',
]);

/** Common news verbs without an "-ed" ending (irregular pasts, presents) that can follow a counted subject. */
export const VERBS: ReadonlySet<string> = new Set([
  'died', 'die', 'dies', 'fled', 'flee', 'hit', 'hits', 'lost', 'lose', 'left', 'leave', 'rose', 'rise',
  'rises', 'fell', 'fall', 'falls', 'took', 'take', 'takes', 'went', 'go', 'came', 'come', 'made', 'make',
  'remain', 'remains', 'face', 'faces', 'live', 'lives', 'work', 'works', 'grew', 'grow', 'grows', 'cost',
  'costs', 'paid', 'pay', 'spent', 'spend', 'owe', 'owes', 'got', 'get', 'gets', 'need', 'needs', 'include',
  'includes', 'struck', 'strike', 'shot', 'sank', 'sunk', 'won', 'win', 'wins', 'saw', 'see', 'sees', 'held',
  'hold', 'holds', 'ran', 'run', 'runs', 'sent', 'send', 'met', 'meet', 'became', 'become', 'becomes',
  'slain', 'hurt', 'taken', 'given', 'seen', 'known', 'drawn', 'driven', 'thrown', 'built', 'sold', 'bought',
  'brought', 'caught', 'fought', 'stood', 'told', 'kept', 'put', 'set', 'cut', 'led', 'fed', 'bore', 'borne',
  'totalled', 'totaled', 'total', 'totals', 'amount', 'amounts', 'reach', 'reaches', 'exceed', 'exceeds',
]);

/**
 * Words that stop a counted-noun phrase: determiners, prepositions, conjunctions, pronouns, adverbs of
 * comparison and time ("87 more than", "three years ago").
 */
export const PHRASE_STOPS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'of', 'on', 'in', 'at', 'for', 'from', 'to', 'by',
  'with', 'into', 'onto', 'over', 'under', 'about', 'against', 'across', 'among', 'between', 'per', 'than',
  'and', 'or', 'but', 'nor', 'so', 'yet', 'as', 'if', 'who', 'whom', 'whose', 'which', 'what', 'when',
  'where', 'while', 'after', 'before', 'during', 'since', 'until', 'because', 'although', 'though', 'he',
  'she', 'it', 'they', 'we', 'i', 'you', 'him', 'her', 'them', 'us', 'his', 'its', 'their', 'our', 'my',
  'your', 'ago', 'later', 'earlier', 'old', 'apiece', 'each', 'more', 'less', 'fewer', 'too', 'very',
  'said', 'says', 'say', 'according', 'told', 'added', 'there', 'here', 'not', 'no', 'up', 'down', 'out',
  'off', 'again', 'only', 'just', 'even', 'almost', 'nearly', 'some', 'any', 'every', 'last', 'next',
  'year', 'years', 'times', 'percent', 'via', 'through', 'toward', 'towards', 'within', 'without', 'upon',
  'like', 'unlike', 'near', 'outside', 'inside', 'including', 'plus', 'minus', 'around', 'behind', 'beyond',
]);

/** Prepositions (and "a"/"per" for rates) that may open the one phrase a context keeps after a noun. */
export const CONTEXT_PREPOSITIONS: ReadonlySet<string> = new Set([
  'of', 'on', 'in', 'at', 'for', 'from', 'against', 'across', 'per', 'with', 'into', 'onto', 'over', 'among',
  'to', 'a', 'an', 'each', 'every', 'since', 'during', 'by',
]);

/**
 * Words that start a new clause: a context never crosses them ("..., and at least 87 people", "said that").
 */
export const CLAUSE_BOUNDARIES: ReadonlySet<string> = new Set([
  'and', 'but', 'or', 'nor', 'while', 'whereas', 'which', 'who', 'whom', 'whose', 'that', 'because',
  'although', 'though', 'when', 'where', 'if', 'unless', 'whether', 'said', 'says', 'say', 'according',
  'told', 'added', 'adding', 'noted', 'stated', 'announced', 'reported', 'so', 'yet', 'however', 'after',
  'before', 'as',
]);

/**
 * Words that can begin a sentence or phrase before a number without naming anything, so a capitalised one
 * does not make the number part of a name ("In 2024", "About 87", "Some 300"). Checked lower-cased in
 * addition to {@link PHRASE_STOPS} and {@link AUXILIARIES}.
 */
export const NON_NAME_CAPITALS: ReadonlySet<string> = new Set([
  'about', 'around', 'nearly', 'almost', 'roughly', 'approximately', 'some', 'over', 'under', 'only', 'just',
  'another', 'all', 'both', 'at', 'by', 'in', 'on', 'since', 'until', 'from', 'to', 'of', 'for',
  'with', 'after', 'before', 'during', 'and', 'but', 'or', 'then', 'now', 'today', 'yesterday', 'tomorrow',
  'overall', 'altogether', 'together', 'estimated', 'exactly', 'precisely', 'barely',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'between', 'up', 'than',
]);

/** Quantity adjectives that sit where a counted noun would ("87 more", "two others"): never a unit. */
export const QUANTITY_ADJECTIVES: ReadonlySet<string> = new Set([
  'more', 'other', 'others', 'additional', 'further', 'fewer', 'less', 'extra', 'remaining', 'total',
  'combined', 'overall', 'altogether', 'apiece', 'each', 'times', 'percent', 'new',
]);

/** Determiners and possessives that make a small spelled-out count refer back ("the two countries"). */
export const ANAPHORIC_DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'these', 'those', 'both', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'all', 'which', 'whose',
]);
