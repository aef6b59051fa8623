/**
 * The one typed message protocol between the content script, the background and the popup.
 * Message types are named by direction (`content->background`, `popup->background`,
 * `background->content`), as in Dark Reader, so a reader always knows who sends what to whom.
 *
 * Every message received from another context is validated with {@link isMessage} before use:
 * content scripts run inside untrusted pages, so their messages are input, not facts.
 */
import type { Analysis, AnalyzeMeta } from './core/types';
import type { StepResult } from './dom/mark-nav';
import type { MarksCount } from './dom/marks';
import type { MarkSettings } from './settings';

/** Longest article text the background accepts for analysis (characters); longer pages are refused. */
export const MAX_ANALYSE_CHARS = 3_000_000;

/** Why a page was left alone. */
export type NotArticleReason = 'not-readerable' | 'no-content' | 'too-large' | 'unsupported-page';

/** What the background knows about one tab; the popup renders exactly this. */
export type TabState =
  | { status: 'idle'; url?: string }
  | { status: 'analysing'; url: string; startedAt: number }
  | {
      status: 'not-article';
      url: string;
      reason: NotArticleReason;
      /** Cost of deciding (ms), e.g. `{ check: 1.2 }`, for the benchmark. */
      timings?: Record<string, number>;
    }
  | { status: 'error'; url: string; message: string }
  | {
      status: 'done';
      url: string;
      analysis: Analysis;
      /** Marks placed in the page and statements whose text could not be found there. */
      marks: MarksCountState;
      updatedAt: number;
    };

/** content -> background: the analysis state of the sender's tab changed. */
export interface ContentToBackgroundState {
  type: 'content->background:state';
  state: TabState;
}

/**
 * content -> background: analyse this article text. Answer: {@link AnalyseAnswer}.
 * The core runs in the background, where it stays warm across pages and off the page's main thread.
 */
export interface ContentToBackgroundAnalyse {
  type: 'content->background:analyse';
  text: string;
  meta: AnalyzeMeta;
}

/**
 * The background's answer to {@link ContentToBackgroundAnalyse}. `ref` names the analysis the background
 * keeps for the sender's tab, so that the content script can report it done by reference
 * ({@link ContentToBackgroundDone}) instead of sending it back whole. `markSettings` are the user's mark
 * settings to paint it with (later changes follow in {@link BackgroundToContentMarkSettings}).
 */
export type AnalyseAnswer = { ok: true; analysis: Analysis; ref?: string; markSettings?: MarkSettings } | { ok: false; error: string };

/** Marks placed in the page and statements whose text could not be found there: the page's own count. */
export type MarksCountState = MarksCount;

/**
 * content -> background: the analysis the background answered with `ref` is marked in the page; the tab is
 * done. Answer: `{ ok: boolean }`; `ok: false` when the background no longer holds that analysis (its
 * worker restarted, or a newer analysis of the tab replaced it): the content script then reports the
 * whole state ({@link ContentToBackgroundState}).
 *
 * Why by reference: the analysis came from the background, and serialising it again in the page (for a
 * news article, hundreds of kilobytes of statements, actors and spans) cost the page's main thread about
 * a millisecond per article in Chromium, to send the background what it already had.
 */
export interface ContentToBackgroundDone {
  type: 'content->background:done';
  ref: string;
  url: string;
  /** The analysis' timings with the page-side steps added (what `analysis.timings` becomes). */
  timings: Record<string, number>;
  marks: MarksCountState;
  updatedAt: number;
}

/** popup -> background: give me the state of a tab. Answer: {@link TabState}. */
export interface PopupToBackgroundGetState {
  type: 'popup->background:get-state';
  tabId: number;
}

/** popup -> background: analyse this tab now (on demand; uses the activeTab grant). Answer: TabState. */
export interface PopupToBackgroundAnalyse {
  type: 'popup->background:analyse';
  tabId: number;
}

/** popup -> background: scroll the page to a span of the article text and flash its mark. */
export interface PopupToBackgroundScrollTo {
  type: 'popup->background:scroll-to';
  tabId: number;
  start: number;
  end: number;
}

/** popup -> background: show or hide (remove completely) the marks in a tab. */
export interface PopupToBackgroundSetMarks {
  type: 'popup->background:set-marks';
  tabId: number;
  visible: boolean;
}

/** Which way to step through the statement marks: 1 = next, -1 = previous (document order). */
export type StepDirection = 1 | -1;

/**
 * popup -> background: go to the next or previous statement mark in a tab (what the keyboard commands
 * do for the active tab). Answer: {@link StepMarkAnswer}.
 */
export interface PopupToBackgroundStepMark {
  type: 'popup->background:step-mark';
  tabId: number;
  direction: StepDirection;
}

/** background -> content: scroll to a span of the article text. Answer: `{ ok: boolean }`. */
export interface BackgroundToContentScrollTo {
  type: 'background->content:scroll-to';
  start: number;
  end: number;
}

/** background -> content: show or remove the marks. Answer: `{ ok: boolean }`. */
export interface BackgroundToContentSetMarks {
  type: 'background->content:set-marks';
  visible: boolean;
}

/**
 * background -> content: go to the next or previous statement mark — scroll, flash, select and announce
 * it. Answer: {@link StepMarkAnswer}.
 */
