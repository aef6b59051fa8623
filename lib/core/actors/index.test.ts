import { describe, expect, it } from 'vitest';
import { seedText } from '../../../test/helpers/sample';
import { prepareText } from '../text/prepare';
import type { Actor, Statement } from '../types';
import { analyze } from '../analyze';
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
    // The title, with the descriptive phrase written before it ("longtime ally President Nicolás Maduro").
    expect(maduro.role).toBe('President, longtime ally');
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

describe('findActors: roles from appositions and titles', () => {
  it('takes the role from an apposition after the name', () => {
    const text =
      "Maria Chen, the group's director, said the report had been checked twice.\n" +
      'The decision was announced by Jones, a spokesman for the ministry, on Friday.\n' +
      'Tomas Alvarez, 58, a former director of the central bank, warned that inflation would rise.';
    const actors = findActors(prepareText(text), [], []);
    expect(byName(actors, 'Maria Chen').role).toBe("the group's director");
    expect(byName(actors, 'Jones').type).toBe('person');
    expect(byName(actors, 'Jones').role).toBe('spokesman for the ministry');
    expect(byName(actors, 'Tomas Alvarez').role).toBe('former director of the central bank');
  });

  it('ignores comma phrases that are not roles, and prefers a title over an apposition', () => {
    const text =
      'Prime Minister Lena Varga, the coalition\'s leader, spoke first.\n' +
      'Officials from Kenya, Uganda and Tanzania met in Nairobi, the Kenyan capital, on Monday.\n' +
      'Peter Okoye, who runs a bakery, said prices had doubled.';
    const actors = findActors(prepareText(text), [], []);
    expect(byName(actors, 'Lena Varga').role).toBe('Prime Minister');
    expect(byName(actors, 'Kenya').role).toBeUndefined();
    expect(byName(actors, 'Peter Okoye').role).toBeUndefined();
  });

  it('keeps a descriptive phrase written before a title', () => {
    const text = 'Beijing hosted longtime ally President Ivan Petrov for two days of talks.';
    expect(byName(findActors(prepareText(text), [], []), 'Ivan Petrov').role).toBe('President, longtime ally');
  });
});

describe('findActors: one-word names in news', () => {
  it('keeps a surname introduced with a given name and title a person, whatever follows it', () => {
    const text =
      'Finance Minister Amara Okafor presented the budget on Tuesday.\n' +
      'Okafor said the deficit would narrow. Critics of Okafor were quick to respond, and Okafor 2 was trending online.';
    const actors = findActors(prepareText(text), [], []);
    const okafor = byName(actors, 'Amara Okafor');
    expect(okafor.type).toBe('person');
    expect(okafor.aliases).toEqual(['Okafor']);
    expect(okafor.mentions).toHaveLength(4);
    expect(actors.filter((a) => a.name === 'Okafor')).toEqual([]);
  });

  it('joins "Smith said" to the John Smith introduced earlier', () => {
    const text = 'John Smith, the company\'s chief executive, resigned on Monday.\nSmith said the board had lost confidence. According to Smith, talks had failed.';
    const actors = findActors(prepareText(text), [], []);
    const smith = byName(actors, 'John Smith');
    expect(smith.mentions).toHaveLength(3);
    expect(smith.role).toBe("the company's chief executive");
  });

  it('types well-known public figures and people named by their entourage as persons', () => {
    const text =
      'Putin and Erdogan spoke by phone on Monday.\n' +
      'Voters in Ohio backed Trump in 2016, and the Obama administration had warned about it.\n' +
      "Reporters later saw Haddad's wife at the court in Beirut.";
    const actors = findActors(prepareText(text), [], []);
    for (const n of ['Putin', 'Erdogan', 'Trump', 'Obama', 'Haddad']) expect(byName(actors, n).type, n).toBe('person');
    expect(byName(actors, 'Ohio').type).toBe('place');
  });

  it('still reads an unknown one-word name with a score as a team', () => {
    const text = 'Results of English county championship matches on Friday: Surrey 429 Kent 212.';
    const actors = findActors(prepareText(text), [], []);
    expect(byName(actors, 'Surrey').type).toBe('organization');
  });
});

describe('findActors: linking resolved sources', () => {
  it('names the actor behind a pronoun resolved to a descriptive reference', () => {
    const text =
      'President Nicolás Maduro addressed the nation on Sunday.\n' +
      "Washington has accused Venezuela's leftist leader of leading a drug cartel, which he denies.";
    const ref = text.indexOf("Venezuela's leftist leader");
    const he = text.indexOf('he denies');
    const st: Statement = {
      id: 's1', text: 'leading a drug cartel', start: text.indexOf('leading a'), end: text.indexOf(', which'), mode: 'indirect',
      source: { text: 'he', start: he, end: he + 2, kind: 'person', resolved: { text: "Venezuela's leftist leader", start: ref, end: ref + 26 } },
      cue: null, official: false, inAppeal: false,
    };
    const actors = findActors(prepareText(text), [st], []);
    const maduro = byName(actors, 'Nicolás Maduro');
    expect(st.source?.actorId).toBe(maduro.id);
    expect(st.source?.resolved).toMatchObject({ text: 'Nicolás Maduro', actorId: maduro.id, start: ref });
    expect(maduro.statementIds).toEqual(['s1']);
  });

  it('links a source naming a person with a party tag or a possessive to the person', () => {
    const text = 'Sen. David Perdue (R-Ga.) said the bill would pass. Rudy Giuliani, Trump\'s lawyer, said nothing.';
    const src1 = 'Sen. David Perdue (R-Ga.)';
    const src2 = "Rudy Giuliani, Trump's lawyer";
    const a = statement(text, 's1', src1);
    const b = statement(text, 's2', src2);
    const actors = findActors(prepareText(text), [a, b], []);
    expect(a.source?.actorId).toBe(byName(actors, 'David Perdue').id);
    expect(b.source?.actorId).toBe(byName(actors, 'Rudy Giuliani').id);
  });

  it('links a source to the person before its first comma, not a name in the apposition', () => {
    const text = 'Laila Haddad, a senior fellow at the Carnegie Endowment, said sanctions rarely work.';
    const st = statement(text, 's1', 'Laila Haddad, a senior fellow at the Carnegie Endowment');
    const actors = findActors(prepareText(text), [st], []);
    expect(st.source?.actorId).toBe(byName(actors, 'Laila Haddad').id);
    expect(byName(actors, 'Laila Haddad').role).toBe('senior fellow at the Carnegie Endowment');
  });

  it('links the seed article\'s "which he denies" to Maduro through analyze()', () => {
    const analysis = analyze(seed);
    const st = analysis.statements.find((s) => s.source?.text === 'he' && seed.slice(s.source.end, s.source.end + 7) === ' denies');
    expect(st).toBeDefined();
    const maduro = byName(analysis.actors, 'Nicolás Maduro');
    expect(st?.source?.actorId).toBe(maduro.id);
    expect(st?.source?.resolved?.text).toBe('Nicolás Maduro');
    expect(maduro.statementIds).toContain(st?.id);
  });
});
