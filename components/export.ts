/**
 * "Copy summary": the popup's summary as Markdown (for notes, documents, chat) and as JSON (for tools).
 * Built from the same selectors as the popup (`lib/core/summary.ts`), so the rules hold here too:
 * nothing from appeals, unknown sources said to be unknown. Quotes are given in full, not truncated.
 */
import type { Analysis, Statement } from '../lib/core/types';
import { ACTOR_TYPE_LABELS, SOURCE_KIND_LABELS, STRINGS, t } from './strings';
import {
  actorViews,
  appealNames,
  cueText,
  groupStatementsBySource,
  keyNumbers,
  statementContent,
} from './view-model';

/** Identifies the JSON shape below; bumped when it changes incompatibly. */
export const SUMMARY_JSON_SCHEMA = 'sourcemark-summary/1';

/** One statement in the exported summary. */
export interface ExportStatement {
  id: string;
  mode: Statement['mode'];
  official: boolean;
  /** The full statement content, without the article's wrapping quotation marks. */
  quote: string;
  cue: string | null;
  start: number;
  end: number;
}

/** The exported summary (JSON form). */
export interface SummaryExport {
  schema: typeof SUMMARY_JSON_SCHEMA;
  title: string | null;
  siteName: string | null;
  byline: string | null;
  publishedTime: string | null;
  url: string | null;
  /** True when a paywall may have cut the article short. */
  partial: boolean;
  sources: { name: string | null; kind: string | null; statements: ExportStatement[] }[];
  actors: { name: string; type: string; role: string | null; government: boolean; statements: number }[];
  keyNumbers: { text: string; context: string; source: string | null }[];
  /** Names of the appeals found; their content is not in this summary. */
  appealsExcluded: string[];
}

/** The summary as a plain object (what "Copy as JSON" copies). */
export function summaryExport(analysis: Analysis, url?: string | null): SummaryExport {
  const byId = new Map(analysis.statements.map((s) => [s.id, s]));
  return {
    schema: SUMMARY_JSON_SCHEMA,
    title: analysis.title,
    siteName: analysis.siteName,
    byline: analysis.byline,
    publishedTime: analysis.publishedTime,
    url: url ?? analysis.url ?? null,
    partial: analysis.partial === true || analysis.appeals.some((a) => a.truncatesArticle === true),
    sources: groupStatementsBySource(analysis).map((g) => ({
      name: g.name,
      kind: g.kind,
      statements: g.statements.map((v) => {
        const s = byId.get(v.id);
        return {
          id: v.id,
          mode: v.mode,
          official: v.official,
          quote: s ? statementContent(s, analysis.text).replace(/\s+/g, ' ').trim() : v.quote,
          cue: s ? cueText(s) : v.cue,
          start: v.start,
          end: v.end,
        };
      }),
    })),
    actors: actorViews(analysis).map((a) => ({
      name: a.name,
      type: a.type,
      role: a.role,
      government: a.government,
      statements: a.statementCount,
    })),
    keyNumbers: keyNumbers(analysis).map((n) => ({ text: n.text, context: n.context, source: n.source })),
    appealsExcluded: appealNames(analysis.appeals),
  };
}

/** "Copy as JSON": pretty-printed {@link SummaryExport}. */
export function summaryJson(analysis: Analysis, url?: string | null): string {
  return `${JSON.stringify(summaryExport(analysis, url), null, 2)}\n`;
}

/** Escapes the characters Markdown would read as formatting inside running text. */
export function mdEscape(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/([\\`*_[\]<>|])/g, '\\$1').replace(/^([#+-]|\d+\.)(\s)/, '\\$1$2');
}

/** "Copy as Markdown": title, metadata, who said what (grouped by source), actors, key numbers, appeals. */
export function summaryMarkdown(analysis: Analysis, url?: string | null): string {
  const s = summaryExport(analysis, url);
  const lines: string[] = [];
  lines.push(`# ${mdEscape(s.title?.trim() || STRINGS.untitled)}`, '');
  const meta = [
    s.siteName ? t('exportSourceLine', mdEscape(s.siteName)) : null,
    s.byline && s.byline !== s.siteName ? mdEscape(s.byline) : null,
    s.publishedTime ? t('exportPublished', mdEscape(s.publishedTime)) : null,
    s.url ? t('exportUrlLine', `<${s.url.replace(/[<>\s]/g, encodeURIComponent)}>`) : null,
  ].filter((x): x is string => x !== null);
  if (meta.length) lines.push(...meta.map((m) => `${m}  `), '');
  if (s.partial) lines.push(`> ${STRINGS.partialNotice}. ${STRINGS.partialDetail}`, '');

  lines.push(`## ${t('exportWhoSaidWhat')}`, '');
  if (s.sources.length === 0) lines.push(STRINGS.nothingAttributed, '');
  for (const g of s.sources) {
    const kind = g.kind ? ` (${SOURCE_KIND_LABELS[g.kind as keyof typeof SOURCE_KIND_LABELS] ?? g.kind})` : '';
    lines.push(`### ${mdEscape(g.name ?? STRINGS.unattributed)}${kind}`, '');
    for (const st of g.statements) {
      const body = st.mode === 'direct' ? `${STRINGS.quoteOpen}${mdEscape(st.quote)}${STRINGS.quoteClose}` : `${STRINGS.paraphrase}: ${mdEscape(st.quote)}`;
      const extras = [st.official ? t('exportOfficial') : null, st.cue ? t('exportCue', mdEscape(st.cue)) : null].filter(Boolean);
      lines.push(`- ${body}${extras.length ? ` _(${extras.join('; ')})_` : ''}`);
    }
    lines.push('');
  }

  if (s.actors.length) {
    lines.push(`## ${STRINGS.actorsHeading}`, '');
    for (const a of s.actors) {
      const details = [
        ACTOR_TYPE_LABELS[a.type as keyof typeof ACTOR_TYPE_LABELS] ?? a.type,
        a.government ? STRINGS.government : null,
        a.role ? mdEscape(a.role) : null,
      ].filter(Boolean);
      const said = a.statements > 0 ? STRINGS.saidCount(a.statements) : STRINGS.saidNothing;
      lines.push(`- **${mdEscape(a.name)}** (${details.join(', ')}): ${said}`);
    }
    lines.push('');
  }

  if (s.keyNumbers.length) {
    lines.push(`## ${STRINGS.numbersHeading}`, '');
    for (const n of s.keyNumbers) {
      const who = n.source !== null ? STRINGS.numberAttributedTo(mdEscape(n.source)) : STRINGS.numberUnattributed;
      lines.push(`- **${mdEscape(n.text)}**: ${mdEscape(n.context)} (${who})`);
    }
    lines.push('');
  }

  if (s.appealsExcluded.length) {
    lines.push(`## ${STRINGS.appealsHeading}`, '');
    for (const name of s.appealsExcluded) lines.push(`- ${mdEscape(name)}`);
    lines.push('', STRINGS.appealsExcluded, '');
  }
  lines.push('---', '', `_${t('exportFooter')}_`, '');
  return lines.join('\n');
}

/**
 * Copies text to the clipboard: the async Clipboard API, else a hidden textarea and `execCommand`
 * (older browsers, or when the popup lost focus). Resolves false when neither worked.
 */
export async function copyToClipboard(text: string, doc: Document = document): Promise<boolean> {
  try {
    if (doc.defaultView?.navigator.clipboard?.writeText) {
      await doc.defaultView.navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Denied or unavailable: try the fallback.
  }
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  const active = doc.activeElement as HTMLElement | null;
  doc.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = doc.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  active?.focus?.();
  return ok;
}
