import { describe, expect, it } from 'vitest';
import { CUE_NOUNS, CUE_VERB_FORMS, CUE_VERBS, inflect } from './cues';

describe('cue lexicon', () => {
  it('inflects regular and irregular reporting verbs', () => {
    expect(inflect('say')).toEqual(['say', 'says', 'said', 'said', 'saying']);
    expect(inflect('argue')).toEqual(['argue', 'argues', 'argued', 'arguing']);
    expect(inflect('stress')).toEqual(['stress', 'stresses', 'stressed', 'stressing']);
    expect(inflect('deny')).toContain('denies');
    expect(inflect('tell')).toContain('told');
  });

  it('maps every inflection to its verb, with the cue family', () => {
    for (const form of ['said', 'says', 'saying', 'told', 'added', 'denies', 'accused', 'reiterated', 'wrote']) {
      expect(CUE_VERB_FORMS.get(form)?.type, form).toBe('speech');
    }
    for (const form of ['believes', 'thinks', 'shows', 'found', 'expects']) {
      expect(CUE_VERB_FORMS.get(form)?.type, form).toBe('cognition');
    }
    expect(CUE_VERB_FORMS.get('told')?.object).toBe(true);
    expect(CUE_VERB_FORMS.has('walked')).toBe(false);
  });

  it('has no duplicate lemmas and only lower-case entries', () => {
    const lemmas = CUE_VERBS.map((v) => v.lemma);
    expect(new Set(lemmas).size).toBe(lemmas.length);
    for (const l of lemmas) expect(l).toBe(l.toLowerCase());
  });

  it('knows which communication nouns are formal', () => {
    expect(CUE_NOUNS.get('read-out')?.official).toBe(true);
    expect(CUE_NOUNS.get('statement')?.official).toBe(true);
    expect(CUE_NOUNS.get('interview')?.official).toBe(false);
  });
});

describe('evidence and stance lexicons', () => {
  it('lists evidence nouns and the verbs that take a bare object after them', async () => {
    const { EVIDENCE_NOUNS, EVIDENTIAL_VERBS, OBJECT_INFINITIVE_VERBS, CUE_VERB_FORMS, CUE_AUXILIARIES } = await import('./cues');
    for (const n of ['poll', 'polls', 'study', 'video', 'analysis']) expect(EVIDENCE_NOUNS.has(n)).toBe(true);
    for (const v of ['show', 'find']) expect(EVIDENTIAL_VERBS.has(v)).toBe(true);
    expect(OBJECT_INFINITIVE_VERBS.has('expect')).toBe(true);
    for (const f of ['attacked', 'endorses', 'rejected', 'opposes']) expect(CUE_VERB_FORMS.has(f)).toBe(true);
    expect(CUE_AUXILIARIES.has("didn't")).toBe(true);
  });
});
