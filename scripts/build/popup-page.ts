/**
 * Build steps that shorten the popup's way to its first frame (used by wxt.config.ts).
 *
 * Why: each file an extension page loads is a request through the browser process; on a busy 2-core
 * machine one such load took 30-50 ms from request to last byte, and a page cannot show anything before
 * its script and its stylesheets are in. Built with the options and onboarding pages, the popup loaded
 * four files (its script, two shared chunks, a stylesheet) and its script waited for the slowest.
 * Built here it loads one: a single script (the popup's own build, so nothing is shared into chunks),
 * marked `async` so it starts as soon as it is in, with its stylesheet inlined into popup.html.
 */
import type { Plugin } from 'vite';
import type { Entrypoint, EntrypointGroup } from 'wxt';

/**
 * For WXT's `entrypoints:grouped` hook: takes the popup out of the group of HTML pages built together,
 * into a build of its own, so that everything it imports ends up in its one script. Changes `groups`
 * in place (as the hook requires); does nothing when the popup already builds alone or there is none.
 */
export function buildPopupAlone(groups: EntrypointGroup[]): void {
  const index = groups.findIndex((g) => Array.isArray(g) && g.length > 1 && g.some((e) => e.type === 'popup'));
  if (index < 0) return;
  const group = groups[index] as Entrypoint[];
  groups.splice(index, 1, group.filter((e) => e.type !== 'popup'), group.filter((e) => e.type === 'popup'));
}

/** True for the build group {@link buildPopupAlone} made: the popup page and nothing else. */
export const isPopupAlone = (entrypoints: readonly Entrypoint[]): boolean =>
  entrypoints.length === 1 && entrypoints[0].type === 'popup';

/** What {@link inlinePopupPage} made of a page. */
export interface InlinedPage {
  html: string;
  /** Output paths (as in the bundle: no leading slash) of the stylesheets now inside `html`. */
  inlined: string[];
}

const STYLESHEET_LINK = /<link\b[^>]*\brel="stylesheet"[^>]*>/g;
const MODULE_SCRIPT = /<script\b(?=[^>]*\btype="module")[^>]*>/g;

/**
 * Rewrites a built page: every `<link rel="stylesheet">` to a bundled file becomes a `<style>` with
 * that file's text (`cssOf` returns it for an output path, undefined when there is no such file), and
 * every module script gets `async`. Throws when the page has no module script or a stylesheet cannot be
 * inlined: then the build's output no longer looks as this step expects, and a silent pass-through
 * would bring the extra loads back unnoticed.
 *
 * `async` is safe for the popup because its script waits for its mount point itself (entrypoints/popup/
 * root.ts); with the stylesheet inline there is nothing else a deferred script would wait for.
 */
export function inlinePopupPage(html: string, cssOf: (path: string) => string | undefined): InlinedPage {
  const inlined: string[] = [];
  let out = html.replace(STYLESHEET_LINK, (link) => {
    const href = /\bhref="([^"]+)"/.exec(link)?.[1];
    const path = href?.replace(/^\//, '');
    const css = path === undefined ? undefined : cssOf(path);
    if (path === undefined || css === undefined) throw new Error(`popup page: cannot inline ${link}`);
    // `</style` inside the text would end the element early (CSS never needs it outside strings).
    if (/<\/style/i.test(css)) throw new Error(`popup page: ${path} contains "</style"`);
    inlined.push(path);
    return `<style>${css.trim()}</style>`;
  });
  let scripts = 0;
  out = out.replace(MODULE_SCRIPT, (tag) => {
    scripts++;
    return /\sasync\b/.test(tag) ? tag : tag.replace(/^<script\b/, '<script async');
  });
  if (scripts === 0) throw new Error('popup page: no module script found');
  return { html: out, inlined };
}

/**
 * A Vite plugin for the popup's own build: applies {@link inlinePopupPage} to the page Vite wrote and
 * drops the stylesheets it inlined from the output. It also leaves out Vite's modulepreload polyfill:
 * a page of one script preloads nothing.
 */
export function popupPagePlugin(): Plugin {
  return {
    name: 'sourcemark:popup-page',
    apply: 'build',
    config: () => ({ build: { modulePreload: { polyfill: false } } }),
    transformIndexHtml: {
      // After Vite has put the bundled script and stylesheet into the page.
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        const cssOf = (path: string) => {
          const file = bundle[path];
          if (file?.type !== 'asset') return undefined;
          return typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source);
        };
        const page = inlinePopupPage(html, cssOf);
        for (const path of page.inlined) delete bundle[path];
        return page.html;
      },
    },
  };
}
