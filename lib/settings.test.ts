import { describe, expect, it, vi } from 'vitest';
import { seedAnalysis } from '../components/fixtures';
import {
  DEFAULT_SETTINGS,
  analysisForMarks,
  NEWS_SITES,
  SETTINGS_KEY,
  isOriginPattern,
  isStatementMarkShown,
  loadSettings,
  markSettingsOf,
  migrate,
  parseMarkSettings,
  onSettingsChanged,
  originsForSite,
  originsOf,
  saveSettings,
  siteOf,
  type ChangedEvent,
  type LocalArea,
} from './settings';

function memoryArea(initial: Record<string, unknown> = {}): LocalArea & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = structuredClone(initial);
  return {
    data,
    get: async (key) => (typeof key === 'string' && key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: async (items) => void Object.assign(data, structuredClone(items)),
  };
}

describe('migrate', () => {
  it('gives the defaults for nothing and for garbage, never throwing', () => {
    for (const raw of [undefined, null, 0, 'settings', [], [1, 2], true, NaN, () => 1, Symbol('x')]) {
      expect(migrate(raw)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('keeps valid version-1 fields and repairs the corrupt ones one by one', () => {
    const s = migrate({
      version: 1,
      autoSites: ['https://*.bbc.co.uk/*', 42, 'javascript:alert(1)', '<all_urls>', 'https://*.bbc.co.uk/*', 'http://*.npr.org/*'],
      marks: { statements: false, official: 'yes', anonymous: false, numbers: null },
      palette: 'neon',
      themeFollowsSystem: false,
    });
    expect(s).toEqual({
      version: 1,
      autoSites: ['http://*.npr.org/*', 'https://*.bbc.co.uk/*'],
      marks: { statements: false, official: true, anonymous: false, appeals: true, numbers: true },
      palette: 'default',
      themeFollowsSystem: true,
    });
  });

  it('upgrades the unversioned shape', () => {
    expect(migrate({ sites: ['https://*.reuters.com/*'], showMarks: false, colorBlind: true })).toEqual({
      version: 1,
      autoSites: ['https://*.reuters.com/*'],
      marks: { statements: false, official: false, anonymous: false, appeals: false, numbers: false },
      palette: 'colorblind',
      themeFollowsSystem: true,
    });
  });

  it('reads what it understands of settings from a newer version', () => {
    const s = migrate({ version: 7, palette: 'colorblind', marks: { appeals: false, future: true }, extra: { a: 1 } });
    expect(s.palette).toBe('colorblind');
    expect(s.marks.appeals).toBe(false);
    expect(s.version).toBe(1);
  });

  it('does not share the defaults object (mutating a result leaves the defaults alone)', () => {
    const s = migrate(undefined);
    s.marks.official = false;
    s.autoSites.push('https://*.x.org/*');
    expect(DEFAULT_SETTINGS.marks.official).toBe(true);
    expect(migrate(undefined).autoSites).toEqual([]);
  });
});

describe('load, save, change', () => {
  it('loads defaults from empty or corrupt storage, and from a failing storage', async () => {
    expect(await loadSettings(memoryArea())).toEqual(DEFAULT_SETTINGS);
    expect(await loadSettings(memoryArea({ [SETTINGS_KEY]: '{broken' }))).toEqual(DEFAULT_SETTINGS);
    const failing: LocalArea = { get: () => Promise.reject(new Error('IO')), set: () => Promise.resolve() };
    expect(await loadSettings(failing)).toEqual(DEFAULT_SETTINGS);
  });

  it('merges a patch (marks field by field) and stores valid settings', async () => {
    const area = memoryArea();
    await saveSettings({ palette: 'colorblind' }, area);
    const saved = await saveSettings({ marks: { anonymous: false } as never }, area);
    expect(saved.palette).toBe('colorblind');
    expect(saved.marks).toEqual({ statements: true, official: true, anonymous: false, appeals: true, numbers: true });
    expect(area.data[SETTINGS_KEY]).toEqual(saved);
  });

  it('notifies local settings changes until the signal aborts', () => {
    const listeners = new Set<Parameters<ChangedEvent['addListener']>[0]>();
    const event: ChangedEvent = { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) };
    const cb = vi.fn();
    const ctl = new AbortController();
    onSettingsChanged(cb, ctl.signal, event);
    const fire = (changes: Record<string, { newValue?: unknown }>, area: string) => listeners.forEach((l) => l(changes, area));
    fire({ [SETTINGS_KEY]: { newValue: { version: 1, palette: 'colorblind' } } }, 'local');
    fire({ [SETTINGS_KEY]: { newValue: { version: 1 } } }, 'sync');
    fire({ other: { newValue: 1 } }, 'local');
    expect(cb).toHaveBeenCalledTimes(1);
    expect(cb.mock.calls[0][0].palette).toBe('colorblind');
    ctl.abort();
    expect(listeners.size).toBe(0);
  });
});

describe('marks and sites', () => {
  const marks = { statements: true, official: false, anonymous: false, appeals: true, numbers: true };
  it('routes statements to the official / anonymous / statements switches', () => {
    const src = (kind: string) => ({ text: 'x', start: 0, end: 1, kind }) as never;
    expect(isStatementMarkShown(marks, { official: true, source: src('person') })).toBe(false);
    expect(isStatementMarkShown(marks, { official: false, source: src('official') })).toBe(false);
    expect(isStatementMarkShown(marks, { official: false, source: src('anonymous') })).toBe(false);
    expect(isStatementMarkShown(marks, { official: false, source: src('person') })).toBe(true);
    expect(isStatementMarkShown(marks, { official: false, source: null })).toBe(true);
  });

  it('keeps only the marks that are switched on, leaving the analysis itself alone', () => {
    const a = seedAnalysis();
    const none = analysisForMarks(a, { statements: false, official: false, anonymous: false, appeals: false, numbers: false });
    expect(none.statements.filter((s) => !s.inAppeal)).toEqual([]);
    expect(none.appeals).toEqual([]);
    expect(none.numbers).toEqual([]);
    const noOfficial = analysisForMarks(a, { ...DEFAULT_SETTINGS.marks, official: false });
    expect(noOfficial.statements.filter((s) => !s.inAppeal).every((s) => !s.official && s.source?.kind !== 'official')).toBe(true);
    expect(noOfficial.statements.length).toBeGreaterThan(0);
    expect(analysisForMarks(a, DEFAULT_SETTINGS.marks)).toEqual(a);
    expect(a.statements.length).toBeGreaterThan(noOfficial.statements.length);
  });

  it('turns typed sites into origin patterns and back', () => {
    expect(originsForSite('https://www.lemonde.fr/international/article')).toEqual(['https://*.lemonde.fr/*', 'http://*.lemonde.fr/*']);
    expect(originsForSite('BBC.co.uk')).toEqual(['https://*.bbc.co.uk/*', 'http://*.bbc.co.uk/*']);
    expect(originsForSite('not a site')).toBeNull();
    expect(originsForSite('')).toBeNull();
    expect(siteOf('https://*.bbc.co.uk/*')).toBe('bbc.co.uk');
    expect(siteOf('http://127.0.0.1/*')).toBe('127.0.0.1');
  });

  it('offers only valid patterns for the news sites', () => {
    const all = NEWS_SITES.flatMap(originsOf);
    expect(all.length).toBeGreaterThan(20);
    expect(all.every(isOriginPattern)).toBe(true);
    expect(isOriginPattern('https://*/*')).toBe(true);
    expect(isOriginPattern('file:///*')).toBe(false);
  });
});

describe('mark settings (what a page is handed)', () => {
  it('are the marks and the palette only, copied', () => {
    const s = migrate({ version: 1, autoSites: ['https://*.example.org/*'], marks: { numbers: false }, palette: 'colorblind' });
    const m = markSettingsOf(s);
    expect(m).toEqual({ marks: { statements: true, official: true, anonymous: true, appeals: true, numbers: false }, palette: 'colorblind' });
    expect(Object.keys(m).sort()).toEqual(['marks', 'palette']);
    m.marks.official = false;
    expect(s.marks.official).toBe(true);
  });

  it('are validated field by field when they arrive in a message, defaults for the rest', () => {
    expect(parseMarkSettings({ marks: { official: false, anonymous: 'no' }, palette: 'neon' })).toEqual({
      marks: { statements: true, official: false, anonymous: true, appeals: true, numbers: true },
      palette: 'default',
    });
    expect(parseMarkSettings({ palette: 'colorblind', autoSites: ['https://*/*'] })).toEqual({ marks: DEFAULT_SETTINGS.marks, palette: 'colorblind' });
    for (const junk of [null, undefined, 'colorblind', 42, [], { marks: null }]) {
      expect(parseMarkSettings(junk)).toEqual({ marks: DEFAULT_SETTINGS.marks, palette: 'default' });
    }
  });
});
