/**
 * Test helpers for the bundled sample page and the reference article text (no corpus material).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Absolute path of a file in the repository (tests run from the repo root). */
export function repoPath(...parts: string[]): string {
  return join(process.cwd(), ...parts);
}

/** The bundled sample page's HTML. */
export function sampleHtml(): string {
  return readFileSync(repoPath('sample', 'moscow-times-putin-maduro.html'), 'utf8');
}

/** The reference article as plain text (the bundled copy; tests never read ../shared). */
export function seedText(): string {
  return readFileSync(repoPath('sample', 'moscow-times-putin-maduro.txt'), 'utf8');
}
