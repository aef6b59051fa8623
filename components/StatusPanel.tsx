/**
 * The popup's states other than "done": a short, honest sentence, optional detail, optional action.
 */
import type { ComponentChildren } from 'preact';
import { NOT_ARTICLE_REASONS, STRINGS } from './strings';
import type { NotArticleReason } from '../lib/protocol';

interface StatusPanelProps {
  title: string;
  children?: ComponentChildren;
  /** A label and handler for the one thing the user can do next. */
  action?: { label: string; onClick: () => void; disabled?: boolean };
  /** `status` for transient progress (announced politely), `alert` for failures. */
  role?: 'status' | 'alert';
}

/** A titled panel with an optional single action button. */
export function StatusPanel({ title, children, action, role }: StatusPanelProps) {
  return (
    <section class="status-panel" role={role} aria-labelledby="status-title">
      <h1 id="status-title" class="status-title">
        {title}
      </h1>
      {children}
      {action && (
        <button type="button" class="primary" onClick={action.onClick} disabled={action.disabled}>
          {action.label}
        </button>
      )}
    </section>
  );
}

/** Shown while the popup waits for the first answer from the background. */
export function LoadingView() {
  return <StatusPanel title={STRINGS.loading} role="status" />;
}

/** The page has not been analysed: offer to do it. */
export function IdleView({ onAnalyse, busy }: { onAnalyse: () => void; busy: boolean }) {
  return (
    <StatusPanel title={STRINGS.idleTitle} action={{ label: STRINGS.analyseButton, onClick: onAnalyse, disabled: busy }}>
      <p class="muted">{STRINGS.idleBody}</p>
    </StatusPanel>
  );
}

/** An analysis is running in the page. */
export function AnalysingView() {
  return (
    <StatusPanel title={STRINGS.analysing} role="status">
      <div class="progress" aria-hidden="true" />
    </StatusPanel>
  );
}

/**
 * The page was left alone. "Analyse anyway" is offered unless the browser forbids running on the page at
 * all (its own pages, extension stores): there, the button could only fail.
 */
export function NotArticleView({
  reason,
  onAnalyse,
  busy,
}: {
  reason: NotArticleReason;
  onAnalyse: () => void;
  busy: boolean;
}) {
  const canForce = reason !== 'unsupported-page';
  return (
    <StatusPanel
      title={STRINGS.notArticleTitle}
      action={canForce ? { label: STRINGS.analyseAnywayButton, onClick: onAnalyse, disabled: busy } : undefined}
    >
      <p class="muted">{NOT_ARTICLE_REASONS[reason] ?? reason}</p>
    </StatusPanel>
  );
}

/** The analysis or the popup's connection failed; `message` is shown as plain text. */
export function ErrorView({
  message,
  onRetry,
  busy,
}: {
  message: string;
  onRetry?: () => void;
  busy: boolean;
}) {
  return (
    <StatusPanel
      title={STRINGS.errorTitle}
      role="alert"
      action={onRetry ? { label: STRINGS.retryButton, onClick: onRetry, disabled: busy } : undefined}
    >
      <p class="error-message">{message}</p>
    </StatusPanel>
  );
}
