// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { analyze } from '../core/analyze';
import { extractArticle } from './extract';
import { createPageMarks } from './marks';
import { collectPageSignalsAt } from './page-signals';

const STORY = `<article><h1>Talks resume</h1>
  <p>Russian President Vladimir Putin on Thursday reaffirmed his support to Venezuela in a phone call with President Nicolás Maduro, the Kremlin said.</p>
  <p>"Vladimir Putin expressed solidarity with the Venezuelan people," the Kremlin said in a read-out of the call on Thursday evening.</p>
  <p>Caracas, for its part, said the leaders reaffirmed the strategic, solid and growing nature of their bilateral relations.</p></article>`;

describe('page marks: page-level appeals', () => {
  it('outlines a sign-up form by its element when its words were read with a field placeholder', () => {
    document.body.innerHTML = `${STORY}
      <div id="signup"><h3>The Morning Briefing</h3><p>Our best stories, delivered to your inbox every day.</p>
      <form><input type="email" placeholder="Your email address"><input type="submit" value="Sign up"></form></div>`;
    const ex = extractArticle(document, { force: true });
    if (!ex.ok) throw new Error(ex.reason);
    const { signals, located: pageBlocks } = collectPageSignalsAt(document, ex.extraction.text);
    const analysis = analyze(ex.extraction.text, { ...ex.extraction.meta, page: signals });
    const pageAppeal = analysis.appeals.find((a) => a.where === 'page');
    expect(pageAppeal?.kind).toBe('newsletter');
    const marks = createPageMarks(document, new AbortController().signal);
    const found = marks.locate(analysis, ex.extraction.blocks, pageBlocks);
    const outline = found?.appealRanges.find((a) => a.label.includes('Newsletter'));
    expect(outline?.ranges).toHaveLength(1);
    expect(outline?.ranges[0].startContainer).toBe(document.getElementById('signup'));
    // Without the page blocks (the element unknown) nothing is outlined rather than a guess.
    const blind = marks.locate(analysis, ex.extraction.blocks, []);
    expect(blind?.appealRanges.some((a) => a.label.includes('Newsletter'))).toBe(false);
  });
});
