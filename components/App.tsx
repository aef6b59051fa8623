/**
 * The popup's root: asks the background for the tab's state through a {@link PopupClient} (or takes
 * the answer to a request the entrypoint already started), keeps it fresh while an analysis runs, and
 * hands the result to the view for that state. This is the only component with effects on the outside
 * world, and it reaches that world only through `client`.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { TabState } from '../lib/protocol';
import type { Palette } from '../lib/settings';
import { ClientError, type PopupClient } from './client';
import { sameJson } from './same-json';
import { DoneView } from './DoneView';
import { AnalysingView, ErrorView, IdleView, LoadingView, NotArticleView } from './StatusPanel';
import { STRINGS } from './strings';
import type { Outcome, Tracked } from './tracked';

/** How often the popup asks for news while the page is being analysed (ms). */
export const DEFAULT_POLL_MS = 400;

/** What the popup shows: the tab's state, or its own waiting / failure to reach the background. */
type View = TabState | { status: 'loading' } | { status: 'unreachable'; message: string };

/** Props of {@link App}. */
export interface AppProps {
  client: PopupClient;
  /** Poll interval while analysing; tests shorten it. */
  pollMs?: number;
  /** Locale for dates; the browser's when absent. */
  locale?: string;
  /** Mark colours (from the settings), for the legend. */
  palette?: Palette;
  /**
   * The first state request, already started by the caller (`client.getState()` before rendering).
   * When it has settled, the first render shows its answer; otherwise the popup shows "Loading…" and
   * waits for this request instead of sending another. Absent: the popup asks once it is mounted.
   */
  first?: Tracked<TabState>;
  /**
   * The background's answer to the first request when `first` may hold a stored copy instead (the
   * popup reads `storage.session` to draw without waiting for the background). The background is the
   * source of truth: its answer replaces the copy when it differs, unless the view has moved on since.
   * A failure leaves the copy in place (the actions report their own failures).
   */
  confirm?: Promise<TabState>;
}

const messageOf = (error: unknown): string => (error instanceof ClientError ? error.message : STRINGS.noConnection);

const viewOf = (outcome: Outcome<TabState>): View =>
  outcome.ok ? outcome.value : { status: 'unreachable', message: messageOf(outcome.error) };

