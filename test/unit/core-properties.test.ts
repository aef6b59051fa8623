/**
 * Property-based tests of the analysis core's contract (lib/core/types.ts): for any input string, and for
 * generated news-like text (quotes, "said" / "according to", numbers, names, appeal phrases),
 * `analyze()` never throws and every span it returns is inside `Analysis.text` with
 * `text.slice(start, end) === span.text`; statements, appeals and numbers do not overlap among
 * themselves; ids are unique. Runs are kept modest (CI time) but varied; a failure prints the shrunk
 * counterexample, which belongs in the owning stage's co-located tests once fixed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/core/analyze';
import { contractViolations } from './contract';

// --- Generators ---------------------------------------------------------------------------------------

const NAMES = ['Vladimir Putin', 'Putin', 'Nicolás Maduro', 'Maduro', 'Olaf Scholz', 'Ursula von der Leyen', 'Li Qiang',
  "Seán O'Brien", 'Jean-Luc Mélenchon', 'María José García', 'the Kremlin', 'the White House', 'Caracas', 'NATO',
  'the Health Ministry', 'a spokesperson', 'officials', 'sources', 'he', 'she', 'they', 'the president'];
const TITLES = ['', 'President ', 'Russian President ', 'Foreign Minister ', 'Dr. ', 'Gov. ', 'Prime Minister '];
const CUES = ['said', 'told reporters', 'added', 'warned', 'claimed', 'said in a statement', 'wrote on X', 'believes', 'noted'];
const CLAUSES = ['the talks had failed', 'we will not back down', 'prices rose 4.2% in March', 'at least 87 people were killed',
  'the deal is worth $1.2 billion', 'nothing has changed', 'the vote was rigged', 'it was a “historic” day',
  'some 10 to 15 soldiers were wounded', 'the plan costs €6 a month', 'about two-thirds of voters agreed', ''];
const APPEALS = ['Please donate to support our journalism.', 'Subscribe now for just $1 a week.',
  'Sign up for our newsletter.', 'You have read 3 of 10 free articles.', 'Please disable your ad blocker.',
  'Support independent journalism: give €5 a month.'];
const NUMBERS = ['87', '4.2%', '$1.2 billion', '€6', '10 to 15', 'two-thirds', '1,000', '2024', '3.5m', '½', '-3', '1e9', '00', '.5'];
const OPEN_CLOSE: [string, string][] = [['“', '”'], ['"', '"'], ['‘', '’'], ['«', '»'], ['„', '“'], ['‹', '›'], ["'", "'"], ['「', '」']];

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);
const cap = (s: string) => (s ? s[0].toUpperCase() + s.slice(1) : s);

/** One news-like sentence, built from templates with random parts (and random damage). */
const sentence: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(pick(OPEN_CLOSE), pick(CLAUSES), pick(TITLES), pick(NAMES), pick(CUES))
    .map(([[o, c], cl, t, n, cue]) => `${o}${cap(cl)},${c} ${t}${n} ${cue}.`),
  fc.tuple(pick(TITLES), pick(NAMES), pick(CUES), pick(CLAUSES)).map(([t, n, cue, cl]) => `${cap(t + n)} ${cue} that ${cl}.`),
  fc.tuple(pick(CLAUSES), pick(NAMES)).map(([cl, n]) => `${cap(cl)}, according to ${n}.`),
  fc.tuple(pick(OPEN_CLOSE), pick(CLAUSES), pick(NAMES), pick(CUES), pick(CLAUSES))
    .map(([[o, c], a, n, cue, b]) => `${o}${cap(a)},${c} ${n} ${cue}, ${o}${b}.${c}`),
  fc.tuple(pick(NUMBERS), pick(NAMES), pick(NUMBERS)).map(([x, n, y]) => `${n} reported ${x} cases, up from ${y} last year.`),
  pick(APPEALS),
  pick(OPEN_CLOSE).map(([o, c]) => `${o}${o}${c}`),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
);

/** An article: paragraphs of sentences joined like the extractor does ("\n\n"), sometimes with odd separators. */
const article: fc.Arbitrary<string> = fc
  .array(fc.array(sentence, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 })
  .chain((paras) => fc.tuple(fc.constant(paras), fc.constantFrom(' ', '  ', '\u00a0', ' \n', '')))
  .map(([paras, sep]) => paras.map((p) => p.join(sep || ' ')).join('\n\n'));

// SOURCEMARK_FC_RUNS=5000 for a long local hunt; CI keeps the default.
const RUNS = { numRuns: Number(process.env.SOURCEMARK_FC_RUNS) || 150 };

describe('analyze() contract holds for any input (fast-check)', () => {
  it('arbitrary strings (UTF-16 units, incl. lone surrogates): no throw, all spans valid', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        expect(contractViolations(analyze(text))).toEqual([]);
      }),
      RUNS,
    );
  });

  it('arbitrary strings over a news alphabet (quotes, digits, capitals, cue words)', () => {
    const tokens = fc.constantFrom('said', ' ', '“', '”', '"', '‘', '’', '«', '»', '„', ',', '.', '\n', '\n\n', 'Putin', 'According to',
      'he', '87', '%', '$', '€', 'million', 'at least', 'donate', 'subscribe', 'Mr.', 'U.S.', ':', '—', '(', ')', '?', '!');
    fc.assert(
      fc.property(fc.array(tokens, { maxLength: 120 }).map((t) => t.join('')), (text) => {
        expect(contractViolations(analyze(text))).toEqual([]);
      }),
      RUNS,
    );
  });

  it('news-like generated articles: statements, appeals, actors and numbers keep the contract', () => {
    fc.assert(
      fc.property(article, (text) => {
        const a = analyze(text);
        expect(a.text).toBe(text);
        expect(contractViolations(a, { statementOverlap: false })).toEqual([]);
      }),
      RUNS,
    );
  });

  it('is deterministic: the same text gives the same analysis', () => {
    fc.assert(
      fc.property(article, (text) => {
        expect(JSON.stringify(analyze(text))).toBe(JSON.stringify(analyze(text)));
      }),
      { numRuns: 40 },
    );
  });

  // Regressions of bugs the property tests found.
  it('statements never partly overlap ("according to" content used to reach back over a quote)', () => {
    const text = '“The talks had failed,” Vladimir Putin said, “the talks had failed.” About two-thirds of voters agreed, according to Vladimir Putin.';
    expect(contractViolations(analyze(text))).toEqual([]);
  });

  it('a cue right after a closing parenthesis at the start does not throw (verbFrame used to read toks[-1])', () => {
    expect(() => analyze(')said')).not.toThrow();
  });
});
