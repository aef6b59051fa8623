/**
 * The finished analysis, top to bottom: the article, what the summary may miss (paywall, appeals), the
 * marks switch, statements by source, actors and key numbers.
 */
import type { Analysis } from '../lib/core/types';
import { ActorList } from './ActorList';
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
}: DoneViewProps) {
  const appeals = appealNames(analysis.appeals);
  const partial = analysis.partial === true || analysis.appeals.some((a) => a.truncatesArticle === true);
  return (
    <article class="done">
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
      />
      <p class="action-notice" role="status">
        {notice}
      </p>
      <ScrollHint />
      <StatementsBySource groups={groupStatementsBySource(analysis)} onScrollTo={onScrollTo} />
      <ActorList actors={actorViews(analysis)} onScrollTo={onScrollTo} />
      <KeyNumbers numbers={keyNumbers(analysis)} onScrollTo={onScrollTo} />
      <footer class="footer muted small">{STRINGS.footer}</footer>
    </article>
  );
}
