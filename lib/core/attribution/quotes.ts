import type { Span } from '../types';

/** A quotation: from its opening mark to its closing mark (inclusive), possibly over several paragraphs. */
export interface Quote extends Span {
  /** One span per paragraph the quote covers (a continued quote re-opens in each paragraph). */
  fragments: Span[];
  /** False when no closing mark was found: the quote then ends at its (last) paragraph's end. */
  closed: boolean;
}

/** Closing mark expected for each opening mark. „ closes with “ (German) or ” (Polish, some English). */
const CLOSE_FOR: Readonly<Record<string, string>> = {
  // Straight and curly double marks are mixed up in real copy (“...," / "...”): either closes the other.
  '“': '”"',
  '"': '"”',
  '«': '»',
  '„': '“”',
  '‘': '’',
  '‹': '›',
  // A paragraph opened with a closing mark by mistake (”Fear. I am ...”) closes with the same mark.
  '”': '”',
};

/** Every character {@link findQuotes} acts on: openers, closers and the apostrophe (for `''`). */
const QUOTE_CHARS = /["'“”«»„‹›‘’]/g;

const SPACE_OR_OPEN = /[\s([{—–\-/]/;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/** Classifies a straight double quote at `i` by its neighbours: opening when it follows a space or start. */
function straightOpens(text: string, i: number, floor: number, width = 1): boolean {
  const before = i > floor ? text[i - 1] : ' ';
  const after = text[i + width];
  if (after === undefined || /\s/.test(after)) return false;
  return SPACE_OR_OPEN.test(before) || /[“‘«„]/.test(before);
}

/**
 * Finds top-level quotations in each paragraph. Nested quotes are part of their outer quote. A quote
 * left open at a paragraph's end continues when the next paragraph opens with the same kind of mark
 * (the newswire convention for multi-paragraph quotes); otherwise it ends with its paragraph.
 * Single curly quotes count only as openers after a space (so apostrophes are never openers).
 * Linear time: one pass over the text.
 */
export function findQuotes(text: string, paragraphs: readonly Span[]): Quote[] {
  const out: Quote[] = [];
  let pending = null as Quote | null; // open quote carried over from the previous paragraph
  let pendingOpener = '';
  let nextQ = -1;
  for (const para of paragraphs) {
    let open = -1;
    let opener = '';
    let depth = 0;
    let current = null as Quote | null;
    if (pending) {
      const first = text.startsWith("''", para.start) ? '"' : text[para.start];
      const continues = first === pendingOpener || (pendingOpener === '"' && first === '“') || (pendingOpener === '“' && first === '"');
      if (continues) {
        current = pending;
        open = para.start;
        opener = first;
      } else {
        out.push(pending);
      }
      pending = null;
    }
    for (let i = open >= 0 ? para.start + (text.startsWith("''", para.start) ? 2 : 1) : para.start; i < para.end; i++) {
      // Jump to the next quote-like character: most of the text has none, and a regex scan is far faster
      // than a per-character loop. `nextQ` is reused across paragraphs, so the whole text is scanned once.
      if (nextQ < i) {
        QUOTE_CHARS.lastIndex = i;
        const m = QUOTE_CHARS.exec(text);
        nextQ = m ? m.index : text.length;
      }
      i = nextQ;
      if (i >= para.end) break;
      // Two apostrophes ('') stand for a straight double quote in some newspaper archives.
      const pair = text[i] === "'" && text[i + 1] === "'";
      const ch = pair ? '"' : text[i];
      const w = pair ? 2 : 1;
      if (open < 0) {
        const isOpener =
          ch === '“' || ch === '«' || ch === '„' || ch === '‹' ||
          (ch === '”' && i === para.start && isWordChar(text[i + 1])) ||
          (ch === '"' && straightOpens(text, i, para.start, w)) ||
          (ch === '‘' && (i === para.start || SPACE_OR_OPEN.test(text[i - 1])) && isWordChar(text[i + 1]));
        if (isOpener) {
          open = i;
          i += w - 1;
          opener = ch;
          depth = 0;
          current = null;
        }
        continue;
      }
      const closers = CLOSE_FOR[opener];
      // Nesting: guillemets nest (« « » »); a repeated “ is far more often a typo for ” than a nested quote.
      if (ch === opener && (opener === '«' || opener === '‹')) {
        depth++;
        continue;
      }
      if (closers.includes(ch)) {
        if (ch === '"' && straightOpens(text, i, para.start, w) && !/[,.;:!?…—]/.test(text[i - 1])) continue;
        if (opener === '‘' && isWordChar(text[i + 1])) continue; // apostrophe inside a word: don't close
        if (depth > 0) {
          depth--;
          continue;
        }
        const frag = { start: open, end: i + w };
        if (current) {
          current.fragments.push(frag);
          current.end = i + w;
          current.closed = true;
          out.push(current);
        } else {
          out.push({ start: open, end: i + w, fragments: [frag], closed: true });
        }
        i += w - 1;
        open = -1;
        current = null;
      }
    }
    if (open >= 0) {
      const frag = { start: open, end: para.end };
      if (current) {
        current.fragments.push(frag);
        current.end = para.end;
      } else {
        current = { start: open, end: para.end, fragments: [frag], closed: false };
      }
      // Only double-quote families carry over paragraphs; a stray single quote ends with its paragraph.
      if (opener === '‘' || opener === '‹') out.push(current);
      else {
        pending = current;
        pendingOpener = opener === '„' ? '„' : opener;
      }
    }
  }
  if (pending) out.push(pending);
  return out;
}
