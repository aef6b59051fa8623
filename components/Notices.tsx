/**
 * Notices about what the summary does not cover: a truncated (paywalled) article, and the appeals whose
 * content was deliberately left out.
 */
import { STRINGS } from './strings';

/** The article text may be cut short by a paywall, so the summary may be incomplete. */
export function PartialNotice() {
  return (
    <div class="notice notice-partial" role="note">
      <p class="notice-title">{STRINGS.partialNotice}</p>
      <p class="muted">{STRINGS.partialDetail}</p>
    </div>
  );
}

/** Lists the appeals found (by plain name) and says their claims and numbers are excluded. */
export function AppealNotice({ names }: { names: string[] }) {
  return (
    <section class="notice notice-appeal" aria-labelledby="appeals-heading">
      <h2 id="appeals-heading" class="notice-title">
        {STRINGS.appealsHeading}
      </h2>
      <ul class="appeal-list">
        {names.map((name) => (
          <li key={name}>{name}</li>
        ))}
      </ul>
      <p class="muted">{STRINGS.appealsExcluded}</p>
    </section>
  );
}
