/**
 * The CLI contract: `analyze PAGE.html [--json]`, `analyze --jsonl IN.jsonl` (one Analysis per line, same
 * order, input ids kept, failures as {id, error}). Runs the real CLI in a child process.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../helpers/sample';

const TSX = repoPath('node_modules', '.bin', 'tsx');
const CLI = repoPath('lib', 'cli', 'main.ts');
const SAMPLE = repoPath('sample', 'moscow-times-putin-maduro.html');

function cli(args: string[]): string {
  return execFileSync(TSX, [CLI, ...args], { encoding: 'utf8', cwd: repoPath(), timeout: 60_000 });
}

describe('analyze CLI', () => {
  it('prints a summary of the sample naming the Kremlin read-out and the 87 killed', () => {
    const out = cli([SAMPLE]);
    expect(out).toContain("Putin Reaffirms Support for Venezuela's Maduro in Phone Call");
    expect(out).toMatch(/Kremlin[^\n]*\[official\]/);
    expect(out).toContain('read-out');
    expect(out).toContain('at least 87 people');
    expect(out).toMatch(/Donation appeal/);
    expect(out).not.toMatch(/KEY NUMBERS[\s\S]*\$2/); // the appeal's price is not a key number
  });

  it('prints the Analysis JSON with --json', () => {
    const a = JSON.parse(cli([SAMPLE, '--json', '--url', 'https://example.test/a']));
    expect(a.url).toBe('https://example.test/a');
    expect(a.title).toContain('Putin');
    for (const key of ['text', 'statements', 'appeals', 'actors', 'numbers', 'byline', 'siteName', 'publishedTime']) {
      expect(a).toHaveProperty(key);
    }
    for (const s of a.statements) expect(a.text.slice(s.start, s.end)).toBe(s.text);
  });

  it('processes JSONL in order, keeps ids, and reports failures without stopping', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sm-cli-'));
    const input = join(dir, 'in.jsonl');
    const text = 'Maduro has said the U.S. is seeking regime change, officials said.';
    writeFileSync(
      input,
      [
        JSON.stringify({ id: 'plain', text }),
        JSON.stringify({ id: 'page', path: SAMPLE, url: 'https://example.test/p' }),
        JSON.stringify({ id: 'missing', path: join(dir, 'nope.html') }),
        'not json',
        JSON.stringify({ id: 7, html: '<html><body><article><p>Short.</p></article></body></html>' }),
      ].join('\n'),
    );
    const lines = cli(['--jsonl', input]).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['plain', 'page', 'missing', null, 7]);
    expect(lines[0].text).toBe(text);
    expect(lines[1].text.startsWith('Russian President Vladimir Putin')).toBe(true);
    expect(lines[1].url).toBe('https://example.test/p');
    expect(lines[2].error).toMatch(/ENOENT|no such file/);
    expect(lines[3].error).toBeTruthy();
    expect(lines[4].error ?? lines[4].text).toBeTruthy();
  });
});
