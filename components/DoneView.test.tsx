// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Analysis } from '../lib/core/types';
import { DoneView } from './DoneView';
import { SEED_MARKS, seedAnalysis } from './fixtures';

afterEach(cleanup);

function renderDone(analysis: Analysis = seedAnalysis(), overrides: Partial<Parameters<typeof DoneView>[0]> = {}) {
  const onScrollTo = vi.fn();
  const onToggleMarks = vi.fn();
  const utils = render(
    <DoneView
      analysis={analysis}
      marks={SEED_MARKS}
      marksPending={false}
      notice={null}
      locale="en-GB"
      onScrollTo={onScrollTo}
      onToggleMarks={onToggleMarks}
      {...overrides}
    />,
  );
  return { ...utils, onScrollTo, onToggleMarks };
}

const section = (name: string): HTMLElement => screen.getByRole('region', { name });

describe('DoneView header', () => {
  it('shows title, site, byline and a machine-readable date', () => {
    const { container } = renderDone();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Putin Reaffirms Support for Maduro in Phone Call After U.S. Seizes Venezuelan Oil Tanker',
    );
    const details = screen.getByRole('list', { name: 'Article details' });
    // The byline only repeats the site name here, so it is shown once.
    expect(within(details).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'The Moscow Times',
      '11 December 2025',
    ]);
    expect(container.querySelector('time')!.getAttribute('datetime')).toBe('2025-12-11T17:05:00.000Z');
  });

  it('says "Untitled article" and omits missing details rather than showing blanks', () => {
    const a = { ...seedAnalysis(), title: null, byline: null, siteName: null, publishedTime: 'not a date' };
    const { container } = renderDone(a);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Untitled article');
    expect(screen.queryByRole('list', { name: 'Article details' })).toBeNull();
    expect(container.querySelector('time')).toBeNull();
  });
});

describe('DoneView notices', () => {
  it('names the appeal and says its content is excluded', () => {
    renderDone();
    const appeals = section('Appeals to the reader');
    expect(within(appeals).getByRole('listitem').textContent).toBe('Donation appeal from the publisher');
    expect(appeals.textContent).toContain('Claims and numbers inside appeals are excluded from this summary.');
  });

  it('shows the paywall notice only for partial analyses', () => {
    renderDone();
    expect(screen.queryByText('Paywall: article may be truncated')).toBeNull();
    cleanup();
    renderDone({ ...seedAnalysis(), partial: true });
    expect(screen.getByRole('note').textContent).toContain('Paywall: article may be truncated');
  });

  it('shows no appeal section when there is none', () => {
    renderDone({ ...seedAnalysis(), appeals: [] });
    expect(screen.queryByRole('region', { name: 'Appeals to the reader' })).toBeNull();
  });
});

describe('Statements by source', () => {
  it('groups statements under their source with a kind badge, biggest group first', () => {
    renderDone();
    const statements = section('Statements by source');
    const headings = within(statements).getAllByRole('heading', { level: 3 });
    expect(headings.map((h) => h.textContent)).toEqual([
      'the KremlinOfficial3 statements',
      'CaracasOfficial2 statements',
      'Nicolás MaduroPerson1 statement',
    ]);
    const kremlin = within(statements).getByRole('list', { name: /^the Kremlin/ });
    expect(within(kremlin).getAllByRole('button')).toHaveLength(3);
  });

  it('flags official statements and shows quotes, paraphrases and cues', () => {
    renderDone();
    const kremlin = within(section('Statements by source')).getByRole('list', { name: /^the Kremlin/ });
    const [s1, s2] = within(kremlin).getAllByRole('button');
    expect(s1.textContent).toMatch(/^Official statementParaphrase: Russian President Vladimir Putin/);
    expect(s1.querySelector('q')).toBeNull();
    expect(s2.querySelector('q')!.textContent).toBe('Vladimir Putin expressed solidarity with the Venezuelan people');
    expect(s2.textContent).toContain('said … in a read-out');
    const maduro = within(section('Statements by source')).getByRole('list', { name: /^Nicolás Maduro/ });
    expect(within(maduro).getByRole('button').textContent).not.toContain('Official statement');
  });

  it('never shows statements from the appeal', () => {
    const { container } = renderDone();
    expect(container.textContent).not.toContain('discredits the decisions');
    expect(container.textContent).not.toContain('The authorities');
  });

  it('groups statements without a source as "Unattributed", last', () => {
    const a = seedAnalysis();
    a.statements.push({ ...a.statements[5], id: 's9', source: null });
    renderDone(a);
    const headings = within(section('Statements by source')).getAllByRole('heading', { level: 3 });
    expect(headings.at(-1)!.textContent).toBe('Unattributed1 statement');
  });

  it('says "Nothing attributed" when the article has no statements', () => {
    const a = seedAnalysis();
    a.statements = a.statements.filter((s) => s.inAppeal);
    renderDone(a);
    const statements = section('Statements by source');
    expect(statements.textContent).toContain('Nothing attributed');
    expect(within(statements).queryAllByRole('button')).toHaveLength(0);
  });

  it('scrolls to the statement span on click', () => {
    const a = seedAnalysis();
    const { onScrollTo } = renderDone(a);
    const maduro = within(section('Statements by source')).getByRole('list', { name: /^Nicolás Maduro/ });
    fireEvent.click(within(maduro).getByRole('button'));
    const s6 = a.statements.find((s) => s.id === 's6')!;
    expect(onScrollTo).toHaveBeenCalledExactlyOnceWith(s6.start, s6.end);
  });

  it('describes every scroll button by the shared hint', () => {
    renderDone();
    const hint = document.getElementById('scroll-hint')!;
    expect(hint.textContent).toBe('Shows this passage in the page.');
    for (const b of within(section('Statements by source')).getAllByRole('button')) {
      expect(b.getAttribute('aria-describedby')).toBe('scroll-hint');
    }
  });
});

