/**
 * The switch for the highlights Sourcemark places in the page, with an honest count of what was marked.
 */
import { STRINGS } from './strings';

interface MarksToggleProps {
  visible: boolean;
  placed: number;
  missing: number;
  /** True while the page is applying the previous change: the control is locked meanwhile. */
  pending: boolean;
  onChange: (visible: boolean) => void;
  /** Steps through the statement marks in the page (same as Alt+Shift+N / P); no buttons when absent. */
  onStep?: (direction: 1 | -1) => void;
}

/** A labelled checkbox for showing or removing the marks, plus the placed/missing count. */
export function MarksToggle({ visible, placed, missing, pending, onChange, onStep }: MarksToggleProps) {
  return (
    <div class="marks">
      <label class="marks-toggle">
        <input
          type="checkbox"
          checked={visible}
          disabled={pending}
          aria-describedby={visible ? 'marks-summary' : undefined}
          onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
        />
        <span>{STRINGS.marksToggle}</span>
      </label>
      {/* Counts describe marks in the page, so they are only true while the marks are shown. */}
      {visible && (
        <p id="marks-summary" class="muted small">
          {STRINGS.marksSummary(placed, missing)}
        </p>
      )}
      {visible && placed > 0 && onStep && (
        <div class="mark-steps" role="group" aria-label={STRINGS.stepGroup}>
          <button type="button" class="secondary" disabled={pending} onClick={() => onStep(-1)} aria-keyshortcuts="Alt+Shift+P">
            {STRINGS.stepPrevious}
          </button>
          <button type="button" class="secondary" disabled={pending} onClick={() => onStep(1)} aria-keyshortcuts="Alt+Shift+N">
            {STRINGS.stepNext}
          </button>
        </div>
      )}
    </div>
  );
}
