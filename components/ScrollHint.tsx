/**
 * One shared, visually hidden description for every "show in page" button, referenced by
 * `aria-describedby`, so screen readers say what the buttons do without repeating it in each label.
 */
import { STRINGS } from './strings';

/** The id that scroll buttons reference. Rendered once per popup by {@link ScrollHint}. */
export const SCROLL_HINT_ID = 'scroll-hint';

/** The hidden hint text. */
export function ScrollHint() {
  return (
    <p id={SCROLL_HINT_ID} class="visually-hidden">
      {STRINGS.scrollHint}
    </p>
  );
}
