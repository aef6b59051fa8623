import { SPEAKER_LABEL_EXCLUSIONS } from '../lexicons/cues';
import type { Span } from '../types';
import type { Frame, ParagraphView } from './frames';
import { npForward } from './np';

const DASHES = '―—–';

/**
 * Attributions that carry no verb:
 * - a speaker label opening a paragraph, as in transcripts and headlines ("PENCE: Well, look, ...",
 *   "Pat Caddell: Democrat voters worried ...");
 * - a quote signed with a dash (`“We deserve better.” ― Carla Sanchez`).
 * Works on one paragraph's tokens; returns frames in text order.
 */
export function labelFrames(v: ParagraphView, paraEnd: number): Frame[] {
  const toks = v.toks;
  const out: Frame[] = [];
  const label = speakerLabel(v, paraEnd);
  if (label) out.push(label);
  for (let k = 0; k + 2 < toks.length; k++) {
    const t = toks[k];
    if (t.q < 0 || t.end !== v.quotes[t.q].end) continue;
    const dash = toks[k + 1];
    if (dash.kind !== 'punct' || !DASHES.includes(dash.text) || !/^\p{Lu}/u.test(toks[k + 2].text)) continue;
    const e = npForward(toks, k + 2, toks.length);
    if (e < 0 || e - k > 6) continue;
    const content: Span[] = v.quotes[t.q].fragments.map((f) => ({ start: f.start, end: f.end }));
    out.push({ content, source: [k + 2, e], cue: { start: dash.start, end: dash.end }, cueParts: [], cueType: 'speech', lemma: 'dash', trailing: true });
  }
  return out;
}

/** "NAME: content" at the start of a paragraph (after an optional opening quote mark). */
function speakerLabel(v: ParagraphView, paraEnd: number): Frame | null {
  const toks = v.toks;
  let k = 0;
  if (toks[0]?.kind === 'punct' && '"“\''.includes(toks[0].text)) k = toks[0].text === "'" && toks[1]?.text === "'" ? 2 : 1;
  const first = k;
  while (k < toks.length && k - first < 5 && (/^\p{Lu}/u.test(toks[k].text) || (toks[k].text === '.' && k > first))) k++;
  if (k === first || toks[k]?.text !== ':' || k + 3 >= toks.length) return null;
  const words = toks.slice(first, k).filter((t) => t.kind === 'word');
  if (words.length === 0 || words.some((w) => SPEAKER_LABEL_EXCLUSIONS.has(w.lc))) return null;
  if (toks[k + 1].start - toks[k].end < 1) return null; // "10:30" or "http:"
  const start = toks[k + 1].start;
  let end = paraEnd;
  // Leave a closing mark of a quoted transcript paragraph outside the content.
  while (end > start && /["”'\s]/.test(v.text[end - 1])) end--;
  if (end - start < 12) return null;
  return {
    content: [{ start, end }],
    source: [first, k - 1],
    cue: { start: toks[k].start, end: toks[k].end },
    cueParts: [],
    cueType: 'speech',
    lemma: 'label',
    trailing: false,
  };
}
