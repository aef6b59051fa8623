// Pure derivations; named .tsx only because vitest's include pattern for components is `*.test.tsx`.
import { describe, expect, it } from 'vitest';
import { SEED_TEXT, seedAnalysis, spanOf } from './fixtures';
import {
  actorViews,
  appealNames,
  cueText,
  distinctByline,
  formatDate,
  groupStatementsBySource,
  keyNumbers,
  sourceName,
  statementContent,
  truncate,
} from './view-model';

describe('fixtures', () => {
  it('obey the offset contract: text.slice(start, end) === span.text', () => {
    const a = seedAnalysis();
    const spans = [
      ...a.statements.flatMap((s) => [s, s.source, s.cue, ...(s.cueParts ?? [])]),
      ...a.numbers,
    ].filter((s) => s !== null);
    expect(spans.length).toBeGreaterThan(20);
    for (const s of spans) expect(a.text.slice(s.start, s.end)).toBe(s.text);
    for (const ap of a.appeals) expect(a.text.slice(ap.start!, ap.end!)).toBe(ap.text);
  });

  it('spanOf fails loudly on a missing needle', () => {
    expect(() => spanOf(SEED_TEXT, 'Kyiv')).toThrow(/not found/);
  });
});

describe('sourceName', () => {
  it('prefers the resolved referent over a pronoun', () => {
    const s5 = seedAnalysis().statements.find((s) => s.id === 's5')!;
    expect(s5.source!.text).toBe('It');
    expect(sourceName(s5.source)).toBe('Caracas');
  });

  it('is null for no source or a blank one', () => {
    expect(sourceName(null)).toBeNull();
    expect(sourceName({ start: 0, end: 0, text: ' ', kind: 'unknown' })).toBeNull();
  });
});

describe('truncate', () => {
  it('keeps short text and collapses whitespace', () => {
    expect(truncate('  the Kremlin\n said  ', 50)).toBe('the Kremlin said');
  });

  it('cuts at a word boundary and adds an ellipsis', () => {
    const out = truncate('Vladimir Putin expressed solidarity with the Venezuelan people', 30);
    expect(out).toBe('Vladimir Putin expressed…');
    expect(out.length).toBeLessThanOrEqual(31);
  });

  it('never splits a surrogate pair', () => {
    const out = truncate(`${'a'.repeat(9)}😀${'b'.repeat(20)}`, 10);
    expect(out).toBe(`${'a'.repeat(9)}…`);
  });
});

describe('statementContent and cueText', () => {
  it("strips the article's quotation marks and trailing comma", () => {
    const s2 = seedAnalysis().statements.find((s) => s.id === 's2')!;
    expect(statementContent(s2, SEED_TEXT)).toBe('Vladimir Putin expressed solidarity with the Venezuelan people');
  });

  it('joins fragments of an interrupted quote without the attribution in between', () => {
    const text = '"We will respond," he said, "in our own time."';
    const s = {
      ...seedAnalysis().statements[1],
      start: 0,
      end: text.length,
      text,
      fragments: [
        { start: 0, end: 18 },
        { start: 28, end: text.length },
      ],
    };
    expect(statementContent(s, text)).toBe('We will respond … in our own time.');
  });

  it('keeps the quotation marks of a partial quote balanced', () => {
    const [s4, s5] = seedAnalysis().statements.filter((s) => s.mode === 'mixed' && !s.inAppeal);
    expect(statementContent(s4, SEED_TEXT)).toBe(
      'the leaders "reaffirmed the strategic, solid and growing nature of their bilateral relations."',
    );
    expect(statementContent(s5, SEED_TEXT)).toMatch(/^Putin had "reiterated .* Latin America\."$/);
  });

  it('does not unwrap two quotes joined by an attribution', () => {
    const text = '"We will respond," he said, "in our own time."';
    const s = { ...seedAnalysis().statements[1], start: 0, end: text.length, text };
    expect(statementContent(s, text)).toBe(text);
  });

  it('orders the cue and its extra parts by position', () => {
    const s2 = seedAnalysis().statements.find((s) => s.id === 's2')!;
    expect(cueText(s2)).toBe('said … in a read-out');
    expect(cueText({ ...s2, cue: null, cueParts: undefined })).toBeNull();
  });
});

