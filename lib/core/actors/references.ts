import { insideAny, type PreparedText } from '../text/prepare';
import { tokenize } from '../text/tokens';
import type { Span, TextSpan } from '../types';
import { demonymPlace, fold, gazetteer, placeInfo } from './gazetteer';

/** A descriptive reference to a person ("the Russian leader", "Venezuela's leftist leader"). */
export interface DescriptiveRef extends TextSpan {
  /** The country it ties the person to ("Russia"). */
  country: string;
  /** The role noun it ends in ("leader"). */
  role: string;
}

const MAX_ADJECTIVES = 2;

/**
 * Finds descriptive references of the shapes `the <Demonym> [adj]{0,2} <role>` and
 * `<Place>'s [adj]{0,2} <role>` outside appeals. A reference directly followed by a capitalised name
 * is a title ("the Russian leader Vladimir Putin"), not a reference, and is skipped. Linear time.
 */
export function findDescriptiveRefs(doc: PreparedText, appealSpans: readonly Span[]): DescriptiveRef[] {
  const g = gazetteer();
  const out: DescriptiveRef[] = [];
  const text = doc.text;
  for (const s of doc.sentences) {
    if (insideAny(appealSpans, s.start, s.end)) continue;
    const toks = tokenize(text, s.start, s.end);
    for (let i = 1; i < toks.length; i++) {
      const t = toks[i];
      if (t.kind !== 'word' || t.text !== t.text.toLowerCase() || !g.roles.has(fold(t.text))) continue;
      const after = toks[i + 1];
      if (after && after.kind === 'word' && /^\p{Lu}/u.test(after.text)) continue;
      let j = i - 1;
      let adjectives = 0;
      while (j >= 0 && adjectives < MAX_ADJECTIVES && toks[j].kind === 'word' && toks[j].text === toks[j].text.toLowerCase() && !g.notNames.has(fold(toks[j].text))) {
        j--;
        adjectives++;
      }
      const q = toks[j];
      if (q === undefined || q.kind !== 'word') continue;
      let country: string | undefined;
      let start = -1;
      if (/['’]s$/.test(q.text)) {
        const place = placeInfo(q.text.slice(0, -2));
        if (place?.kind === 'country') { country = place.canonical; start = q.start; }
      } else if (toks[j - 1]?.text.toLowerCase() === 'the') {
        const place = placeInfo(q.text);
        country = place?.kind === 'country' ? place.canonical : demonymPlace(q.text);
        start = toks[j - 1].start;
      }
      if (!country || start < 0) continue;
      out.push({ start, end: t.end, text: text.slice(start, t.end), country, role: fold(t.text) });
    }
  }
  return out;
}
