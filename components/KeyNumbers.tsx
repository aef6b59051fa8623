/**
 * "Key numbers": the figures that matter, each with its attribution, or an explicit marker that the
 * article gives none.
 */
import type { KeyNumberView } from './view-model';
import type { ScrollHandler } from './StatementsBySource';
import { UnattributedBadge } from './Badge';
import { SCROLL_HINT_ID } from './ScrollHint';
import { STRINGS } from './strings';

/** One number: the figure, what it counts, and who says so. */
export function KeyNumberItem({ number, onScrollTo }: { number: KeyNumberView; onScrollTo: ScrollHandler }) {
  return (
    <li>
      <button
        type="button"
        class="item-button number"
        aria-describedby={SCROLL_HINT_ID}
        onClick={() => onScrollTo(number.start, number.end)}
      >
        <span class="number-value">{number.text}</span>
        <span class="number-context">{number.context}</span>
        <span class="number-source">
          {number.source !== null ? (
            <span class="attribution">{STRINGS.numberAttributedTo(number.source)}</span>
          ) : (
            <UnattributedBadge title={STRINGS.numberUnattributedHint} />
          )}
        </span>
      </button>
    </li>
  );
}

/** The key numbers section; absent when the article has none. */
export function KeyNumbers({ numbers, onScrollTo }: { numbers: KeyNumberView[]; onScrollTo: ScrollHandler }) {
  if (numbers.length === 0) return null;
  return (
    <section class="section" aria-labelledby="numbers-heading">
      <h2 id="numbers-heading">{STRINGS.numbersHeading}</h2>
      <ul class="number-list">
        {numbers.map((n) => (
          <KeyNumberItem key={n.key} number={n} onScrollTo={onScrollTo} />
        ))}
      </ul>
    </section>
  );
}
