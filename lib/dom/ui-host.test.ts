// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { attachTooltip } from './tooltip';
import { createUiHost, OWN_ATTR } from './ui-host';

afterEach(() => {
  document.body.innerHTML = '';
});

/** The host's (closed) shadow root, reached the way only we can: through an element inside it. */
const rootOf = (el: HTMLElement) => el.getRootNode() as ShadowRoot;

describe('createUiHost', () => {
  it('adds one host at the end of the body, holding only the live regions until something is drawn', () => {
    document.body.innerHTML = '<p>Article text.</p>';
    const ui = createUiHost(document)!;
    expect(document.body.lastElementChild).toBe(ui.host);
    expect(ui.host.getAttribute(OWN_ATTR)).toBe('ui');
    const root = rootOf(ui.live);
    expect(root).not.toBe(document);
    expect(root.querySelector('style')).toBeNull();
    expect(root.querySelector('.layer')).toBeNull();
    expect(ui.live.getAttribute('aria-live')).toBe('polite');
    expect(ui.announcer.getAttribute('aria-live')).toBe('assertive');
    // Visually hidden without the sheet: the summary is never shown over the page.
    for (const region of [ui.live, ui.announcer]) {
      expect(region.style.position).toBe('absolute');
      expect(region.style.overflow).toBe('hidden');
      expect(region.style.width).toBe('1px');
    }
    // The page's text is untouched: the host has no light-DOM children.
    expect(ui.host.childNodes.length).toBe(0);
  });

  it('makes the sheet and the layer on first use, once, before the live regions', () => {
    const ui = createUiHost(document)!;
    const layer = ui.layer;
    expect(ui.layer).toBe(layer);
    const root = rootOf(ui.live);
    expect(Array.from(root.children).map((c) => c.tagName.toLowerCase() + (c.className ? `.${c.className}` : ''))).toEqual([
      'style',
      'div.layer',
      'div',
      'div',
    ]);
    expect(root.querySelector('style')!.textContent).toContain('.appeal-label');
    expect(root.querySelectorAll('style')).toHaveLength(1);
  });

  it('makes the tooltip inside the layer on first use, hidden', () => {
    const ui = createUiHost(document)!;
    const tip = ui.tip;
    expect(ui.tip).toBe(tip);
    expect(tip.parentElement).toBe(ui.layer);
    expect(tip.hidden).toBe(true);
    expect(tip.getAttribute('role')).toBe('tooltip');
  });

  it('returns null without a body', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.documentElement.removeChild(doc.body);
    expect(createUiHost(doc)).toBeNull();
  });
});

describe('attachTooltip', () => {
  it('makes no tooltip element (nor sheet) while none has been shown', () => {
    const ui = createUiHost(document)!;
    const controller = new AbortController();
    const tooltip = attachTooltip(document, ui, controller.signal);
    tooltip.setItems([]);
    tooltip.hide();
    document.dispatchEvent(new Event('scroll'));
    expect(rootOf(ui.live).querySelector('style, .layer, .tip')).toBeNull();
    controller.abort();
  });
});
