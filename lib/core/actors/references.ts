import { insideAny, type PreparedText } from '../text/prepare';
import type { Span, TextSpan } from '../types';
import { F_CAP, F_LOWER, F_POSS, type TokenFeatures, tokenFeatures } from './features';
import { demonymPlace, gazetteer, placeInfo } from './gazetteer';

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
export function findDescriptiveRefs(doc: PreparedText, appealSpans: readonly Span[], F: TokenFeatures = tokenFeatures(doc)): DescriptiveRef[] {
  const g = gazetteer();
  const out: DescriptiveRef[] = [];
  const text = doc.text;
  const toks = doc.tokens;
  for (const s of doc.sentences) {
    if (appealSpans.length > 0 && insideAny(appealSpans, s.start, s.end)) continue;
    const from = s.tokenStart;
    for (let i = from + 1; i < s.tokenEnd; i++) {
      const t = toks[i];
      if (t.kind !== 'word' || !(F.flags[i] & F_LOWER) || !g.roles.has(F.fk[i])) continue;
      if (i + 1 < s.tokenEnd && toks[i + 1].kind === 'word' && F.flags[i + 1] & F_CAP && /^\p{Lu}/u.test(toks[i + 1].text)) continue;
      let j = i - 1;
      let adjectives = 0;
      while (j >= from && adjectives < MAX_ADJECTIVES && toks[j].kind === 'word' && F.flags[j] & F_LOWER && !g.notNames.has(F.fk[j])) {
        j--;
        adjectives++;
      }
      if (j < from) continue;
      const q = toks[j];
      if (q.kind !== 'word') continue;
      let country: string | undefined;
      let start = -1;
      if (F.flags[j] & F_POSS && q.text.charCodeAt(q.text.length - 1) === 115) {
        const place = placeInfo(q.text.slice(0, -2));
        if (place?.kind === 'country') { country = place.canonical; start = q.start; }
      } else if (j - 1 >= from && F.low[j - 1] === 'the') {
        const place = placeInfo(q.text);
        country = place?.kind === 'country' ? place.canonical : demonymPlace(q.text);
        start = toks[j - 1].start;
      }
      if (!country || start < 0) continue;
      out.push({ start, end: t.end, text: text.slice(start, t.end), country, role: F.fk[i] });
    }
  }
  return out;
}
