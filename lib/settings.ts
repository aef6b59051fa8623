/**
 * User settings: typed, versioned, kept in `storage.local` under one key. Everything that reads them
 * goes through {@link migrate}, which turns anything stored (older versions, hand-edited or corrupt
 * data) into valid settings — a broken value falls back to its default instead of breaking a page.
 *
 * Nothing here leaves the device: `storage.local` is the browser profile on disk (not `storage.sync`).
 */
import { browser } from 'wxt/browser';
import type { Analysis, Statement } from './core/types';

/** Current settings version. Bump it and add a step to {@link migrate} when the shape changes. */
export const SETTINGS_VERSION = 1;

/** The storage key holding the settings object. */
export const SETTINGS_KEY = 'settings';

/**
 * Which marks the page shows, per kind.
 * - `statements`: attributed statements from named people, organisations and other sources;
 * - `official`: official read-outs and statements (governments, ministries, spokespeople);
 * - `anonymous`: statements from unnamed sources ("officials said", "a person familiar with...");
 * - `appeals`: the outline around donation / subscription / paywall appeals;
 * - `numbers`: key numbers (for page marks that show them).
 */
export interface MarkVisibility {
  statements: boolean;
  official: boolean;
  anonymous: boolean;
  appeals: boolean;
  numbers: boolean;
}

/** The mark kinds a user can switch, in display order. */
export const MARK_SETTING_KINDS: readonly (keyof MarkVisibility)[] = ['statements', 'official', 'anonymous', 'appeals', 'numbers'];

/** Mark colours: the default set, or the Okabe–Ito set, distinguishable with common colour-vision deficiencies. */
export type Palette = 'default' | 'colorblind';

/** Sourcemark's settings (version 1). */
export interface Settings {
  version: typeof SETTINGS_VERSION;
  /**
   * Origin match patterns the user enabled for automatic analysis ("https://*.bbc.co.uk/*"). The
   * browser's granted host permissions remain the authority (the user can revoke them in the browser);
   * this records the user's choice so the options page can show and restore it.
   */
  autoSites: string[];
  marks: MarkVisibility;
  palette: Palette;
  /** Light/dark follows the system. Always true in version 1 (there is no manual theme yet). */
  themeFollowsSystem: boolean;
}

/** The settings of a fresh install: every mark shown, default palette, no automatic sites. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  autoSites: [],
  marks: Object.freeze({ statements: true, official: true, anonymous: true, appeals: true, numbers: true }),
  palette: 'default',
  themeFollowsSystem: true,
}) as Readonly<Settings>;

/** A deep, mutable copy of the defaults. */
export const defaultSettings = (): Settings => ({
  ...DEFAULT_SETTINGS,
  autoSites: [],
  marks: { ...DEFAULT_SETTINGS.marks },
});

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A web origin match pattern as `permissions.request` accepts it: scheme, host (optionally `*.`), path `/*`. */
const ORIGIN_PATTERN = /^(https?|\*):\/\/(\*|(\*\.)?[a-z0-9.-]+(:\d+)?)\/\*$/i;

/** True for an origin pattern Sourcemark may ask for. Pure. */
export function isOriginPattern(v: unknown): v is string {
  return typeof v === 'string' && v.length <= 300 && ORIGIN_PATTERN.test(v);
}

/**
 * Turns what a user types ("bbc.co.uk", "https://www.lemonde.fr/international/") into origin match
 * patterns for that site and its subdomains, https and http. Null when it is not a host name.
 */
export function originsForSite(input: string): string[] | null {
  let host = input.trim().toLowerCase();
  if (!host) return null;
  host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/[/?#].*$/, '').replace(/:\d+$/, '').replace(/^\*\./, '').replace(/^www\./, '');
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) && host !== 'localhost') return null;
  return [`https://*.${host}/*`, `http://*.${host}/*`];
}

