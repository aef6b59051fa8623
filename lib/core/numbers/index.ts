import type { PreparedText } from '../text/prepare';
import { insideAny } from '../text/prepare';
import { tokenize } from '../text/tokens';
import type { NumberMention, Span, Statement } from '../types';
import { classify } from './classify';
import { contextRange } from './context';
import { isKeyNumber } from './key';
import { findQualifier } from './qualifier';
import { scanNumbers } from './scan';
import type { SentenceTokens } from './tokens';

/** Categories whose bare figure needs the clause before it to mean anything ("the toll rose to 87"). */
const QUANTITY_CATEGORIES: ReadonlySet<string> = new Set(['count', 'money', 'percent']);
/** Words taken before a bare quantity, back to the clause start. */
const MAX_LEFT_QUANTITY = 8;
/** Words taken before a date, year, duration or label: the preposition and a word or two ("on page 12"). */
const MAX_LEFT_OTHER = 3;

/**
 * Finds the numbers in an article and says what each one is: its value (and upper bound for ranges),
 * unit, qualifier ("at least"), category, the short phrase saying what it counts, whether it is a key
 * number, the statement it belongs to and whether it sits in an appeal.
 *
 * Works sentence by sentence on `tokenize` tokens, with bounded look-ahead and look-behind, so it is
 * linear in the text length. Numbers that are parts of names or codes ("Boeing 737", "COVID-19", "4G"),
 * pronoun "one" ("one of the") and tallies ("a 5-4 ruling") are not reported.
 *
 * @param doc the prepared article text.
 * @param statements attributed statements; a number inside one's content gets its `statementId`.
 * @param appealSpans spans of appeal blocks in the text; numbers inside are `inAppeal` and never key.
 */
export function findNumbers(doc: PreparedText, statements: Statement[], appealSpans: Span[]): NumberMention[] {
  const text = doc.text;
  const out: NumberMention[] = [];
  const byStart = [...statements].sort((x, y) => x.start - y.start);
  for (const sentence of doc.sentences) {
    const tokens = tokenize(text, sentence.start, sentence.end);
    const s: SentenceTokens = { tokens, lower: tokens.map((t) => t.text.toLowerCase()) };
    const exprs = scanNumbers(s);
    const classes = exprs.map((e) => classify(s, e));
    // A month shared by two dates ("11 March 11") belongs to the first; the second keeps its digits.
    for (let x = 1; x < exprs.length; x++) {
      const cls = classes[x];
      const before = classes[x - 1];
      if (cls !== null && before !== null && cls.first < before.last) {
        cls.first = exprs[x].first;
        cls.start = exprs[x].start;
      }
    }
    let lo = 0;
    for (let x = 0; x < exprs.length; x++) {
      const e = exprs[x];
      const cls = classes[x];
      if (cls === null) {
        lo = Math.max(lo, e.last); // a skipped name ("Apollo 11") still bounds its neighbours' contexts
        continue;
      }
      const nextFirst = x + 1 < exprs.length ? (classes[x + 1]?.first ?? exprs[x + 1].first) : tokens.length;
      const hi = Math.max(cls.last, findQualifier(s, nextFirst)?.first ?? nextFirst);
      const q = findQualifier(s, cls.first);
      const maxLeft = cls.hasNoun ? 0 : QUANTITY_CATEGORIES.has(cls.category) ? MAX_LEFT_QUANTITY : MAX_LEFT_OTHER;
      const [from, to] = contextRange(s, { first: q?.first ?? cls.first, unitLast: Math.max(cls.unitLast, cls.last), maxLeft, lo, hi });
      lo = Math.max(lo, Math.min(to, cls.unitLast));
      const contextStart = tokens[from].start;
      const contextEnd = tokens[to - 1].end;
      const start = cls.start;
      const end = cls.end;
      const statement = statementAt(byStart, start, end);
      const inAppeal = insideAny(appealSpans, start, end);
      const m: NumberMention = {
        start,
        end,
        text: text.slice(start, end),
        value: e.value,
        context: text.slice(contextStart, contextEnd),
        contextStart,
        contextEnd,
        category: cls.category,
        inAppeal,
      };
      if (e.valueMax !== undefined) m.valueMax = e.valueMax;
      if (cls.unit !== undefined) m.unit = cls.unit;
      const qualifier = q?.text ?? e.amount.approx;
      if (qualifier !== undefined) m.qualifier = qualifier;
      if (cls.per !== undefined) m.per = cls.per;
      if (statement !== null) m.statementId = statement.id;
      m.key = isKeyNumber({
        cls,
        value: e.value,
        inAppeal,
        inStatement: statement !== null && !statement.inAppeal,
        approximate: e.amount.approx !== undefined,
        contextWords: s.lower.slice(from, to),
      });
      out.push(m);
    }
  }
  return out;
}

/** How many statements before the candidate to check; statements rarely nest deeper than this. */
const NESTING_LOOKBACK = 8;

/**
 * The statement whose content contains `[start, end)` — inside one of its fragments when it has
 * fragments, so a number in the "he said" between two quoted parts is not attributed. Binary search over
 * statements sorted by start.
 */
function statementAt(byStart: readonly Statement[], start: number, end: number): Statement | null {
  let lo = 0;
  let hi = byStart.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (byStart[mid].start <= start) {
      last = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  for (let k = last; k >= 0 && k > last - NESTING_LOOKBACK; k--) {
    const st = byStart[k];
    if (start < st.start || end > st.end) continue;
    if (st.fragments === undefined || st.fragments.some((f) => start >= f.start && end <= f.end)) return st;
  }
  return null;
}
