/**
 * Popup entrypoint: resolves the tab, wires the {@link App} to `browser.runtime`, and renders it.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from '../../components/App';
import { loadSettings } from '../../lib/settings';
import { createNoTabClient, createPopupClient, resolveTabId } from './client';

async function main(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  const tabId = await resolveTabId(location.search, (query) => browser.tabs.query(query)).catch(() => null);
  const openOptions = () => {
    void browser.runtime.openOptionsPage().catch(() => undefined);
    window.close();
  };
  const client =
    tabId === null
      ? { ...createNoTabClient(), openOptions }
      : createPopupClient(tabId, (message) => browser.runtime.sendMessage(message), openOptions);
  const settings = await loadSettings();
  render(<App client={client} palette={settings.palette} />, root);
}

void main();