/** The popup. */
export function App({ client, pollMs = DEFAULT_POLL_MS, locale, palette, first, confirm }: AppProps) {
  // The first request's answer, when it is already in, is the first thing shown.
  const [view, setView] = useState<View>(() => (first?.outcome ? viewOf(first.outcome) : { status: 'loading' }));
  // The caller's first request stands in for this component's own, once: already shown, or to wait for.
  const firstRequest = useRef<Tracked<TabState> | 'shown' | undefined>(first?.outcome ? 'shown' : first);
  const [busy, setBusy] = useState(false);
  // Set once the user starts an analysis here, so the result takes focus when it arrives.
  const [startedHere, setStartedHere] = useState(false);
  const [marksOverride, setMarksOverride] = useState<boolean | null>(null);
  const [marksPending, setMarksPending] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  // Answers can arrive after the popup closed or the component unmounted: drop them then.
  const alive = useRef(true);
  useEffect(() => () => void (alive.current = false), []);

  const show = useCallback((next: View) => {
    if (alive.current) setView(next);
  }, []);
  const fail = useCallback((error: unknown) => show({ status: 'unreachable', message: messageOf(error) }), [show]);

  const load = useCallback(() => {
    client.getState().then(show, fail);
  }, [client, show, fail]);

  useEffect(() => {
    const request = firstRequest.current;
    firstRequest.current = undefined;
    if (request === 'shown') return;
    if (request) request.promise.then(show, fail);
    else load();
  }, [load, show, fail]);

  // A stored copy drawn first gives way to the background's answer, once, if that says otherwise.
  const confirming = useRef(confirm);
  useEffect(() => {
    const answer = confirming.current;
    confirming.current = undefined;
    if (!answer || !first) return;
    let copy: TabState | undefined;
    first.promise.then((state) => void (copy = state), () => undefined);
    answer.then(
      (state) => {
        if (!alive.current) return;
        // Still showing the first state, and it is not this very answer (no copy was used) nor equal to it.
        setView((current) => (current === copy && !sameJson(current, state) ? state : current));
      },
      () => undefined,
    );
  }, [first]);

  // "Try again" after the background did not answer: show that something is happening.
  const reload = useCallback(() => {
    show({ status: 'loading' });
    load();
  }, [show, load]);

  // While analysing, poll: the protocol has no push to the popup, and a popup lives only seconds.
  // One request at a time (no overlap on a slow background), stopped when the state moves on or the
  // popup unmounts. Keyed on the status, not the state object, so an identical answer keeps polling.
  const analysingNow = view.status === 'analysing';
  useEffect(() => {
    if (!analysingNow) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = () => {
      client.getState().then(
        (state) => {
          if (stopped) return;
          if (state.status === 'analysing') timer = setTimeout(tick, pollMs);
          else show(state);
        },
        (error) => !stopped && fail(error),
      );
    };
    timer = setTimeout(tick, pollMs);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [analysingNow, client, pollMs, show, fail]);

  const analyse = useCallback(() => {
    setBusy(true);
    setStartedHere(true);
    client
      .analyse()
      .then(show, fail)
      .finally(() => alive.current && setBusy(false));
  }, [client, show, fail]);

  const scrollTo = useCallback(
    (start: number, end: number) => {
      client.scrollTo(start, end).then(
        (ok) => alive.current && setNotice(ok ? null : STRINGS.scrollFailed),
        () => alive.current && setNotice(STRINGS.scrollFailed),
      );
    },
    [client],
  );

  const stepMark = useCallback(
    (direction: 1 | -1) => {
      setNotice(null);
      client.stepMark?.(direction).then(
        (ok) => alive.current && setNotice(ok ? null : STRINGS.stepFailed),
        () => alive.current && setNotice(STRINGS.stepFailed),
      );
    },
    [client],
  );

  const toggleMarks = useCallback(
    (visible: boolean) => {
      // Show the new position at once; undo it if the page could not follow.
      setMarksOverride(visible);
      setMarksPending(true);
      setNotice(null);
      client
        .setMarks(visible)
        .then((ok) => {
          if (!alive.current) return;
          if (!ok) {
            setMarksOverride(null);
            setNotice(STRINGS.marksFailed);
            return;
          }
          // Re-read the state for fresh placed/missing counts; keep the override if that fails.
          return client.getState().then((state) => {
            show(state);
            if (alive.current) setMarksOverride(null);
          }, () => undefined);
        })
        .catch(() => {
          if (!alive.current) return;
          setMarksOverride(null);
          setNotice(STRINGS.marksFailed);
        })
        .finally(() => alive.current && setMarksPending(false));
    },
    [client, show],
  );

  return (
    <main class="popup">
      {renderView()}
      {client.openOptions && (
        <nav class="popup-links" aria-label={STRINGS.appName}>
          <button type="button" class="link-button" aria-describedby="settings-hint" onClick={() => client.openOptions?.()}>
            {STRINGS.openSettings}
          </button>
          <span id="settings-hint" class="visually-hidden">
            {STRINGS.openSettingsHint}
          </span>
        </nav>
      )}
    </main>
  );

  function renderView() {
    switch (view.status) {
      case 'loading':
        return <LoadingView />;
      case 'unreachable':
        return <ErrorView message={view.message} onRetry={reload} busy={busy} />;
      case 'idle':
        return <IdleView onAnalyse={analyse} busy={busy} />;
      case 'analysing':
        return <AnalysingView />;
      case 'not-article':
        return <NotArticleView reason={view.reason} onAnalyse={analyse} busy={busy} />;
      case 'error':
        return <ErrorView message={view.message} onRetry={analyse} busy={busy} />;
      case 'done':
        return (
          <DoneView
            analysis={view.analysis}
            marks={{ ...view.marks, visible: marksOverride ?? view.marks.visible }}
            marksPending={marksPending}
            notice={notice}
            focusTitle={startedHere}
            locale={locale}
            url={view.url}
            palette={palette}
            onScrollTo={scrollTo}
            onToggleMarks={toggleMarks}
            onStepMark={client.stepMark ? stepMark : undefined}
          />
        );
    }
  }
}