/** The site a pattern stands for, for display ("https://*.bbc.co.uk/*" -> "bbc.co.uk"). Pure. */
export function siteOf(pattern: string): string {
  return pattern.replace(/^[^:]+:\/\//, '').replace(/\/.*$/, '').replace(/^\*\./, '');
}

const bool = (v: unknown, fallback: boolean): boolean => (typeof v === 'boolean' ? v : fallback);

/**
 * Valid settings from anything: the current version passes through (field by field, so one corrupt
 * field does not cost the others), older shapes are upgraded, garbage gives the defaults. Never throws.
 *
 * Version 0 (before versioning; never shipped, accepted for robustness): `{ sites?: string[],
 * showMarks?: boolean, colorBlind?: boolean }`.
 */
export function migrate(raw: unknown): Settings {
  const out = defaultSettings();
  if (!isObj(raw)) return out;
  let data: Record<string, unknown> = raw;
  const version = typeof raw.version === 'number' ? raw.version : 0;
  if (version === 0) {
    // Step 0 -> 1.
    const all = typeof raw.showMarks === 'boolean' ? raw.showMarks : undefined;
    data = {
      autoSites: raw.sites ?? raw.autoSites,
      marks: all === undefined ? raw.marks : { statements: all, official: all, anonymous: all, appeals: all, numbers: all },
      palette: raw.colorBlind === true ? 'colorblind' : raw.palette,
    };
  } else if (version > SETTINGS_VERSION) {
    // Written by a newer Sourcemark (downgrade): keep what this version understands.
  }
  if (Array.isArray(data.autoSites)) {
    out.autoSites = [...new Set(data.autoSites.filter(isOriginPattern))].sort();
  }
  if (isObj(data.marks)) {
    for (const k of MARK_SETTING_KINDS) out.marks[k] = bool(data.marks[k], out.marks[k]);
  }
  if (data.palette === 'default' || data.palette === 'colorblind') out.palette = data.palette;
  // Version 1 has no manual theme: the UI always follows the system.
  out.themeFollowsSystem = true;
  return out;
}

/**
 * What a page's marks depend on: which kinds are shown, in which palette. The background hands these to
 * content scripts (with each analysis, and again when they change), so a page never reads the storage
 * API, and never sees the rest of the settings (the sites the user granted).
 */
export type MarkSettings = Pick<Settings, 'marks' | 'palette'>;

/** The {@link MarkSettings} part of `settings` (a copy). */
export function markSettingsOf(settings: Settings): MarkSettings {
  return { marks: { ...settings.marks }, palette: settings.palette };
}

/**
 * Valid {@link MarkSettings} from anything (a message): each field checked as {@link migrate} checks it,
 * defaults for the rest. Never throws.
 */
export function parseMarkSettings(raw: unknown): MarkSettings {
  const m = isObj(raw) ? raw : {};
  return markSettingsOf(migrate({ version: SETTINGS_VERSION, marks: m.marks, palette: m.palette }));
}

/** The subset of `storage.local` used here; tests pass an in-memory stand-in. */
export interface LocalArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** The subset of `storage.onChanged` used here. */
export interface ChangedEvent {
  addListener(cb: (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, area: string) => void): void;
  removeListener(cb: (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, area: string) => void): void;
}

const localArea = (): LocalArea => browser.storage.local as unknown as LocalArea;

/** Reads the settings (defaults when none are stored or storage fails). Never throws. */
export async function loadSettings(area: LocalArea = localArea()): Promise<Settings> {
  try {
    const got = await area.get(SETTINGS_KEY);
    return migrate(got?.[SETTINGS_KEY]);
  } catch {
    return defaultSettings();
  }
}

/** Merges `patch` into the stored settings and saves them, validated. Resolves with what was saved. */
export async function saveSettings(patch: Partial<Omit<Settings, 'version'>>, area: LocalArea = localArea()): Promise<Settings> {
  const current = await loadSettings(area);
  const next = migrate({
    ...current,
    ...patch,
    marks: { ...current.marks, ...(patch.marks ?? {}) },
    version: SETTINGS_VERSION,
  });
  await area.set({ [SETTINGS_KEY]: next });
  return next;
}

/**
 * Calls `cb` with the new settings whenever they change in `storage.local` (from the options page,
 * the popup or another window), until `signal` aborts.
 */
export function onSettingsChanged(
  cb: (settings: Settings) => void,
  signal?: AbortSignal,
  event: ChangedEvent = browser.storage.onChanged as unknown as ChangedEvent,
): void {
  if (signal?.aborted) return;
  const listener: Parameters<ChangedEvent['addListener']>[0] = (changes, area) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    cb(migrate(changes[SETTINGS_KEY]?.newValue));
  };
  event.addListener(listener);
  signal?.addEventListener('abort', () => event.removeListener(listener), { once: true });
}

