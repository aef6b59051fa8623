/**
 * The settings page: the sites where Sourcemark runs by itself (granted host permissions: list, remove,
 * add), which marks the page shows, the colour palette, and what each mark means.
 */
import { useEffect, useState } from 'preact/hooks';
import {
  MARK_SETTING_KINDS,
  NEWS_SITES,
  originsForSite,
  originsOf,
  siteOf,
  type MarkVisibility,
  type Palette,
  type Settings,
} from '../../lib/settings';
import { Legend } from '../Legend';
import { t, type MessageKey } from '../strings';
import { coversAllSites, type SettingsClient } from './settings-client';
import { originsForSelection, SiteChooser } from './SiteChooser';

const MARK_LABELS: Record<keyof MarkVisibility, [MessageKey, MessageKey]> = {
  statements: ['markStatements', 'markStatementsHelp'],
  official: ['markOfficial', 'markOfficialHelp'],
  anonymous: ['markAnonymous', 'markAnonymousHelp'],
  appeals: ['markAppeals', 'markAppealsHelp'],
  numbers: ['markNumbers', 'markNumbersHelp'],
};

/** Granted patterns grouped by site ("bbc.co.uk" -> its https and http patterns), sorted. Pure. */
export function sitesOf(origins: readonly string[]): { site: string; origins: string[] }[] {
  const bySite = new Map<string, string[]>();
  for (const o of origins) {
    if (o === '<all_urls>' || /^[^:]+:\/\/\*\/\*$/.test(o)) continue;
    const site = siteOf(o);
    bySite.set(site, [...(bySite.get(site) ?? []), o]);
  }
  return [...bySite.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([site, list]) => ({ site, origins: list }));
}

