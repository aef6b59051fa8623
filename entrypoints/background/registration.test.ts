import { describe, expect, it } from 'vitest';
import { HIGHLIGHTS_CSS_FILE } from '../../lib/dom/highlights';
import { AUTO_SCRIPT_ID, AUTO_STYLE_ID, autoRegistrations, CONTENT_SCRIPT_FILE } from './registration';

describe('autoRegistrations', () => {
  const matches = ['https://*.nytimes.com/*', 'https://www.theguardian.com/*'];

  it('puts the highlight stylesheet in granted pages at document_start, before the script runs at idle', () => {
    const [style, script] = autoRegistrations(matches);
    expect(style).toMatchObject({ id: AUTO_STYLE_ID, css: [HIGHLIGHTS_CSS_FILE], runAt: 'document_start', allFrames: false });
    expect(style).not.toHaveProperty('js');
    expect(script).toMatchObject({ id: AUTO_SCRIPT_ID, js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle', allFrames: false });
    expect(script).not.toHaveProperty('css');
  });

  it('registers both for exactly the granted sites', () => {
    for (const r of autoRegistrations(matches)) expect(r.matches).toEqual(matches);
  });
});
