/**
 * The popup's mount point, once the parser has reached it.
 *
 * Why wait at all: the popup's script is loaded `async` (see index.html), so it can run before the
 * document has finished parsing — its requests to the background then start while the rest of the page
 * still loads, instead of after. Rendering, though, needs the mount point to exist.
 */

/** The part of `Document` used here; tests pass a stand-in. */
export type RootDocument = Pick<Document, 'getElementById' | 'readyState' | 'addEventListener'>;

/**
 * Resolves with the element `id` as soon as it exists: at once when the parser is past it, else when
 * the document has been parsed. Null when the page has no such element.
 */
export function whenElement(id: string, doc: RootDocument = document): Promise<HTMLElement | null> {
  const now = doc.getElementById(id);
  if (now || doc.readyState !== 'loading') return Promise.resolve(now);
  return new Promise((resolve) =>
    doc.addEventListener('DOMContentLoaded', () => resolve(doc.getElementById(id)), { once: true }),
  );
}