/** The options page. */
export function OptionsApp({ client }: { client: SettingsClient }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [origins, setOrigins] = useState<string[]>([]);
  const [siteInput, setSiteInput] = useState('');
  const [siteMessage, setSiteMessage] = useState('');
  const [savedMessage, setSavedMessage] = useState('');
  const [selected, setSelected] = useState<Set<string>>(new Set());

  const refreshOrigins = () => client.grantedOrigins().then(setOrigins, () => setOrigins([]));
  useEffect(() => {
    client.loadSettings().then(setSettings, () => undefined);
    void refreshOrigins();
  }, [client]);

  const save = (patch: Partial<Omit<Settings, 'version'>>) => {
    setSavedMessage('');
    client.saveSettings(patch).then(
      (next) => {
        setSettings(next);
        setSavedMessage(t('saved'));
      },
      () => undefined,
    );
  };

  /** Requests origins (first call: user gesture) and reports the outcome. */
  const grant = (wanted: string[], done: string) => {
    const asked = client.requestOrigins(wanted);
    setSiteMessage('');
    asked.then(
      (ok) => {
        setSiteMessage(ok ? done : t('siteAddDenied'));
        if (ok) setSelected(new Set());
        return refreshOrigins();
      },
      () => setSiteMessage(t('siteAddDenied')),
    );
  };

  const addTyped = (e: Event) => {
    e.preventDefault();
    const wanted = originsForSite(siteInput);
    if (!wanted) {
      setSiteMessage(t('siteAddInvalid'));
      return;
    }
    grant(wanted, t('siteAdded', siteOf(wanted[0])));
    setSiteInput('');
  };

  const remove = (site: string, list: string[]) => {
    client.removeOrigins(list).then(
      (ok) => {
        setSiteMessage(ok ? t('siteRemoved', site) : t('siteAddDenied'));
        return refreshOrigins();
      },
      () => setSiteMessage(t('siteAddDenied')),
    );
  };

  const all = coversAllSites(origins);
  const granted = sitesOf(origins);
  const grantedSites = new Set(granted.map((g) => g.site));
  const suggestions = NEWS_SITES.filter((s) => !originsOf(s).every((o) => grantedSites.has(siteOf(o))));

  return (
    <main class="page">
      <header class="page-header">
        <img src="/icon/48.png" alt="" width={48} height={48} />
        <h1>{t('optionsTitle')}</h1>
      </header>
      <p class="lead">{t('optionsIntro')}</p>

      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">{t('sitesHeading')}</h2>
        <p>{t('sitesIntro')}</p>
        {all && <p class="notice">{t('sitesAllGranted')}</p>}
        {granted.length === 0 && !all ? (
          <p class="muted">{t('sitesNone')}</p>
        ) : (
          <ul class="granted-list" aria-labelledby="sites-heading">
            {granted.map((g) => (
              <li key={g.site}>
                <span class="site-name">{g.site}</span>
                <button type="button" class="secondary small-button" onClick={() => remove(g.site, g.origins)}>
                  {t('siteRemove', g.site)}
                </button>
              </li>
            ))}
            {all && (
              <li>
                <span class="site-name">{t('onboardingAllSites')}</span>
                <button
                  type="button"
                  class="secondary small-button"
                  onClick={() => remove(t('onboardingAllSites'), origins.filter((o) => o === '<all_urls>' || /^[^:]+:\/\/\*\/\*$/.test(o)))}
                >
                  {t('siteRemove', t('onboardingAllSites'))}
                </button>
              </li>
            )}
          </ul>
        )}
        <form class="field" onSubmit={addTyped}>
          <label for="site-input">{t('siteAddLabel')}</label>
          <div class="button-row">
            <input
              id="site-input"
              type="text"
              inputMode="url"
              autoComplete="off"
              spellcheck={false}
              aria-describedby="site-input-hint"
              value={siteInput}
              onInput={(e) => setSiteInput((e.currentTarget as HTMLInputElement).value)}
            />
            <button type="submit" class="secondary">
              {t('siteAddButton')}
            </button>
          </div>
          <p id="site-input-hint" class="muted small">
            {t('siteAddHint')}
          </p>
        </form>
        {suggestions.length > 0 && !all && (
          <>
            <SiteChooser
              legend="siteSuggestedHeading"
              sites={suggestions}
              selected={selected}
              onToggle={(name, on) =>
                setSelected((prev) => {
                  const next = new Set(prev);
                  if (on) next.add(name);
                  else next.delete(name);
                  return next;
                })
              }
            />
            <button
              type="button"
              class="secondary"
              disabled={selected.size === 0}
              onClick={() => grant(originsForSelection(selected, false), t('siteAdded', [...selected].join(', ')))}
            >
              {t('siteAddSelected')}
            </button>
          </>
        )}
        <p class="outcome" role="status">
          {siteMessage}
        </p>
      </section>

      {settings && (
        <>
          <section aria-labelledby="marks-heading">
            <h2 id="marks-heading">{t('marksHeading')}</h2>
            <ul class="mark-settings">
              {MARK_SETTING_KINDS.map((k) => (
                <li key={k}>
                  <label>
                    <input
                      type="checkbox"
                      checked={settings.marks[k]}
                      aria-describedby={`mark-help-${k}`}
                      onChange={(e) => save({ marks: { ...settings.marks, [k]: (e.currentTarget as HTMLInputElement).checked } })}
                    />
                    <span>{t(MARK_LABELS[k][0])}</span>
                  </label>
                  <p id={`mark-help-${k}`} class="muted small help">
                    {t(MARK_LABELS[k][1])}
                  </p>
                </li>
              ))}
            </ul>
          </section>

          <section aria-labelledby="palette-heading">
            <h2 id="palette-heading">{t('paletteHeading')}</h2>
            <fieldset class="palette">
              <legend class="visually-hidden">{t('paletteHeading')}</legend>
              {(['default', 'colorblind'] as Palette[]).map((p) => (
                <label key={p}>
                  <input
                    type="radio"
                    name="palette"
                    value={p}
                    checked={settings.palette === p}
                    onChange={() => save({ palette: p })}
                  />
                  <span>{t(p === 'default' ? 'paletteDefault' : 'paletteColorblind')}</span>
                </label>
              ))}
            </fieldset>
            <p class="muted small">{t('themeNote')}</p>
            <Legend palette={settings.palette} open />
          </section>
          <p class="muted small saved" aria-live="polite">
            {savedMessage}
          </p>
        </>
      )}

      <section aria-labelledby="shortcut-heading">
        <h2 id="shortcut-heading">{t('shortcutHeading')}</h2>
        <p>{t('shortcutText')}</p>
      </section>
      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">{t('privacyHeading')}</h2>
        <p>{t('privacyText')}</p>
      </section>
    </main>
  );
}
