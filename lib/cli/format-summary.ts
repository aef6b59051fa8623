/**
 * Renders an Analysis as the plain-text summary the popup shows (header, appeal notices, statements by
 * source, actors, key numbers), using the same selectors as the popup (`lib/core/summary.ts`).
 * Used by `npm start` and `npm run analyze` without `--json`.
 */
import { actorViews, articleStatements, groupStatementsBySource, keyNumbers } from '../core/summary';
import type { Analysis, AppealKind, SourceKind } from '../core/types';

const KIND_NAMES: Record<SourceKind, string> = {
  official: 'official', person: 'person', organization: 'organisation', anonymous: 'anonymous source',
  publication: 'the publication', unknown: 'unclassified',
};

/** Fallback names for appeals the core did not label. */
const APPEAL_NAMES: Record<AppealKind, string> = {
  donation: 'Donation appeal from the publisher', subscription: 'Subscription appeal',
  newsletter: 'Newsletter sign-up appeal', paywall: 'Paywall', registration: 'Registration wall',
  adblock: 'Ad-blocker appeal',
};

/** Formats the summary as plain text. */
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
    out.push(`⚑ ${ap.label ?? APPEAL_NAMES[ap.kind]} (${where}) — not part of the article; its claims and numbers are left out.`);
  }
  if (a.appeals.length || a.partial) out.push('');

  out.push(`STATEMENTS BY SOURCE (${articleStatements(a).length})`);
  const groups = groupStatementsBySource(a);
  if (!groups.length) out.push('  Nothing attributed in this article.');
  const byId = new Map(a.statements.map((s) => [s.id, s]));
  for (const g of groups) {
    out.push(`• ${g.name ?? 'Unattributed'}${g.kind ? ` [${KIND_NAMES[g.kind]}]` : ''}`);
    for (const v of g.statements) {
      const s = byId.get(v.id);
      const surface = s?.source?.resolved ? ` (as “${s.source.text}”)` : '';
      const quote = v.mode === 'indirect' ? v.quote : `“${v.quote}”`;
      out.push(`    ${v.mode.padEnd(8)} ${quote}${v.cue ? ` — ${v.cue}` : ''}${surface}${v.official ? ' [official statement]' : ''}`);
    }
  }
  out.push('');

  const actors = actorViews(a);
  out.push(`ACTORS (${actors.length})`);
  for (const ac of actors.slice(0, 12)) {
    const gov = ac.government ? ' (government)' : '';
    const said = ac.statementCount ? ` — ${ac.statementCount} statement${ac.statementCount > 1 ? 's' : ''}` : '';
    out.push(`• ${ac.name} — ${ac.type}${gov}${ac.role ? `, ${ac.role}` : ''}${said}`);
  }
  if (!actors.length) out.push('  None found.');
  out.push('');

  const nums = keyNumbers(a);
  out.push(`KEY NUMBERS (${nums.length})`);
  for (const n of nums) out.push(`• ${n.text} — “${n.context}” (${n.source ? `according to ${n.source}` : 'unattributed'})`);
  if (!nums.length) out.push('  None found.');
  return out.join('\n');
}
