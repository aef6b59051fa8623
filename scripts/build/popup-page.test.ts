import { describe, expect, it } from 'vitest';
import type { Entrypoint, EntrypointGroup } from 'wxt';
import { buildPopupAlone, inlinePopupPage, isPopupAlone } from './popup-page';

/** A minimal entrypoint: only `name` and `type` matter to the grouping. */
const entry = (name: string, type: Entrypoint['type']) => ({ name, type }) as Entrypoint;

describe('buildPopupAlone', () => {
  it('moves the popup out of the pages built together, into a group of its own', () => {
    const background = entry('background', 'background');
    const [popup, options, onboarding] = [entry('popup', 'popup'), entry('options', 'options'), entry('onboarding', 'unlisted-page')];
    const groups: EntrypointGroup[] = [background, [onboarding, options, popup]];
    buildPopupAlone(groups);
    expect(groups).toEqual([background, [onboarding, options], [popup]]);
    expect(isPopupAlone(groups[2] as Entrypoint[])).toBe(true);
    expect(isPopupAlone(groups[1] as Entrypoint[])).toBe(false);
  });

  it('leaves groups alone when the popup already builds alone, or there is none', () => {
    const alone: EntrypointGroup[] = [[entry('options', 'options')], [entry('popup', 'popup')]];
    const none: EntrypointGroup[] = [[entry('options', 'options'), entry('onboarding', 'unlisted-page')]];
    const before = [JSON.stringify(alone), JSON.stringify(none)];
    buildPopupAlone(alone);
    buildPopupAlone(none);
    expect([JSON.stringify(alone), JSON.stringify(none)]).toEqual(before);
  });
});

/** The head of a popup page as Vite writes it. */
const BUILT = [
  '<head>',
  '  <title>Sourcemark</title>',
  '  <script type="module" crossorigin src="/chunks/popup-AbC.js"></script>',
  '  <link rel="stylesheet" crossorigin href="/assets/popup-XyZ.css">',
  '</head>',
].join('\n');

describe('inlinePopupPage', () => {
  it('puts the stylesheet inline and makes the module script async', () => {
    const css = { 'assets/popup-XyZ.css': 'body{margin:0}\n' } as Record<string, string>;
    const page = inlinePopupPage(BUILT, (path) => css[path]);
    expect(page.inlined).toEqual(['assets/popup-XyZ.css']);
    expect(page.html).toContain('<script async type="module" crossorigin src="/chunks/popup-AbC.js"></script>');
    expect(page.html).toContain('<style>body{margin:0}</style>');
    expect(page.html).not.toContain('<link');
  });

  it('keeps an async script as it is', () => {
    const html = '<script async type="module" src="/a.js"></script>';
    expect(inlinePopupPage(html, () => undefined).html).toBe(html);
  });

  it('fails the build rather than leave a stylesheet it cannot inline, or find no script', () => {
    expect(() => inlinePopupPage(BUILT, () => undefined)).toThrow(/cannot inline/);
    expect(() => inlinePopupPage(BUILT, () => 'a{content:"</style>"}')).toThrow(/<\/style/);
    expect(() => inlinePopupPage('<head></head>', () => undefined)).toThrow(/no module script/);
  });
});
