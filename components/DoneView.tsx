/**
 * The finished analysis, top to bottom: the article, what the summary may miss (paywall, appeals), the
 * marks switch, statements by source, actors and key numbers.
 */
import { useState } from 'preact/hooks';
import type { Analysis } from '../lib/core/types';
import type { Palette } from '../lib/settings';
import { ActorList } from './ActorList';
import { CopySummary, type CopyText } from './CopySummary';
import { Legend } from './Legend';
import { applySourceFilter, SourceFilter } from './SourceFilter';
import { ArticleHeader } from './ArticleHeader';
import { KeyNumbers } from './KeyNumbers';
import { MarksToggle } from './MarksToggle';
import { AppealNotice, PartialNotice } from './Notices';
import { ScrollHint } from './ScrollHint';
import { StatementsBySource, type ScrollHandler } from './StatementsBySource';
import { STRINGS } from './strings';
import {
  actorViews,
  appealNames,
  distinctByline,
  formatDate,
  groupStatementsBySource,
  keyNumbers,
} from './view-model';

/** Everything the done view shows and the two things the user can do in it. */
export interface DoneViewProps {
  analysis: Analysis;
  marks: { placed: number; missing: number; visible: boolean };
  /** True while a marks change is being applied in the page. */
  marksPending: boolean;
  /** A short message about the last action (a failed scroll or marks change), announced politely. */
  notice: string | null;
  /** Focus the article title on appearance (after the user started an analysis from the popup). */
  focusTitle?: boolean;
  /** Locale for dates; the browser's when absent. */
  locale?: string;
  onScrollTo: ScrollHandler;
  onToggleMarks: (visible: boolean) => void;
  /** Steps to the next / previous statement in the page; no step buttons when absent. */
  onStepMark?: (direction: 1 | -1) => void;
  /** The page's URL, for the copied summary. */
  url?: string | null;
  /** Clipboard writer; the real clipboard when absent (tests pass a fake). */
  copyText?: CopyText;
  /** Mark colours for the legend's swatches. */
  palette?: Palette;
}

/** Focusable rows that arrow keys move between, within one section. */
const ROW_SELECTOR = 'button.item-button, button.link-button, details.more > summary';

/**
 * Up/Down (and Home/End) move focus between the rows of the section that has focus: a long list is
 * quicker to scan than with Tab alone. Tab order is unchanged; the keys only act on row buttons.
 */
export function onListKeyDown(e: KeyboardEvent): void {
  const target = e.target as HTMLElement | null;
  if (!target?.matches?.(ROW_SELECTOR)) return;
  const section = target.closest('section');
  if (!section) return;
  const rows = Array.from(section.querySelectorAll<HTMLElement>(ROW_SELECTOR)).filter(
    (el) => !el.closest('details:not([open]) > ul'),
  );
  const i = rows.indexOf(target);
  let next: HTMLElement | undefined;
  if (e.key === 'ArrowDown') next = rows[i + 1];
  else if (e.key === 'ArrowUp') next = rows[i - 1];
  else if (e.key === 'Home') next = rows[0];
  else if (e.key === 'End') next = rows[rows.length - 1];
  else return;
  e.preventDefault();
  next?.focus();
}

/** The result of an analysis. */
export function DoneView({
  analysis,
  marks,
  marksPending,
  notice,
  focusTitle,
  locale,
  onScrollTo,
  onToggleMarks,
  onStepMark,
  url,
  copyText,
  palette = 'default',
}: DoneViewProps) {
  const [filter, setFilter] = useState('all');
  const groups = groupStatementsBySource(analysis);
  const appeals = appealNames(analysis.appeals);
  const partial = analysis.partial === true || analysis.appeals.some((a) => a.truncatesArticle === true);
  return (
    <article class="done" onKeyDown={onListKeyDown}>
      <ArticleHeader
        title={analysis.title}
        siteName={analysis.siteName}
        byline={distinctByline(analysis.byline, analysis.siteName)}
        date={formatDate(analysis.publishedTime, locale)}
        focusTitle={focusTitle}
      />
      {partial && <PartialNotice />}
      {appeals.length > 0 && <AppealNotice names={appeals} />}
      <MarksToggle
        visible={marks.visible}
        placed={marks.placed}
        missing={marks.missing}
        pending={marksPending}
        onChange={onToggleMarks}
        onStep={onStepMark}
      />
      <p class="action-notice" role="status">
        {notice}
      </p>
      <ScrollHint />
      <StatementsBySource
        groups={applySourceFilter(groups, filter)}
        filtered={filter !== 'all'}
        onScrollTo={onScrollTo}
        filter={groups.length > 1 ? <SourceFilter groups={groups} value={filter} onChange={setFilter} /> : undefined}
      />
      <ActorList actors={actorViews(analysis)} onScrollTo={onScrollTo} />
      <KeyNumbers numbers={keyNumbers(analysis)} onScrollTo={onScrollTo} />
      <CopySummary analysis={analysis} url={url} copyText={copyText} />
      <Legend palette={palette} />
      <footer class="footer muted small">{STRINGS.footer}</footer>
    </article>
  );
}
