// @vitest-environment happy-dom
// happy-dom has no CSS Custom Highlight API, so these tests exercise the overlay fallback: boxes in our
// shadow root. It has no layout either, so every range is given one client rect.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../core/analyze';
import { allHighlightsCss, createHighlighter, highlightName, overlayVar, overlayVars } from './highlights';
import { MARK_COLOURS, type MarkColours } from './mark-colours';
import { MARK_KINDS, type MarkKind } from './mark-labels';
import { createPageMarks } from './marks';
import { createUiHost } from './ui-host';

const ARTICLE = [
  'In a phone call on Thursday, "Vladimir Putin expressed solidarity with the Venezuelan people," the Kremlin said in a read-out.',
  '"We will not be intimidated," Maria Lopez, a teacher in Caracas, told reporters.',
].join('\n\n');

beforeEach(() => {
  vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
    return [new DOMRect(10, 20, 100, 16)] as unknown as DOMRectList;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

/** The computed background and underline colour of the overlay box of each painted kind. */
function boxColours(layer: HTMLElement): Partial<Record<MarkKind, { bg: string; line: string }>> {
  const out: Partial<Record<MarkKind, { bg: string; line: string }>> = {};
  for (const box of Array.from(layer.querySelectorAll<HTMLElement>('.box'))) {
    const kind = MARK_KINDS.find((k) => box.classList.contains(k))!;
    const cs = getComputedStyle(box);
    out[kind] = { bg: cs.backgroundColor, line: cs.borderBottomColor };
  }
  return out;
}

/** A range over the text of a fresh paragraph, one per kind. */
function rangesByKind(): Map<MarkKind, Range[]> {
  const byKind = new Map<MarkKind, Range[]>();
  for (const kind of MARK_KINDS) {
    const p = document.createElement('p');
    p.textContent = `A ${kind} statement.`;
    document.body.append(p);
    const range = document.createRange();
    range.selectNodeContents(p);
    byKind.set(kind, [range]);
  }
  return byKind;
}

describe('overlay fallback colours', () => {
  it('names one custom property per kind and part, for every kind of the palette', () => {
    const vars = new Map(overlayVars(MARK_COLOURS.colorblind));
    expect(vars.get(overlayVar('official', 'bg'))).toBe(MARK_COLOURS.colorblind.official.bg);
    expect(vars.get('--sourcemark-other-line')).toBe(MARK_COLOURS.colorblind.other.line);
    expect(vars.size).toBe(MARK_KINDS.length * 2);
  });

  for (const palette of Object.keys(MARK_COLOURS) as (keyof typeof MARK_COLOURS)[]) {
    it(`paints the overlay boxes in the ${palette} palette`, () => {
      const colours: MarkColours = MARK_COLOURS[palette];
      const ui = createUiHost(document)!;
      const highlighter = createHighlighter(document, ui, colours);
      expect(highlighter.mode).toBe('overlay');
      highlighter.paint(rangesByKind());
      highlighter.relayout();
      const painted = boxColours(ui.layer);
      for (const kind of ['official', 'person', 'other'] as const) {
        expect(painted[kind]).toEqual({ bg: colours[kind].bg, line: colours[kind].line });
      }
      expect(painted.appeal?.bg).toBe(colours.appeal.bg);
      highlighter.clear();
      expect(ui.layer.querySelector('.box')).toBeNull();
      expect(ui.layer.style.getPropertyValue(overlayVar('official', 'bg'))).toBe('');
    });
  }

  it('repaints the overlay in the new palette when the marks controller switches palette', async () => {
    // The UI host's shadow root is closed; keep a handle to it to look at the boxes.
    const attach = Element.prototype.attachShadow;
    const roots: ShadowRoot[] = [];
    vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
      const root = attach.call(this, init);
      roots.push(root);
      return root;
    });
    document.body.innerHTML = ARTICLE.split('\n\n').map((p) => `<p>${p}</p>`).join('');
    const analysis = analyze(ARTICLE);
    const marks = createPageMarks(document, new AbortController().signal);
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const layer = () => roots.at(-1)!.querySelector<HTMLElement>('.layer')!;

    expect(marks.render(analysis).placed).toBe(2);
    await frame();
    const before = boxColours(layer());
    expect(before.official?.bg).toBe(MARK_COLOURS.default.official.bg);
    expect(before.person?.line).toBe(MARK_COLOURS.default.person.line);

    marks.setColours(MARK_COLOURS.colorblind);
    await frame();
    const after = boxColours(layer());
    expect(after.official).toEqual(MARK_COLOURS.colorblind.official);
    expect(after.person).toEqual(MARK_COLOURS.colorblind.person);
    expect(after.official?.bg).not.toBe(before.official?.bg);
    marks.destroy();
  });
});

describe('with the CSS Custom Highlight API', () => {
  // happy-dom lacks the API: a registry and a Highlight class stand in for the browser's.
  let registry: Map<string, { ranges: Range[] }>;
  beforeEach(() => {
    registry = new Map();
    vi.stubGlobal('CSS', { highlights: registry });
    vi.stubGlobal('Highlight', class { ranges: Range[]; constructor(...ranges: Range[]) { this.ranges = ranges; } });
  });
  afterEach(() => vi.unstubAllGlobals());

  const ownStyles = () => document.head.querySelectorAll('style[data-sourcemark]').length;

  it('adds its stylesheet to a page that does not hold it (on demand) and removes it again', () => {
    const highlighter = createHighlighter(document, createUiHost(document)!, MARK_COLOURS.default);
    expect(highlighter.mode).toBe('highlight-api');
    highlighter.paint(rangesByKind());
    expect(ownStyles()).toBe(1);
    expect([...registry.keys()].sort()).toEqual(['sourcemark-appeal', 'sourcemark-official', 'sourcemark-other', 'sourcemark-person']);
    highlighter.clear();
    expect(ownStyles()).toBe(0);
    expect(registry.size).toBe(0);
  });

  it('adds nothing to the page when its stylesheet is already there (granted sites), and paints all the same', () => {
    const highlighter = createHighlighter(document, createUiHost(document)!, MARK_COLOURS.default, { sheetInPage: true });
    highlighter.paint(rangesByKind());
    expect(ownStyles()).toBe(0);
    expect(registry.get('sourcemark-official')?.ranges).toHaveLength(1);
    highlighter.clear();
    expect(registry.size).toBe(0);
  });

  it('paints each palette under its own names, all styled by the one registered stylesheet', () => {
    const css = allHighlightsCss();
    for (const palette of Object.keys(MARK_COLOURS) as (keyof typeof MARK_COLOURS)[]) {
      registry.clear();
      const highlighter = createHighlighter(document, createUiHost(document)!, MARK_COLOURS[palette], { sheetInPage: true });
      highlighter.paint(rangesByKind());
      for (const kind of MARK_KINDS) {
        const name = highlightName(kind, palette);
        expect(registry.has(name)).toBe(true);
        const rule = new RegExp(`::highlight\\(${name}\\) \\{ background-color: ([^;]+);`).exec(css);
        expect(rule?.[1]).toBe(MARK_COLOURS[palette][kind].bg);
      }
      highlighter.clear();
    }
    expect(highlightName('official', 'colorblind')).not.toBe(highlightName('official'));
  });
});

