/**
 * Options page entrypoint: renders {@link OptionsApp} wired to the browser (permissions, storage.local).
 */
import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp';
import { t } from '../../components/strings';
import { createSettingsClient } from './client';

const root = document.getElementById('app');
if (root) {
  document.title = t('optionsTitle');
  render(<OptionsApp client={createSettingsClient()} />, root);
}
