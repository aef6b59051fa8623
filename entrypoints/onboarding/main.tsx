/**
 * Onboarding page (opened once, on install): renders {@link Onboarding} wired to the browser.
 */
import { render } from 'preact';
import { Onboarding } from '../../components/options/Onboarding';
import { t } from '../../components/strings';
import { createSettingsClient } from '../options/client';

const root = document.getElementById('app');
if (root) {
  document.title = t('onboardingTitle');
  render(<Onboarding client={createSettingsClient()} />, root);
}
