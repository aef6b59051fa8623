// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DoneView } from './DoneView';
import { summaryExport, summaryJson, summaryMarkdown, mdEscape, SUMMARY_JSON_SCHEMA } from './export';
import { SEED_MARKS, seedAnalysis } from './fixtures';
import { formatMessage, t } from './strings';
import EN from '../public/_locales/en/messages.json';

afterEach(cleanup);

const URL = 'https://www.themoscowtimes.com/2025/12/11/putin-reaffirms-support-for-maduro-a91400';

function renderDone(copyText = vi.fn(async (_: string) => true)) {
  const onScrollTo = vi.fn();
  const utils = render(
    <DoneView
      analysis={seedAnalysis()}
      marks={SEED_MARKS}
      marksPending={false}
      notice={null}
      locale="en-GB"
      url={URL}
      copyText={copyText}
      onScrollTo={onScrollTo}
      onToggleMarks={vi.fn()}
    />,
  );
  return { ...utils, onScrollTo, copyText };
}

const statements = () => screen.getByRole('region', { name: 'Statements by source' });
const groupNames = () => within(statements()).queryAllByRole('heading', { level: 3 }).map((h) => h.querySelector('.source-name')?.textContent);

describe('source filter', () => {
  it('offers the kinds and the named sources present, and narrows the statements', () => {
    renderDone();
    const select = screen.getByRole('combobox', { name: 'Show statements from' }) as HTMLSelectElement;
    const options = Array.from(select.options).map((o) => o.textContent);
    expect(options).toEqual(['All sources', 'Official sources', 'Named people', 'the Kremlin (3)', 'Caracas (2)', 'Nicolás Maduro (1)']);
    expect(groupNames()).toEqual(['the Kremlin', 'Caracas', 'Nicolás Maduro']);

    fireEvent.change(select, { target: { value: 'kind:person' } });
    expect(groupNames()).toEqual(['Nicolás Maduro']);
    expect(statements().textContent).toContain('Showing 1 of 6 statements.');

    fireEvent.change(select, { target: { value: 'source:actor:a3' } });
    expect(groupNames()).toEqual(['the Kremlin']);
    expect(within(statements()).getAllByRole('button')).toHaveLength(3);

    fireEvent.change(select, { target: { value: 'all' } });
    expect(groupNames()).toHaveLength(3);
    expect(statements().textContent).not.toContain('Showing');
  });

  it('keeps scroll-to working on filtered rows', () => {
    const { onScrollTo } = renderDone();
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'kind:person' } });
    fireEvent.click(within(statements()).getByRole('button'));
    const maduro = seedAnalysis().statements.find((s) => s.source?.kind === 'person')!;
    expect(onScrollTo).toHaveBeenCalledWith(maduro.start, maduro.end);
  });
});

describe('copy summary', () => {
  it('copies Markdown and JSON and confirms politely', async () => {
    const { copyText } = renderDone();
    fireEvent.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    await waitFor(() => expect(screen.getByText('Summary copied as Markdown.')).toBeTruthy());
    expect(copyText.mock.calls[0][0]).toBe(summaryMarkdown(seedAnalysis(), URL));
    fireEvent.click(screen.getByRole('button', { name: 'Copy as JSON' }));
    await waitFor(() => expect(screen.getByText('Summary copied as JSON.')).toBeTruthy());
    expect(JSON.parse(copyText.mock.calls[1][0]).schema).toBe(SUMMARY_JSON_SCHEMA);
  });

  it('says so when the clipboard refuses', async () => {
    renderDone(vi.fn(async () => false));
    fireEvent.click(screen.getByRole('button', { name: 'Copy as JSON' }));
    await waitFor(() => expect(screen.getByText(/could not be copied/)).toBeTruthy());
  });
});

