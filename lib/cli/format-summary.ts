/**
 * Renders an Analysis as the plain-text summary the popup shows: header, appeal notices, statements by
 * source, actors and key numbers. Used by `npm start` and `npm run analyze` without `--json`.
 */
import {
  appealLabel, articleStatements, keyNumbers, sourceName, statementsBySource, storyActors, truncate,
} from '../core/summary';
import type { Analysis, SourceKind, Statement } from '../core/types';

const KIND_NAMES: Record<SourceKind, string> = {
  official: 'official', person: 'person', organization: 'organisation', anonymous: 'anonymous source',
  publication: 'the publication', unknown: 'unclassified',
};

function quoteOf(s: Statement, max = 110): string {
  const t = truncate(s.text.replace(/^["“”„«»'‘’\s]+|["“”„«»'‘’\s]+$/g, ''), max);
  return s.mode === 'indirect' ? t : `“${t}”`;
}

/** Formats the summary; `width` is only a soft guide for rules. */
export function formatSummary(a: Analysis): string {
  const out: string[] = [];
  const rule = '─'.repeat(72);
  out.push(rule, a.title ?? '(untitled)');
  const sub = [a.siteName, a.byline && a.byline !== a.siteName ? a.byline : null, a.publishedTime].filter(Boolean);
  if (sub.length) out.push(sub.join(' · '));
  out.push(rule);

  if (a.partial) out.push('⚠ Paywall: the article may be truncated; this summary may be partial.');
  for (const ap of a.appeals) {
    const where = ap.where === 'article' ? 'inside the article text' : 'on the page';
    out.push(`⚑ ${appealLabel(ap)} (${where}) — not part of the article; its claims and numbers are left out.`);
  }
  if (a.appeals.length || a.partial) out.push('');

  const stmts = articleStatements(a);
  out.push(`STATEMENTS BY SOURCE (${stmts.length})`);
  if (!stmts.length) out.push('  Nothing attributed in this article.');
  for (const g of statementsBySource(a)) {
    const label = g.name ?? 'Unattributed';
    const kind = g.kind ? ` [${KIND_NAMES[g.kind]}]` : '';
    out.push(`• ${label}${kind}`);
    for (const s of g.statements) {
      const flag = s.official ? ' [official statement]' : '';
      const surface = s.source && s.source.resolved ? ` (as “${s.source.text}”)` : '';
      const cue = s.cue ? ` — ${[s.cue.text, ...(s.cueParts ?? []).map((c) => c.text)].join(' … ')}` : '';
      out.push(`    ${s.mode.padEnd(8)} ${quoteOf(s)}${cue}${surface}${flag}`);
    }
  }
  out.push('');

  const actors = storyActors(a);
  out.push(`ACTORS (${a.actors.length})`);
  for (const ac of actors) {
    const role = ac.role ? `, ${ac.role}` : '';
    const gov = ac.government ? ' (government)' : '';
    const said = ac.statements ? ` — ${ac.statements} statement${ac.statements > 1 ? 's' : ''}` : '';
    out.push(`• ${ac.name} — ${ac.type}${gov}${role}${said}`);
  }
  if (!actors.length) out.push('  None found.');
  out.push('');

  const nums = keyNumbers(a);
  out.push(`KEY NUMBERS (${nums.length})`);
  for (const { number: n, statement } of nums) {
    const who = statement ? `according to ${sourceName(statement) ?? 'an unnamed source'}` : 'unattributed';
    out.push(`• ${n.text} — “${n.context}” (${who})`);
  }
  if (!nums.length) out.push('  None found.');
  return out.join('\n');
}
