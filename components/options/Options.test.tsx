// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings, MARK_COLOURS, migrate, type Settings } from '../../lib/settings';
import { Onboarding } from './Onboarding';
import { OptionsApp, sitesOf } from './OptionsApp';
import { coversAllSites, type SettingsClient } from './settings-client';
import { originsForSelection } from './SiteChooser';

afterEach(cleanup);

/** A fake extension: settings in memory, granted origins in a list, the prompt answering `grant`. */
function fakeClient(initialOrigins: string[] = [], grant = true) {
  let settings: Settings = defaultSettings();
  let origins = [...initialOrigins];
  const client = {
    loadSettings: vi.fn(async () => settings),
    saveSettings: vi.fn(async (patch: Partial<Settings>) => (settings = migrate({ ...settings, ...patch }))),
    grantedOrigins: vi.fn(async () => [...origins]),
    requestOrigins: vi.fn((wanted: string[]) => {
      if (grant) origins = [...new Set([...origins, ...wanted])];
      return Promise.resolve(grant);
    }),
    removeOrigins: vi.fn(async (gone: string[]) => {
      origins = origins.filter((o) => !gone.includes(o));
      return true;
    }),
    openOptions: vi.fn(),
  } satisfies SettingsClient;
  return { client, settings: () => settings, origins: () => origins };
}

