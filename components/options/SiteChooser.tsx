/**
 * Checkboxes for the major news sites (and optionally "All sites"), used by the onboarding and the
 * options page. Pure UI: the parent turns the selection into a permission request.
 */
import { ALL_SITES, NEWS_SITES, originsOf, type NewsSite } from '../../lib/settings';
import { t, type MessageKey } from '../strings';

/** The origin patterns for a selection ("all" wins over individual sites). Pure. */
export function originsForSelection(selected: ReadonlySet<string>, all: boolean): string[] {
  if (all) return [...ALL_SITES];
  return NEWS_SITES.filter((s) => selected.has(s.name)).flatMap(originsOf);
}

/** A fieldset of site checkboxes. `sites` defaults to every suggested site. */
export function SiteChooser({
  legend,
  sites = NEWS_SITES,
  selected,
  onToggle,
  all,
  onToggleAll,
}: {
  legend: MessageKey;
  sites?: readonly NewsSite[];
  selected: ReadonlySet<string>;
  onToggle: (name: string, on: boolean) => void;
  /** When given, an "All sites" checkbox is offered. */
  all?: boolean;
  onToggleAll?: (on: boolean) => void;
}) {
  return (
    <fieldset class="site-chooser">
      <legend>{t(legend)}</legend>
      <ul class="site-grid">
        {sites.map((s, i) => (
          <li key={s.name}>
            <label>
              <input
                type="checkbox"
                checked={all === true || selected.has(s.name)}
                disabled={all === true}
                onChange={(e) => onToggle(s.name, (e.currentTarget as HTMLInputElement).checked)}
                aria-describedby={`site-hosts-${i}`}
              />
              <span>{s.name}</span>
              <span id={`site-hosts-${i}`} class="muted small">
                {' '}
                {s.hosts.join(', ')}
              </span>
            </label>
          </li>
        ))}
      </ul>
      {onToggleAll && (
        <p class="all-sites">
          <label>
            <input
              type="checkbox"
              checked={all === true}
              aria-describedby="all-sites-hint"
              onChange={(e) => onToggleAll((e.currentTarget as HTMLInputElement).checked)}
            />
            <span>{t('onboardingAllSites')}</span>
          </label>
          <span id="all-sites-hint" class="muted small">
            {' '}
            {t('onboardingAllSitesHint')}
          </span>
        </p>
      )}
    </fieldset>
  );
}
