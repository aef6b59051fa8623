/**
 * The article's identity: title, then site, byline and date as the page declared them.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { DateView } from './view-model';
import { STRINGS } from './strings';

interface ArticleHeaderProps {
  title: string | null;
  siteName: string | null;
  byline: string | null;
  date: DateView | null;
  /**
   * Move keyboard focus to the title when it appears, so that a keyboard or screen-reader user who just
   * pressed "Analyse" lands on the result instead of on a button that no longer exists.
   */
  focusTitle?: boolean;
}

/** Title, site, byline and date of the analysed article. */
export function ArticleHeader({ title, siteName, byline, date, focusTitle = false }: ArticleHeaderProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusTitle) heading.current?.focus();
  }, [focusTitle]);
  const hasDetails = Boolean(siteName || byline || date);
  return (
    <header class="article-header">
      <h1 class="article-title" ref={heading} tabIndex={-1}>
        {title?.trim() ? title : STRINGS.untitled}
      </h1>
      {hasDetails && (
        <ul class="article-meta" aria-label={STRINGS.articleDetails}>
          {siteName && <li class="site">{siteName}</li>}
          {byline && <li class="byline">{byline}</li>}
          {date && (
            <li>
              <time dateTime={date.dateTime}>{date.label}</time>
            </li>
          )}
        </ul>
      )}
    </header>
  );
}