describe('Actors', () => {
  it('lists top actors with type, role and what they said; the rest folded away', () => {
    const { container } = renderDone();
    const actors = section('Actors');
    const top = within(actors).getAllByRole('list')[0];
    const items = within(top).getAllByRole('listitem');
    expect(items).toHaveLength(5);
    expect(items[0].textContent).toMatch(/^the KremlinOrganisationGovernment3 statements\. First statement: Russian President/);
    expect(items[1].textContent).toBe('Vladimir PutinPersonRussian PresidentNo statements attributed');
    expect(container.querySelector('details summary')!.textContent).toBe('2 more actors');
  });

  it("scrolls to an actor's first statement", () => {
    const a = seedAnalysis();
    const { onScrollTo } = renderDone(a);
    const caracas = within(section('Actors')).getByText('Caracas').closest('li')!;
    fireEvent.click(within(caracas).getByRole('button'));
    const s4 = a.statements.find((s) => s.id === 's4')!;
    expect(onScrollTo).toHaveBeenCalledExactlyOnceWith(s4.start, s4.end);
  });
});

describe('Key numbers', () => {
  it('shows key numbers with context and an explicit unattributed marker, never the appeal $2', () => {
    const { container } = renderDone();
    const numbers = section('Key numbers');
    const buttons = within(numbers).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual([
      '87at least 87 people have been killedUnattributed',
      '22in at least 22 strikes on boatsUnattributed',
    ]);
    expect(container.textContent).not.toContain('$2');
  });

  it("names the statement's source for an attributed number", () => {
    const a = seedAnalysis();
    a.numbers[0] = { ...a.numbers[0], statementId: 's6' };
    renderDone(a);
    const [first] = within(section('Key numbers')).getAllByRole('button');
    expect(first.textContent).toBe('87at least 87 people have been killedAccording to Nicolás Maduro');
  });

  it('scrolls to the number on click', () => {
    const a = seedAnalysis();
    const { onScrollTo } = renderDone(a);
    fireEvent.click(within(section('Key numbers')).getAllByRole('button')[1]);
    expect(onScrollTo).toHaveBeenCalledExactlyOnceWith(a.numbers[1].start, a.numbers[1].end);
    expect(a.text.slice(a.numbers[1].start, a.numbers[1].end)).toBe('22');
  });

  it('is absent when there are no key numbers', () => {
    renderDone({ ...seedAnalysis(), numbers: [] });
    expect(screen.queryByRole('region', { name: 'Key numbers' })).toBeNull();
  });
});

describe('Marks toggle', () => {
  it('reflects visibility and reports the change', () => {
    const { onToggleMarks } = renderDone();
    const box = screen.getByRole('checkbox', { name: 'Show marks in page' }) as HTMLInputElement;
    expect(box.checked).toBe(true);
    expect(screen.getByText('6 passages marked.')).toBeTruthy();
    fireEvent.click(box);
    expect(onToggleMarks).toHaveBeenCalledExactlyOnceWith(false);
  });

  it('says how many passages could not be found, and hides counts while marks are off', () => {
    renderDone(seedAnalysis(), { marks: { placed: 5, missing: 1, visible: true } });
    expect(screen.getByText('5 passages marked; 1 could not be found in the page.')).toBeTruthy();
    cleanup();
    renderDone(seedAnalysis(), { marks: { placed: 5, missing: 1, visible: false } });
    expect(screen.queryByText(/passages marked/)).toBeNull();
  });

  it('is locked while a change is pending', () => {
    renderDone(seedAnalysis(), { marksPending: true });
    expect((screen.getByRole('checkbox') as HTMLInputElement).disabled).toBe(true);
  });
});

describe('hostile page text', () => {
  const HOSTILE = '<img src=x onerror=alert(1)>';

  it('renders page strings as text, never as markup', () => {
    const a = seedAnalysis();
    a.title = HOSTILE;
    a.byline = HOSTILE;
    a.siteName = '<script>alert(1)</script>';
    a.appeals[0] = { ...a.appeals[0], label: HOSTILE };
    const s = a.statements[5];
    a.statements[5] = {
      ...s,
      text: HOSTILE,
      source: { ...s.source!, text: HOSTILE },
      cue: { ...s.cue!, text: HOSTILE },
    };
    a.actors[0] = { ...a.actors[0], name: HOSTILE, role: HOSTILE };
    a.numbers[0] = { ...a.numbers[0], text: HOSTILE, context: HOSTILE };
    const { container } = renderDone(a);
    expect(container.querySelector('img')).toBeNull();
    expect(document.querySelector('img, script')).toBeNull();
    expect(screen.getByText('<script>alert(1)</script>')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(HOSTILE);
    expect(screen.getAllByText(HOSTILE).length).toBeGreaterThanOrEqual(6);
  });
});

describe('action notice', () => {
  it('announces the last failure in a status region', () => {
    renderDone(seedAnalysis(), { notice: "That passage couldn't be found in the page." });
    expect(screen.getByRole('status').textContent).toBe("That passage couldn't be found in the page.");
  });
});
