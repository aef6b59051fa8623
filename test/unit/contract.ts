/**
 * The span contract of an Analysis (lib/core/types.ts) as one checker, shared by the property-based and
 * adversarial tests: offsets inside the text, `text.slice(start, end) === span.text`, statements nested or
 * disjoint, no overlaps among appeals / numbers, unique ids, links to existing ids.
 */
import type { Analysis, Span } from '../../lib/core/types';

/** Every contract violation of one Analysis, as readable strings (empty = valid). */
export function contractViolations(a: Analysis, opts: { statementOverlap?: boolean } = {}): string[] {
  const out: string[] = [];
  const n = a.text.length;
  const inside = (what: string, s: { start: number; end: number } | null | undefined) => {
    if (!s) return;
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= n && s.start <= s.end)) {
      out.push(`${what} [${s.start},${s.end}) outside [0,${n}) or inverted`);
      return false;
    }
    return true;
  };
  const textSpan = (what: string, s: { start: number; end: number; text: string } | null | undefined) => {
    if (!s) return;
    if (inside(what, s) && a.text.slice(s.start, s.end) !== s.text) {
      out.push(`${what} text ${JSON.stringify(s.text)} != slice ${JSON.stringify(a.text.slice(s.start, s.end))}`);
    }
  };
  const noOverlap = (what: string, spans: Span[]) => {
    const sorted = [...spans].sort((x, y) => x.start - y.start || x.end - y.end);
    for (let i = 1; i < sorted.length; i++) {
      if (sorted[i].start < sorted[i - 1].end) {
        out.push(`${what} overlap: [${sorted[i - 1].start},${sorted[i - 1].end}) and [${sorted[i].start},${sorted[i].end})`);
      }
    }
  };
  // Statements may nest (a denial inside an accusation) but never partly overlap.
  const nestOrDisjoint = (what: string, spans: Span[]) => {
    const sorted = [...spans].sort((x, y) => x.start - y.start || y.end - x.end);
    const open: Span[] = [];
    for (const sp of sorted) {
      while (open.length && open[open.length - 1].end <= sp.start) open.pop();
      const outer = open[open.length - 1];
      if (outer && sp.end > outer.end) {
        out.push(`${what} partly overlap: [${outer.start},${outer.end}) and [${sp.start},${sp.end})`);
      }
      open.push(sp);
    }
  };
  const unique = (what: string, ids: string[]) => {
    if (new Set(ids).size !== ids.length) out.push(`${what} ids not unique: ${ids.join(',')}`);
  };

  for (const p of a.paragraphs ?? []) inside('paragraph', p);
  for (const s of a.statements) {
    textSpan(`statement ${s.id}`, s);
    textSpan(`statement ${s.id} source`, s.source);
    if (s.source?.resolved && s.source.resolved.start !== undefined) {
      inside(`statement ${s.id} resolved antecedent`, { start: s.source.resolved.start, end: s.source.resolved.end ?? -1 });
    }
    textSpan(`statement ${s.id} cue`, s.cue);
    for (const c of s.cueParts ?? []) textSpan(`statement ${s.id} cuePart`, c);
    for (const f of s.fragments ?? []) {
      if (inside(`statement ${s.id} fragment`, f) && (f.start < s.start || f.end > s.end)) {
        out.push(`statement ${s.id} fragment [${f.start},${f.end}) outside its statement [${s.start},${s.end})`);
      }
    }
  }
  if (opts.statementOverlap !== false) nestOrDisjoint('statements', a.statements);
  unique('statement', a.statements.map((s) => s.id));

  const articleAppeals: Span[] = [];
  for (const ap of a.appeals) {
    if (ap.start === null || ap.end === null) {
      if (ap.where === 'article') out.push(`article appeal without offsets`);
      continue;
    }
    textSpan(`appeal ${ap.kind}`, { start: ap.start, end: ap.end, text: ap.text });
    articleAppeals.push({ start: ap.start, end: ap.end });
  }
  noOverlap('appeals', articleAppeals);

  for (const ac of a.actors) {
    for (const m of ac.mentions) inside(`actor ${ac.id} mention`, m);
    for (const r of ac.references ?? []) textSpan(`actor ${ac.id} reference`, r);
  }
  unique('actor', a.actors.map((x) => x.id));
  const statementIds = new Set(a.statements.map((s) => s.id));
  const actorIds = new Set(a.actors.map((x) => x.id));
  for (const s of a.statements) {
    if (s.source?.actorId && !actorIds.has(s.source.actorId)) out.push(`statement ${s.id} names unknown actor ${s.source.actorId}`);
  }

  for (const x of a.numbers) {
    textSpan(`number ${x.text}`, x);
    if (!Number.isFinite(x.value)) out.push(`number ${x.text} has value ${x.value}`);
    if (x.contextStart !== undefined && x.contextEnd !== undefined) {
      textSpan(`number ${x.text} context`, { start: x.contextStart, end: x.contextEnd, text: x.context });
    }
    if (x.statementId && !statementIds.has(x.statementId)) out.push(`number ${x.text} links unknown statement ${x.statementId}`);
  }
  noOverlap('numbers', a.numbers);
  return out;
}