/**
 * Whether a statement's page mark is shown under `marks`. Official voices follow `official`, unnamed
 * sources `anonymous`, every other attributed statement `statements`. Pure.
 */
export function isStatementMarkShown(marks: MarkVisibility, s: Pick<Statement, 'official' | 'source'>): boolean {
  if (s.official || s.source?.kind === 'official') return marks.official;
  if (s.source?.kind === 'anonymous') return marks.anonymous;
  return marks.statements;
}

/**
 * The analysis the page marks should draw under `marks`: statements whose kind is switched off, appeals
 * and numbers removed. For painting only — the popup and the badge keep the full analysis. Pure.
 */
export function analysisForMarks(analysis: Analysis, marks: MarkVisibility): Analysis {
  return {
    ...analysis,
    statements: analysis.statements.filter((s) => s.inAppeal || isStatementMarkShown(marks, s)),
    appeals: marks.appeals ? analysis.appeals : [],
    numbers: marks.numbers ? analysis.numbers : [],
  };
}

/** Page-mark colours per palette: defined beside the painter, re-exported here for the settings UI. */
export { MARK_COLOURS, markColourProperties, type MarkColours } from './dom/mark-colours';

/** A major news site offered in the onboarding and options pages. */
export interface NewsSite {
  /** Shown to the user. */
  name: string;
  /** Host names (the site and its subdomains are requested). */
  hosts: string[];
}

/** Major news sites offered for automatic analysis (opt-in, each one asked for separately). */
export const NEWS_SITES: readonly NewsSite[] = [
  { name: 'The New York Times', hosts: ['nytimes.com'] },
  { name: 'The Guardian', hosts: ['theguardian.com'] },
  { name: 'BBC News', hosts: ['bbc.co.uk', 'bbc.com'] },
  { name: 'Reuters', hosts: ['reuters.com'] },
  { name: 'AP News', hosts: ['apnews.com'] },
  { name: 'The Washington Post', hosts: ['washingtonpost.com'] },
  { name: 'The Moscow Times', hosts: ['themoscowtimes.com'] },
  { name: 'Al Jazeera', hosts: ['aljazeera.com'] },
  { name: 'CNN', hosts: ['cnn.com'] },
  { name: 'NPR', hosts: ['npr.org'] },
  { name: 'Le Monde', hosts: ['lemonde.fr'] },
  { name: 'Der Spiegel', hosts: ['spiegel.de'] },
  { name: 'Financial Times', hosts: ['ft.com'] },
  { name: 'The Economist', hosts: ['economist.com'] },
  { name: 'Politico', hosts: ['politico.com', 'politico.eu'] },
  { name: 'Deutsche Welle', hosts: ['dw.com'] },
];

/** Origin patterns for a news site (https and http, site and subdomains). Pure. */
export function originsOf(site: NewsSite): string[] {
  return site.hosts.flatMap((h) => [`https://*.${h}/*`, `http://*.${h}/*`]);
}

/** Every origin pattern: automatic analysis on all sites. */
export const ALL_SITES: readonly string[] = ['https://*/*', 'http://*/*'];