describe('summary export', () => {
  it('Markdown: who said what with full quotes, sources, cues, actors, numbers; appeals named, never quoted', () => {
    const md = summaryMarkdown(seedAnalysis(), URL);
    expect(md).toMatch(/^# Putin Reaffirms Support for Maduro/);
    expect(md).toContain(`URL: <${URL}>`);
    expect(md).toContain('### the Kremlin (Official)');
    expect(md).toContain('- “Vladimir Putin expressed solidarity with the Venezuelan people” _(official; cue: said … in a read-out)_');
    // Full quote, not the popup's 180-character cut.
    expect(md).toContain('throughout Latin America.');
    expect(md).toContain('### Nicolás Maduro (Person)');
    expect(md).toContain('- **Vladimir Putin** (Person, Russian President): No statements attributed');
    expect(md).toContain('- **87**: at least 87 people have been killed (Unattributed)');
    expect(md).toContain('- Donation appeal from the publisher');
    expect(md).not.toMatch(/\$2|undesirable|Dear readers/);
  });

  it('JSON: groups, actors, numbers, appeals; valid and complete', () => {
    const json = JSON.parse(summaryJson(seedAnalysis(), URL));
    expect(json).toEqual(summaryExport(seedAnalysis(), URL));
    expect(json.url).toBe(URL);
    expect(json.sources.map((g: { name: string }) => g.name)).toEqual(['the Kremlin', 'Caracas', 'Nicolás Maduro']);
    expect(json.sources[0].statements[1]).toMatchObject({ mode: 'direct', official: true, quote: 'Vladimir Putin expressed solidarity with the Venezuelan people', cue: 'said … in a read-out' });
    expect(json.actors[0]).toEqual({ name: 'the Kremlin', type: 'organization', role: null, government: true, statements: 3 });
    expect(json.keyNumbers[0]).toEqual({ text: '87', context: 'at least 87 people have been killed', source: null });
    expect(json.appealsExcluded).toEqual(['Donation appeal from the publisher']);
    expect(JSON.stringify(json)).not.toContain('Dear readers');
  });

  it('escapes Markdown in article text', () => {
    expect(mdEscape('*bold* [link](x) a_b')).toBe('\\*bold\\* \\[link\\](x) a\\_b');
    expect(mdEscape('# not a heading')).toBe('\\# not a heading');
  });
});

describe('legend and keyboard', () => {
  it('explains each mark kind in a disclosure', () => {
    renderDone();
    const summary = screen.getByText('What the marks mean');
    const details = summary.closest('details')!;
    expect(details.textContent).toContain('Official read-outs and statements');
    expect(details.textContent).toContain('Dotted underline');
    expect(details.textContent).toContain('not part of the article');
  });

  it('moves focus between rows of a section with the arrow keys', () => {
    renderDone();
    const buttons = within(screen.getByRole('region', { name: 'Key numbers' })).getAllByRole('button');
    buttons[0].focus();
    fireEvent.keyDown(buttons[0], { key: 'ArrowDown' });
    expect(document.activeElement).toBe(buttons[1]);
    fireEvent.keyDown(buttons[1], { key: 'ArrowUp' });
    expect(document.activeElement).toBe(buttons[0]);
    fireEvent.keyDown(buttons[0], { key: 'End' });
    expect(document.activeElement).toBe(buttons[buttons.length - 1]);
  });
});

describe('i18n helper', () => {
  it('formats named placeholders like i18n.getMessage', () => {
    expect(t('filterShowing', 2, 5)).toBe('Showing 2 of 5 statements.');
    expect(formatMessage({ message: 'Cost $$1 for $WHO$', placeholders: { who: { content: '$1' } } }, ['Ann'])).toBe('Cost $1 for Ann');
  });

  it('every message has a description-free valid name and declared placeholders', () => {
    for (const [key, entry] of Object.entries(EN as Record<string, { message: string; placeholders?: Record<string, unknown> }>)) {
      expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
      for (const [, name] of entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)) expect(entry.placeholders?.[name.toLowerCase()]).toBeTruthy();
    }
  });
});
