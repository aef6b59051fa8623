/**
 * The page opened on install: what Sourcemark does, privacy in one sentence, and how it may run — on
 * demand (toolbar, shortcut, context menu) or automatically on the sites the user picks here. Nothing
 * is pre-selected: automatic analysis is opt-in, site by site, confirmed by the browser's own prompt.
 */
import { useState } from 'preact/hooks';
import { t } from '../strings';
import type { SettingsClient } from './settings-client';
import { originsForSelection, SiteChooser } from './SiteChooser';

type Outcome = { kind: 'granted'; count: number; all: boolean } | { kind: 'on-demand' } | { kind: 'denied' } | { kind: 'none-selected' };

/** The onboarding page. */
export function Onboarding({ client }: { client: SettingsClient }) {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [all, setAll] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const toggle = (name: string, on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(name);
      else next.delete(name);
      return next;
    });

  const allow = () => {
    const origins = originsForSelection(selected, all);
    if (!origins.length) {
      setOutcome({ kind: 'none-selected' });
      return;
    }
    // First call in the handler: the browser's prompt needs the user gesture.
    const asked = client.requestOrigins(origins);
    setBusy(true);
    asked
      .then((granted) => setOutcome(granted ? { kind: 'granted', count: selected.size, all } : { kind: 'denied' }))
      .catch(() => setOutcome({ kind: 'denied' }))
      .finally(() => setBusy(false));
  };

  const message = (() => {
    switch (outcome?.kind) {
      case 'granted':
        return outcome.all ? t('onboardingGrantedAll') : t('onboardingGranted', outcome.count);
      case 'on-demand':
        return t('onboardingOnDemandChosen');
      case 'denied':
        return t('onboardingDenied');
      case 'none-selected':
        return t('onboardingNoneSelected');
      default:
        return '';
    }
  })();

  return (
    <main class="page">
      <header class="page-header">
        <img src="/icon/48.png" alt="" width={48} height={48} />
        <h1>{t('onboardingTitle')}</h1>
      </header>
      <p class="lead">{t('onboardingWhat')}</p>
      <p class="privacy-line">
        <strong>{t('onboardingPrivacy')}</strong>
      </p>
      <section aria-labelledby="how-heading">
        <h2 id="how-heading">{t('onboardingHowHeading')}</h2>
        <ul class="how">
          <li>{t('onboardingOnDemand')}</li>
          <li>{t('onboardingAuto')}</li>
        </ul>
        <SiteChooser
          legend="onboardingSitesLegend"
          selected={selected}
          onToggle={toggle}
          all={all}
          onToggleAll={setAll}
        />
        <div class="button-row">
          <button type="button" class="primary" onClick={allow} disabled={busy}>
            {t('onboardingAllow')}
          </button>
          <button type="button" class="secondary" onClick={() => setOutcome({ kind: 'on-demand' })} disabled={busy}>
            {t('onboardingSkip')}
          </button>
        </div>
        <p class="outcome" role="status">
          {message}
        </p>
        {outcome && outcome.kind !== 'none-selected' && client.openOptions && (
          <p>
            <button type="button" class="link-button" onClick={() => client.openOptions?.()}>
              {t('onboardingSettingsLink')}
            </button>
          </p>
        )}
      </section>
    </main>
  );
}
