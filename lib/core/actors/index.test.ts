import { describe, expect, it } from 'vitest';
import { seedText } from '../../../test/helpers/sample';
import { prepareText } from '../text/prepare';
import type { Actor, Statement } from '../types';
import { findActors } from './index';

// The reference article, bundled with the sample page (the suite never reads ../shared).
const seed = seedText();

/** A statement whose source is the `nth` occurrence of `sourceText` in `text`. */
function statement(text: string, id: string, sourceText: string, nth = 0, inAppeal = false): Statement {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(sourceText, at + 1);
  if (at < 0) throw new Error(`no ${sourceText}`);
  return {
    id,
    text: sourceText,
    start: at,
    end: at + sourceText.length,
    mode: 'indirect',
    source: { text: sourceText, start: at, end: at + sourceText.length, kind: 'unknown' },
    cue: null,
    official: false,
    inAppeal,
  };
}

function byName(actors: Actor[], name: string): Actor {
  const a = actors.find((x) => x.name === name);
  if (!a) throw new Error(`no actor ${name}: ${actors.map((x) => x.name).join(', ')}`);
  return a;
}

describe('findActors on the reference article', () => {
  const appealStart = seed.indexOf('A Message from The Moscow Times');
  const appeal = [{ start: appealStart, end: seed.length }];
  const statements = [
    statement(seed, 's1', 'the Kremlin', 0),
    statement(seed, 's2', 'the Kremlin', 1),
    statement(seed, 's3', 'The Russian leader'),
    statement(seed, 's4', 'Caracas'),
    statement(seed, 's5', 'Maduro has said'.slice(0, 6)),
    statement(seed, 's6', 'Washington'),
  ];
  // "Maduro" first occurs in "President Nicolás Maduro": point s5 at the one before "has said".
  const m = seed.indexOf('Maduro has said');
  statements[4] = { ...statements[4], start: m, end: m + 6, source: { text: 'Maduro', start: m, end: m + 6, kind: 'person' } };
  const actors = findActors(prepareText(seed), statements, appeal);

  it('finds Putin once, with role, alias and descriptive reference', () => {
    const putin = byName(actors, 'Vladimir Putin');
    expect(putin.type).toBe('person');
    expect(putin.role).toBe('Russian President');
    expect(putin.aliases).toEqual(['Putin']);
    expect(putin.mentions.map((s) => seed.slice(s.start, s.end))).toEqual(['Vladimir Putin', 'Putin', 'Vladimir Putin', 'Putin']);
    expect(putin.references?.map((r) => r.text)).toEqual(['The Russian leader']);
    expect(putin.statementIds).toEqual(['s3']);
  });

  it('resolves a descriptive source to Putin', () => {
    const s3 = statements[2].source!;
    expect(s3.resolved?.text).toBe('Vladimir Putin');
    expect(s3.actorId).toBe(byName(actors, 'Vladimir Putin').id);
  });

  it('makes the Kremlin a government organisation whose statements are official', () => {
    const k = byName(actors, 'Kremlin');
    expect(k.type).toBe('organization');
    expect(k.government).toBe(true);
    expect(k.statements).toBe(2);
    expect(statements[0].official).toBe(true);
    expect(statements[0].source?.kind).toBe('official');
  });

  it('finds Maduro with his indirect statement and the "leftist leader" reference', () => {
    const maduro = byName(actors, 'Nicolás Maduro');
    expect(maduro.type).toBe('person');
    expect(maduro.role).toBe('President');
    expect(maduro.statementIds).toEqual(['s5']);
    expect(maduro.references?.map((r) => r.text)).toEqual(["Venezuela's leftist leader"]);
    expect(statements[4].official).toBe(false);
  });

  it('tells Caracas the government from Venezuela the place', () => {
    const caracas = byName(actors, 'Caracas');
    expect(caracas.government).toBe(true);
    expect(caracas.statements).toBe(1);
    expect(statements[3].official).toBe(true);
    const venezuela = byName(actors, 'Venezuela');
    expect(venezuela.type).toBe('place');
    expect(venezuela.government).toBeUndefined();
    // "Venezuelan" is a demonym, not a mention of Venezuela; "Venezuela's" is mentioned without "'s".
    for (const s of venezuela.mentions) expect(seed.slice(s.start, s.end)).toBe('Venezuela');
  });

  it('makes U.S. = United States = Washington one acting government', () => {
    const us = byName(actors, 'United States');
    expect(us.aliases.sort()).toEqual(['U.S.', 'Washington']);
    expect(us.government).toBe(true);
    expect(statements[5].source?.actorId).toBe(us.id);
    expect(statements[5].official).toBe(true);
  });

  it('gives Donald Trump his role and leaves the publisher of the appeal out', () => {
    const trump = byName(actors, 'Donald Trump');
    expect(trump.role).toBe('U.S. President');
    expect(actors.some((a) => /Moscow Times/.test(a.name))).toBe(false);
    for (const a of actors) for (const s of a.mentions) expect(s.end).toBeLessThanOrEqual(appealStart);
  });

  it('ranks by salience with ids in rank order', () => {
    expect(actors.map((a) => a.id)).toEqual(actors.map((_, i) => `a${i + 1}`));
    for (let i = 1; i < actors.length; i++) expect(actors[i - 1].salience!).toBeGreaterThanOrEqual(actors[i].salience!);
    expect(actors.slice(0, 2).map((a) => a.name).sort()).toEqual(['Nicolás Maduro', 'Vladimir Putin']);
  });
});

describe('findActors on other news text', () => {
  it('types organisations, places and people from titles, suffixes and prepositions', () => {
    const text =
      'Foreign Minister Sergei Lavrov met officials of the World Bank in Geneva on Monday.\n' +
      'Acme Holdings Inc. said its shares rose after Mr. Okonkwo joined the board.\n' +
      'Lavrov told reporters the talks with the European Union would resume in Brussels.';
    const actors = findActors(prepareText(text), [], []);
    const t = (n: string) => byName(actors, n).type;
    expect(t('Sergei Lavrov')).toBe('person');
    expect(byName(actors, 'Sergei Lavrov').role).toBe('Foreign Minister');
    expect(byName(actors, 'Sergei Lavrov').aliases).toEqual(['Lavrov']);
    expect(t('World Bank')).toBe('organization');
    expect(t('Geneva')).toBe('place');
    expect(t('Acme Holdings Inc')).toBe('organization');
    expect(t('Okonkwo')).toBe('person');
    expect(t('European Union')).toBe('organization');
  });

  it('does not count statements inside appeals', () => {
    const text = 'The Kremlin said the talks went well.';
    const st = statement(text, 's1', 'The Kremlin', 0, true);
    const actors = findActors(prepareText(text), [st], []);
    expect(byName(actors, 'Kremlin').statements).toBe(0);
    expect(st.source?.actorId).toBe(byName(actors, 'Kremlin').id);
  });

  it('reads a capital after "in" as a place, not a government', () => {
    const text = 'Protesters gathered in Caracas on Sunday as prices rose.';
    const actors = findActors(prepareText(text), [], []);
    const c = byName(actors, 'Caracas');
    expect(c.type).toBe('place');
    expect(c.government).toBeUndefined();
  });

  it('survives empty and hostile input in linear time', () => {
    expect(findActors(prepareText(''), [], [])).toEqual([]);
    const hostile = 'A '.repeat(20000) + 'of the '.repeat(20000) + 'Van der '.repeat(20000);
    const t0 = Date.now();
    findActors(prepareText(hostile), [], []);
    expect(Date.now() - t0).toBeLessThan(3000);
  });
});
