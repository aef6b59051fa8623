/**
 * "Statements by source": who said what, one group per source, each statement a button that scrolls the
 * page to it.
 */
import type { ComponentChildren } from 'preact';
import type { SourceGroup, StatementView } from './view-model';
import { KindBadge, OfficialBadge } from './Badge';
import { SCROLL_HINT_ID } from './ScrollHint';
import { STRINGS } from './strings';

/** Scrolls the page to an article span. */
export type ScrollHandler = (start: number, end: number) => void;

/**
 * One statement. Direct quotes are shown in quotation marks; paraphrases are labelled as such, so the
 * reader never takes a journalist's summary for the speaker's own words.
 */
export function StatementItem({ statement, onScrollTo }: { statement: StatementView; onScrollTo: ScrollHandler }) {
  const direct = statement.mode === 'direct';
  // The visible content is the accessible name (what voice control users say); the hint says what it does.
  return (
    <li>
      <button
        type="button"
        class="item-button statement"
        aria-describedby={SCROLL_HINT_ID}
        onClick={() => onScrollTo(statement.start, statement.end)}
      >
        {statement.official && <OfficialBadge />}
        <span class={direct ? 'quote' : 'quote paraphrase'}>
          {direct ? (
            <q>{statement.quote}</q>
          ) : (
            <>
              <span class="mode-label">{STRINGS.paraphrase}: </span>
              {statement.quote}
            </>
          )}
        </span>
        {statement.cue && <span class="cue">{statement.cue}</span>}
      </button>
    </li>
  );
}

/** One source's heading (name + kind badge) and its statements. */
export function SourceGroupItem({
  group,
  index,
  onScrollTo,
}: {
  group: SourceGroup;
  /** Position in the list; makes the heading id unique whatever characters the source name has. */
  index: number;
  onScrollTo: ScrollHandler;
}) {
  const name = group.name ?? STRINGS.unattributed;
  const headingId = `source-group-${index}`;
  return (
    <li class="source-group">
      <h3 class="source-heading" id={headingId}>
        <span class="source-name">{name}</span>
        {group.kind && <KindBadge kind={group.kind} />}
        <span class="count muted small">{STRINGS.statementCount(group.statements.length)}</span>
      </h3>
      <ul class="statement-list" aria-labelledby={headingId}>
        {group.statements.map((s) => (
          <StatementItem key={s.id} statement={s} onScrollTo={onScrollTo} />
        ))}
      </ul>
    </li>
  );
}

/**
 * The statements section, or the "Nothing attributed" notice when the article has none. `filter` (the
 * source filter control) sits under the heading; `filtered` says the groups were narrowed by it.
 */
export function StatementsBySource({
  groups,
  onScrollTo,
  filter,
  filtered = false,
}: {
  groups: SourceGroup[];
  onScrollTo: ScrollHandler;
  filter?: ComponentChildren;
  filtered?: boolean;
}) {
  return (
    <section class="section" aria-labelledby="statements-heading">
      <h2 id="statements-heading">{STRINGS.statementsHeading}</h2>
      {filter}
      {groups.length === 0 ? (
        <p class="empty">{filtered ? STRINGS.filterNone : STRINGS.nothingAttributed}</p>
      ) : (
        <ul class="group-list">
          {groups.map((g, i) => (
            <SourceGroupItem key={g.key} group={g} index={i} onScrollTo={onScrollTo} />
          ))}
        </ul>
      )}
    </section>
  );
}