describe('onboarding', () => {
  it('says what Sourcemark does, that nothing leaves the device, and how it runs', () => {
    render(<Onboarding client={fakeClient().client} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Welcome to Sourcemark');
    const text = document.body.textContent!;
    expect(text).toContain('who said what');
    expect(text).toContain('nothing you read ever leaves the browser');
    expect(text).toContain('Alt+Shift+S');
    expect(text).toContain('Analyse with Sourcemark');
    // Nothing pre-selected: automatic analysis is opt-in.
    const boxes = within(screen.getByRole('group', { name: 'Analyse articles automatically on' })).getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes.length).toBeGreaterThan(12);
    expect(boxes.every((b) => !b.checked)).toBe(true);
  });

  it('requests exactly the chosen sites from the click, and reports the result', async () => {
    const { client } = fakeClient();
    render(<Onboarding client={client} />);
    fireEvent.click(screen.getByRole('checkbox', { name: /BBC News/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /Reuters/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Allow automatic analysis' }));
    expect(client.requestOrigins).toHaveBeenCalledWith([
      'https://*.bbc.co.uk/*', 'http://*.bbc.co.uk/*', 'https://*.bbc.com/*', 'http://*.bbc.com/*',
      'https://*.reuters.com/*', 'http://*.reuters.com/*',
    ]);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Done. Sourcemark will analyse articles on 2 sites automatically.'));
    fireEvent.click(screen.getByRole('button', { name: 'Open the settings' }));
    expect(client.openOptions).toHaveBeenCalled();
  });

  it('offers all sites, on demand only, and explains a refusal', async () => {
    const denied = fakeClient([], false).client;
    render(<Onboarding client={denied} />);
    fireEvent.click(screen.getByRole('button', { name: 'Allow automatic analysis' }));
    expect(denied.requestOrigins).not.toHaveBeenCalled();
    expect(screen.getByRole('status').textContent).toContain('Choose at least one site');
    fireEvent.click(screen.getByRole('checkbox', { name: 'All sites' }));
    fireEvent.click(screen.getByRole('button', { name: 'Allow automatic analysis' }));
    expect(denied.requestOrigins).toHaveBeenCalledWith(['https://*/*', 'http://*/*']);
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Permission was not granted'));
    fireEvent.click(screen.getByRole('button', { name: 'Only on demand' }));
    expect(screen.getByRole('status').textContent).toContain('only when you ask');
  });
});

describe('options page', () => {
  it('lists granted sites and removes one with permissions.remove', async () => {
    const f = fakeClient(['https://*.bbc.co.uk/*', 'http://*.bbc.co.uk/*', 'http://127.0.0.1/*']);
    render(<OptionsApp client={f.client} />);
    const list = await screen.findByRole('list', { name: 'Automatic analysis' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    fireEvent.click(within(list).getByRole('button', { name: 'Remove bbc.co.uk' }));
    expect(f.client.removeOrigins).toHaveBeenCalledWith(['https://*.bbc.co.uk/*', 'http://*.bbc.co.uk/*']);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('bbc.co.uk removed.'));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
  });

  it('adds a typed site, and refuses what is not a site name', async () => {
    const f = fakeClient();
    render(<OptionsApp client={f.client} />);
    await screen.findByText('No sites yet: Sourcemark runs only when you ask.');
    const input = screen.getByRole('textbox', { name: 'Add a site' });
    fireEvent.input(input, { target: { value: 'not a site' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
    expect(screen.getByRole('status').textContent).toContain('That is not a site name');
    expect(f.client.requestOrigins).not.toHaveBeenCalled();
    fireEvent.input(input, { target: { value: 'https://www.lemonde.fr/international/' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
    expect(f.client.requestOrigins).toHaveBeenCalledWith(['https://*.lemonde.fr/*', 'http://*.lemonde.fr/*']);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('lemonde.fr added.'));
    await screen.findByRole('button', { name: 'Remove lemonde.fr' });
  });

  it('saves which marks to show and the palette, with an explanation of each mark', async () => {
    const f = fakeClient();
    render(<OptionsApp client={f.client} />);
    const anonymous = (await screen.findByRole('checkbox', { name: 'Anonymous sources' })) as HTMLInputElement;
    expect(anonymous.checked).toBe(true);
    expect(anonymous.getAttribute('aria-describedby')).toBe('mark-help-anonymous');
    expect(document.getElementById('mark-help-anonymous')!.textContent).toContain('unnamed people');
    fireEvent.click(anonymous);
    await waitFor(() => expect(f.settings().marks.anonymous).toBe(false));
    fireEvent.click(screen.getByRole('radio', { name: 'Colour-blind-safe colours (Okabe–Ito)' }));
    await waitFor(() => expect(f.settings().palette).toBe('colorblind'));
    expect(await screen.findByText('Saved.')).toBeTruthy();
    expect(document.querySelector('details.legend')!.hasAttribute('open')).toBe(true);
    expect(document.querySelector('details.legend')!.className).toContain('palette-colorblind');
    // The swatches are drawn in the page marks' own colours, from the one palette table.
    const legend = document.querySelector<HTMLElement>('details.legend')!;
    expect(legend.style.getPropertyValue('--mk-official-bg')).toBe(MARK_COLOURS.colorblind.official.bg);
    expect(legend.style.getPropertyValue('--mk-appeal-line')).toBe(MARK_COLOURS.colorblind.appeal.line);
  });

  it('names the keyboard shortcuts, statement navigation included', async () => {
    render(<OptionsApp client={fakeClient().client} />);
    const section = (await screen.findByRole('heading', { name: 'Keyboard shortcuts' })).closest('section')!;
    expect(section.textContent).toContain('Alt+Shift+S analyses the current page');
    expect(section.textContent).toContain('Alt+Shift+N and Alt+Shift+P go to the next and previous marked statement');
  });

  it('shows "all sites" when granted and hides the suggestions', async () => {
    render(<OptionsApp client={fakeClient(['https://*/*', 'http://*/*']).client} />);
    await screen.findByText('Sourcemark may run on all sites.');
    expect(screen.queryByRole('group', { name: 'Major news sites' })).toBeNull();
  });
});

describe('pure helpers', () => {
  it('groups origins by site and recognises all-sites grants', () => {
    expect(sitesOf(['https://*.b.org/*', 'http://*.b.org/*', 'https://*/*', 'http://127.0.0.1/*'])).toEqual([
      { site: '127.0.0.1', origins: ['http://127.0.0.1/*'] },
      { site: 'b.org', origins: ['https://*.b.org/*', 'http://*.b.org/*'] },
    ]);
    expect(coversAllSites(['https://*/*', 'http://*/*'])).toBe(true);
    expect(coversAllSites(['<all_urls>'])).toBe(true);
    expect(coversAllSites(['https://*/*'])).toBe(false);
    expect(originsForSelection(new Set(['NPR']), false)).toEqual(['https://*.npr.org/*', 'http://*.npr.org/*']);
    expect(originsForSelection(new Set(['NPR']), true)).toEqual(['https://*/*', 'http://*/*']);
  });
});
