/**
 * "Copy summary" as Markdown or JSON, with a polite confirmation (or an honest failure message).
 */
import { useState } from 'preact/hooks';
import type { Analysis } from '../lib/core/types';
import { copyToClipboard, summaryJson, summaryMarkdown } from './export';
import { STRINGS } from './strings';

/** Writes text to the clipboard; resolves false when it could not. */
export type CopyText = (text: string) => Promise<boolean>;

/** The two copy buttons. */
export function CopySummary({ analysis, url, copyText = copyToClipboard }: { analysis: Analysis; url?: string | null; copyText?: CopyText }) {
  const [message, setMessage] = useState('');
  const copy = (format: 'markdown' | 'json') => {
    const text = format === 'markdown' ? summaryMarkdown(analysis, url) : summaryJson(analysis, url);
    setMessage('');
    copyText(text).then(
      (ok) => setMessage(ok ? (format === 'markdown' ? STRINGS.copiedMarkdown : STRINGS.copiedJson) : STRINGS.copyFailed),
      () => setMessage(STRINGS.copyFailed),
    );
  };
  return (
    <section class="section copy" aria-labelledby="copy-heading">
      <h2 id="copy-heading">{STRINGS.copyHeading}</h2>
      <div class="button-row">
        <button type="button" class="secondary" onClick={() => copy('markdown')}>
          {STRINGS.copyMarkdown}
        </button>
        <button type="button" class="secondary" onClick={() => copy('json')}>
          {STRINGS.copyJson}
        </button>
      </div>
      <p class="muted small copy-message" aria-live="polite">
        {message}
      </p>
    </section>
  );
}
