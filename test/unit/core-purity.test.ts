/**
 * The analysis core must stay pure: no DOM, no browser APIs, no Node APIs, no imports from adapters.
 * This guards the architecture: the same core runs in the content script, the CLI and tests.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../helpers/sample';

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sources(p));
    else if (/\.ts$/.test(name) && !/\.test\.ts$/.test(name)) out.push(p);
  }
  return out;
}

const FORBIDDEN: [RegExp, string][] = [
  [/from\s+['"]node:/, 'Node built-in import'],
  [/from\s+['"](fs|path|url|os|child_process)['"]/, 'Node built-in import'],
  [/from\s+['"](wxt|preact|@mozilla\/readability|linkedom|happy-dom)[/'"]/, 'framework or DOM library import'],
  [/from\s+['"][./]*\.\.\/(dom|cli|eval)\//, 'import from an adapter'],
  [/\b(document|window|navigator|localStorage|chrome|browser)\s*\./, 'DOM or browser global'],
  [/\bprocess\.(env|argv|stdout)/, 'Node process global'],
];

describe('lib/core purity', () => {
  const files = sources(repoPath('lib', 'core'));
  it('has source files', () => expect(files.length).toBeGreaterThan(5));
  for (const f of files) {
    it(`${relative(repoPath(), f)} uses no DOM, browser or Node API`, () => {
      const code = readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '');
      for (const [re, what] of FORBIDDEN) expect(re.test(code), `${what} in ${f}`).toBe(false);
    });
  }
});