export interface BackgroundToContentStepMark {
  type: 'background->content:step-mark';
  direction: StepDirection;
}

/** The answer to a step: where it went (`index` 0-based in document order, -1 when `ok` is false). */
export type StepMarkAnswer = StepResult;

/**
 * background -> content: analyse (again) now, e.g. when the user asks from the popup. `force` skips the
 * "does this look like an article?" check: the user asked for this page explicitly.
 */
export interface BackgroundToContentAnalyse {
  type: 'background->content:analyse';
  force?: boolean;
}

/**
 * background -> content: the user's mark settings changed (options page, popup, another window); repaint
 * with them. Receivers validate them with `parseMarkSettings`. Answer: `{ ok: true }`.
 */
export interface BackgroundToContentMarkSettings {
  type: 'background->content:mark-settings';
  settings: MarkSettings;
}

/** Every message of the protocol. */
export type Message =
  | ContentToBackgroundState
  | ContentToBackgroundAnalyse
  | ContentToBackgroundDone
  | PopupToBackgroundGetState
  | PopupToBackgroundAnalyse
  | PopupToBackgroundScrollTo
  | PopupToBackgroundSetMarks
  | PopupToBackgroundStepMark
  | BackgroundToContentScrollTo
  | BackgroundToContentSetMarks
  | BackgroundToContentStepMark
  | BackgroundToContentAnalyse
  | BackgroundToContentMarkSettings;

/** The `type` strings of all messages. */
export type MessageType = Message['type'];

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isStr = (v: unknown): v is string => typeof v === 'string';
const isDirection = (v: unknown): v is StepDirection => v === 1 || v === -1;

/** A timings record: at most 64 named, finite numbers. */
function isTimings(v: unknown): v is Record<string, number> {
  if (!isObj(v)) return false;
  const entries = Object.entries(v);
  return entries.length <= 64 && entries.every(([k, n]) => k.length <= 40 && typeof n === 'number' && Number.isFinite(n));
}

/** A {@link MarksCountState}. */
function isMarksCount(v: unknown): v is MarksCountState {
  return isObj(v) && isInt(v.placed) && isInt(v.missing) && typeof v.visible === 'boolean';
}

const STATUSES = new Set(['idle', 'analysing', 'not-article', 'error', 'done']);

/** Shallow structural check of a TabState coming from a content script. */
export function isTabState(v: unknown): v is TabState {
  if (!isObj(v) || !isStr(v.status) || !STATUSES.has(v.status)) return false;
  if (v.status === 'done') {
    const a = v.analysis;
    return (
      isObj(a) && isStr(a.text) && Array.isArray(a.statements) && Array.isArray(a.appeals) &&
      Array.isArray(a.actors) && Array.isArray(a.numbers) && isObj(v.marks)
    );
  }
  return true;
}

/** Shallow structural check of an {@link AnalyseAnswer}. */
export function isAnalyseAnswer(v: unknown): v is AnalyseAnswer {
  if (!isObj(v)) return false;
  if (v.ok === false) return isStr(v.error);
  const a = v.analysis;
  return v.ok === true && isObj(a) && isStr(a.text) && Array.isArray(a.statements);
}

/** Shallow structural check of a {@link StepMarkAnswer} (it comes from a content script). */
export function isStepMarkAnswer(v: unknown): v is StepMarkAnswer {
  return (
    isObj(v) && typeof v.ok === 'boolean' && typeof v.wrapped === 'boolean' && isInt(v.total) &&
    typeof v.index === 'number' && Number.isInteger(v.index) && v.index >= -1 && v.index < Math.max(v.total, 1)
  );
}

/** Validates an incoming message's shape; anything else is ignored by receivers. */
export function isMessage(v: unknown): v is Message {
  if (!isObj(v) || !isStr(v.type)) return false;
  switch (v.type) {
    case 'content->background:state':
      return isTabState(v.state);
    case 'content->background:analyse':
      return isStr(v.text) && v.text.length <= MAX_ANALYSE_CHARS && isObj(v.meta);
    case 'content->background:done':
      return (
        isStr(v.ref) && v.ref.length <= 64 && isStr(v.url) && isTimings(v.timings) && isMarksCount(v.marks) &&
        typeof v.updatedAt === 'number' && Number.isFinite(v.updatedAt)
      );
    case 'popup->background:get-state':
    case 'popup->background:analyse':
      return isInt(v.tabId);
    case 'popup->background:scroll-to':
      return isInt(v.tabId) && isInt(v.start) && isInt(v.end) && v.end >= v.start;
    case 'popup->background:set-marks':
      return isInt(v.tabId) && typeof v.visible === 'boolean';
    case 'popup->background:step-mark':
      return isInt(v.tabId) && isDirection(v.direction);
    case 'background->content:scroll-to':
      return isInt(v.start) && isInt(v.end) && v.end >= v.start;
    case 'background->content:set-marks':
      return typeof v.visible === 'boolean';
    case 'background->content:step-mark':
      return isDirection(v.direction);
    case 'background->content:analyse':
      return v.force === undefined || typeof v.force === 'boolean';
    case 'background->content:mark-settings':
      return isObj(v.settings);
    default:
      return false;
  }
}