describe('groupStatementsBySource', () => {
  it('groups article statements by resolved source, biggest group first, and leaves out the appeal', () => {
    const groups = groupStatementsBySource(seedAnalysis());
    expect(groups.map((g) => [g.name, g.kind, g.statements.map((s) => s.id)])).toEqual([
      ['the Kremlin', 'official', ['s1', 's2', 's3']],
      ['Caracas', 'official', ['s4', 's5']],
      ['Nicolás Maduro', 'person', ['s6']],
    ]);
  });

  it("heads a group with the linked actor's full name, else the resolved or written source", () => {
    const a = seedAnalysis();
    expect(a.statements[5].source!.text).toBe('Maduro');
    a.actors = a.actors.filter((x) => x.id !== 'a2');
    expect(groupStatementsBySource(a).map((g) => g.name)).toEqual(['the Kremlin', 'Caracas', 'Maduro']);
  });

  it('puts statements without a source last, under a null name', () => {
    const a = seedAnalysis();
    a.statements.push({ ...a.statements[5], id: 's9', source: null });
    const groups = groupStatementsBySource(a);
    expect(groups.at(-1)).toMatchObject({ key: 'unattributed', name: null, kind: null });
    expect(groups.at(-1)!.statements.map((s) => s.id)).toEqual(['s9']);
  });

  it('groups by name case-insensitively when sources are not linked to actors', () => {
    const a = seedAnalysis();
    for (const s of a.statements) if (s.source) s.source = { ...s.source, actorId: undefined, resolved: undefined };
    const kremlin = groupStatementsBySource(a).find((g) => g.name === 'the Kremlin')!;
    // s3's source is then just "the statement": a different group, as written.
    expect(kremlin.statements.map((s) => s.id)).toEqual(['s1', 's2']);
  });

  it('is empty when every statement is inside an appeal', () => {
    const a = seedAnalysis();
    a.statements = a.statements.filter((s) => s.inAppeal);
    expect(a.statements).toHaveLength(1);
    expect(groupStatementsBySource(a)).toEqual([]);
  });
});

describe('keyNumbers', () => {
  it('keeps key numbers outside appeals, unattributed when not in a statement', () => {
    const nums = keyNumbers(seedAnalysis());
    expect(nums.map((n) => [n.text, n.context, n.source])).toEqual([
      ['87', 'at least 87 people have been killed', null],
      ['22', 'in at least 22 strikes on boats', null],
    ]);
  });

  it("attributes a number to its statement's source, and drops non-key numbers", () => {
    const a = seedAnalysis();
    a.numbers[0] = { ...a.numbers[0], statementId: 's6' };
    a.numbers[1] = { ...a.numbers[1], key: false };
    expect(keyNumbers(a).map((n) => [n.text, n.source])).toEqual([['87', 'Nicolás Maduro']]);
  });

  it('does not attribute a number to an appeal statement', () => {
    const a = seedAnalysis();
    a.numbers[0] = { ...a.numbers[0], statementId: 's7' };
    expect(keyNumbers(a)[0].source).toBeNull();
  });
});

describe('actorViews', () => {
  it('keeps salience order and gives what each actor said', () => {
    const views = actorViews(seedAnalysis());
    expect(views.map((v) => v.name)).toEqual([
      'the Kremlin',
      'Vladimir Putin',
      'Nicolás Maduro',
      'Caracas',
      'Donald Trump',
      'Venezuela',
      'Washington',
    ]);
    const kremlin = views[0];
    expect(kremlin.statementCount).toBe(3);
    expect(kremlin.government).toBe(true);
    expect(kremlin.firstStatement!.snippet).toMatch(/^Russian President Vladimir Putin on Thursday/);
    expect(kremlin.firstStatement!.snippet.endsWith('…')).toBe(true);
    expect(views[1]).toMatchObject({ role: 'Russian President', statementCount: 0, firstStatement: null });
  });

  it('finds statements through source links when statementIds are absent', () => {
    const a = seedAnalysis();
    const maduro = a.actors.find((x) => x.id === 'a2')!;
    delete maduro.statementIds;
    const view = actorViews(a).find((v) => v.id === 'a2')!;
    expect(view.firstStatement!.snippet).toBe("the U.S. is seeking regime change because of Venezuela's vast stores of oil");
  });
});

describe('appealNames', () => {
  it('uses the label, else the plain name of the kind, once each', () => {
    const base = seedAnalysis().appeals[0];
    expect(
      appealNames([base, { ...base }, { ...base, kind: 'paywall', label: undefined, truncatesArticle: true }]),
    ).toEqual(['Donation appeal from the publisher', 'Paywall']);
  });
});

describe('distinctByline', () => {
  it('drops a byline that only repeats the site name', () => {
    expect(distinctByline('The Moscow Times', 'the moscow times ')).toBeNull();
    expect(distinctByline('Jake Cordell', 'The Moscow Times')).toBe('Jake Cordell');
    expect(distinctByline('  ', null)).toBeNull();
  });
});

describe('formatDate', () => {
  it('gives a machine-readable value and a localised label', () => {
    expect(formatDate('2025-12-11T12:00:00Z', 'en-GB')).toEqual({
      dateTime: '2025-12-11T12:00:00.000Z',
      label: '11 December 2025',
    });
  });

  it('does not shift a bare date across time zones', () => {
    expect(formatDate('2025-12-11', 'en-US')).toEqual({ dateTime: '2025-12-11', label: 'December 11, 2025' });
  });

  it('is null for missing or unparseable dates', () => {
    expect(formatDate(null)).toBeNull();
    expect(formatDate('last Thursday')).toBeNull();
  });
});
