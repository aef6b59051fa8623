/**
 * Saved-page baseline: the whole pipeline (extraction -> analyze) on the bundled sample page, checked
 * against what a careful reader of the reference article expects. Any change that alters these
 * outcomes is a product change and must be deliberate.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/core/analyze';
import { articleStatements, groupStatementsBySource, keyNumbers } from '../../lib/core/summary';
import type { Analysis } from '../../lib/core/types';
import { extractArticle } from '../../lib/dom/extract';
import { collectPageSignals } from '../../lib/dom/page-signals';
import { sampleHtml } from '../helpers/sample';

function analyseSample(): Analysis {
  const doc = parseHTML(sampleHtml()).document as unknown as Document;
  const r = extractArticle(doc, { url: 'https://www.themoscowtimes.com/2025/12/11/putin-maduro' });
  if (!r.ok) throw new Error(r.reason);
  return analyze(r.extraction.text, { ...r.extraction.meta, page: collectPageSignals(doc, r.extraction.text) });
}

describe('sample page baseline', () => {
  const a = analyseSample();
  const appealStart = a.text.indexOf('A Message from The Moscow Times:');

  it('keeps every span consistent with the text', () => {
    const spans = [
      ...a.statements.flatMap((s) => [s, s.source, s.cue, ...(s.cueParts ?? [])]),
      ...a.numbers,
      ...a.appeals.filter((p) => p.start !== null),
    ].filter((x): x is NonNullable<typeof x> => x !== null && x !== undefined);
    for (const sp of spans) {
      const { start, end, text } = sp as { start: number; end: number; text: string };
      expect(a.text.slice(start, end)).toBe(text);
    }
    for (const ac of a.actors) for (const m of ac.mentions) expect(m.end).toBeLessThanOrEqual(a.text.length);
  });

  it('flags the whole donation appeal block and nothing before it', () => {
    const donation = a.appeals.find((p) => p.kind === 'donation' && p.where === 'article');
    expect(donation).toBeDefined();
    expect(donation!.start).toBe(appealStart);
    expect(a.text.slice(donation!.end!).trim()).toBe('');
    expect(donation!.text).toContain('Remind me later.');
  });

  it('marks the Kremlin read-out as an official statement', () => {
    const readout = a.statements.find((s) => s.text.includes('Vladimir Putin expressed solidarity'));
    expect(readout).toMatchObject({ mode: 'direct', official: true, inAppeal: false });
    expect(readout!.source?.text).toMatch(/Kremlin/);
    expect([readout!.cue, ...(readout!.cueParts ?? [])].map((c) => c?.text).join(' ')).toMatch(/read-out/);
  });

  it('keeps a politician in their own voice unofficial', () => {
    const maduro = a.statements.find((s) => s.text.startsWith('the U.S. is seeking regime change'));
    expect(maduro).toMatchObject({ mode: 'indirect', official: false });
    expect(maduro!.source?.text).toBe('Maduro');
  });

  it('lets nothing from the appeal into the summary', () => {
    const claim = a.statements.find((s) => s.text.includes('discredits the decisions'));
    if (claim) expect(claim.inAppeal).toBe(true);
    for (const s of articleStatements(a)) expect(s.start).toBeLessThan(appealStart);
    const groups = groupStatementsBySource(a).map((g) => g.name ?? '');
    expect(groups.some((n) => /authorities/i.test(n))).toBe(false);
    expect(a.actors.some((ac) => /Moscow Times|Prosecutor General/i.test(ac.name))).toBe(false);
    const price = a.numbers.find((n) => n.text.includes('2') && n.start > appealStart);
    expect(price).toMatchObject({ inAppeal: true });
    expect(price!.key).not.toBe(true);
  });

  it('shows "at least 87 people" as an unattributed key number', () => {
    const nums = keyNumbers(a);
    const killed = nums.find((n) => n.text === '87');
    expect(killed).toBeDefined();
    expect(killed!.context).toMatch(/at least 87 people have been killed/);
    expect(killed!.source).toBeNull();
    expect(nums.some((n) => n.text === '22')).toBe(true);
  });

  it('names the main actors with roles', () => {
    const putin = a.actors.find((ac) => ac.name === 'Vladimir Putin');
    expect(putin).toMatchObject({ type: 'person' });
    expect(putin!.role).toMatch(/President/);
    const kremlin = a.actors.find((ac) => /Kremlin/.test(ac.name));
    expect(kremlin?.statements).toBeGreaterThanOrEqual(2);
    expect(a.actors.find((ac) => ac.name.includes('Maduro'))?.type).toBe('person');
  });
});
