import { APPEAL_LANGUAGES, type AppealLanguage, type AppealPhrase } from '../lexicons/appeal-phrases';
import { tokenize } from '../text/tokens';

/**
 * A lexicon pattern compiled to lower-case tokens (`#` = number, `*` = gap of 0-3 tokens). Patterns
 * starting with a number are indexed under the key "#".
 */
export interface CompiledPhrase {
  tokens: readonly string[];
  entry: AppealPhrase;
  /** True when the pattern contains a reader-address word ("support us", "your inbox"). */
  addressed: boolean;
}

/** All appeal languages compiled once for matching. */
export interface CompiledLexicon {
  /** Patterns indexed by their first token, so matching costs one map lookup per text token. */
  byFirst: ReadonlyMap<string, readonly CompiledPhrase[]>;
  /** Imperative lead phrases ("please", "click here to"), indexed the same way. */
  leadsByFirst: ReadonlyMap<string, readonly CompiledPhrase[]>;
  readerAddress: ReadonlySet<string>;
  reporting: ReadonlySet<string>;
  /** Button texts (normalised: lower-case tokens joined by one space) to their entry. */
  buttons: ReadonlyMap<string, AppealPhrase>;
}

/** Lower-cases a token and folds typographic apostrophes so "you’re" matches "you're". */
export function normToken(t: string): string {
  const l = t.toLowerCase();
  return l.includes('’') ? l.replace(/’/g, "'") : l;
}

/** Tokens of `s`, normalised; the shared key format for patterns and button texts. */
export function normTokens(s: string): string[] {
  return tokenize(s).map((t) => normToken(t.text));
}

function index(into: Map<string, CompiledPhrase[]>, c: CompiledPhrase): void {
  const first = c.tokens[0];
  // A leading `*` would make every token a candidate; a leading `#` is indexed under "#" for numbers.
  if (first === undefined || first === '*') throw new Error(`appeal pattern must start with a word or #: "${c.entry.p}"`);
  const list = into.get(first);
  if (list) list.push(c);
  else into.set(first, [c]);
}

/** Compiles the given languages (all known ones by default). Throws on a malformed pattern. */
export function compileLexicon(languages: readonly AppealLanguage[] = APPEAL_LANGUAGES): CompiledLexicon {
  const readerAddress = new Set<string>();
  const reporting = new Set<string>();
  for (const l of languages) {
    for (const w of l.readerAddress) readerAddress.add(normToken(w));
    for (const w of l.reportingVerbs) reporting.add(normToken(w));
  }
  const byFirst = new Map<string, CompiledPhrase[]>();
  const leadsByFirst = new Map<string, CompiledPhrase[]>();
  const buttons = new Map<string, AppealPhrase>();
  for (const l of languages) {
    for (const entry of l.phrases) {
      const tokens = normTokens(entry.p);
      if (entry.role === 'button') {
        const key = tokens.join(' ');
        // A kind-bearing button wins over a neutral one with the same text.
        if (!buttons.has(key) || entry.kind) buttons.set(key, entry);
        continue;
      }
      index(byFirst, { tokens, entry, addressed: tokens.some((t) => readerAddress.has(t)) });
    }
    for (const p of l.imperativeLeads) {
      index(leadsByFirst, { tokens: normTokens(p), entry: { p, role: 'cue' }, addressed: false });
    }
  }
  return { byFirst, leadsByFirst, readerAddress, reporting, buttons };
}

let cached: CompiledLexicon | null = null;

/** The default lexicon (all languages), compiled on first use. */
export function defaultLexicon(): CompiledLexicon {
  if (!cached) cached = compileLexicon();
  return cached;
}
