/**
 * Popup-only view helpers (locale formatting and UI labels). The summary's data rules live in
 * `lib/core/summary.ts`, shared with the CLI; they are re-exported here for the components.
 */
import type { Appeal } from '../lib/core/types';
import { APPEAL_KIND_LABELS } from './strings';

export * from '../lib/core/summary';

/** The byline, unless it only repeats the site name (house and agency bylines often do). */
export function distinctByline(byline: string | null, siteName: string | null): string | null {
  const b = byline?.trim();
  if (!b) return null;
  return siteName && b.toLocaleLowerCase() === siteName.trim().toLocaleLowerCase() ? null : b;
}

/** Plain names of the appeals found, once each: the analysis' label, else the name of its kind. */
export function appealNames(appeals: Appeal[]): string[] {
  const names = appeals.map((a) => (a.label?.trim() ? a.label.trim() : APPEAL_KIND_LABELS[a.kind] ?? a.kind));
  return [...new Set(names)];
}

/** A publication date ready for `<time>`: a machine-readable value and a localised label. */
export interface DateView {
  dateTime: string;
  label: string;
}

/**
 * Formats the article's published time for people, in the reader's locale. Returns null for missing or
 * unparseable values rather than showing "Invalid Date".
 */
export function formatDate(value: string | null, locale?: string): DateView | null {
  if (!value) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  // A date without a time ("2025-12-11") parses as UTC midnight: format it in UTC so it doesn't shift a day.
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value.trim());
  const label = new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    ...(dateOnly ? { timeZone: 'UTC' } : {}),
  }).format(date);
  return { dateTime: dateOnly ? value.trim() : date.toISOString(), label };
}
