/**
 * The Sourcemark CLI: the same analysis core as the extension, in Node.
 *
 *   analyze PAGE.html|URL [--url URL] [--json]   one page: summary (default) or the Analysis JSON
 *   analyze --text FILE.txt [--json]             plain text, analysed as is
 *   analyze --jsonl IN.jsonl                     batch: lines {"id","text"} or {"id","path"|"html","url"};
 *                                                writes one Analysis JSON per line (same order, with "id");
 *                                                a failing document gives {"id","error"} and the run goes on.
 */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { analyze } from '../core/analyze';
import type { Analysis } from '../core/types';
import { formatSummary } from './format-summary';
import { extractFromHtml, loadPage, readHtml } from './load-page';

const USAGE = `usage:
  npm run --silent analyze -- PAGE.html|URL [--url URL] [--json]
  npm run --silent analyze -- --text FILE.txt [--json]
  npm run --silent analyze -- --jsonl IN.jsonl > OUT.jsonl`;

interface Args {
  input?: string;
  url?: string;
  json: boolean;
  jsonl?: string;
  text?: string;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { json: false };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`missing value for ${k}`);
      return v;
    };
    if (k === '--json') a.json = true;
    else if (k === '--url') a.url = next();
    else if (k === '--jsonl') a.jsonl = next();
    else if (k === '--text') a.text = next();
    else if (k === '-h' || k === '--help') throw new UsageError('');
    else if (k.startsWith('--')) throw new UsageError(`unknown option ${k}`);
    else if (a.input === undefined) a.input = k;
    else throw new UsageError(`unexpected argument ${k}`);
  }
  if (!a.input && !a.jsonl && !a.text) throw new UsageError('');
  return a;
}

class UsageError extends Error {}

/** Analyses one JSONL record; never throws (errors become `{id, error}`). */
async function analyzeRecord(line: string): Promise<Record<string, unknown>> {
  let id: unknown = null;
  try {
    const rec = JSON.parse(line) as Record<string, unknown>;
    id = rec.id ?? null;
    const url = typeof rec.url === 'string' ? rec.url : undefined;
    let result: Analysis;
    if (typeof rec.text === 'string') {
      result = analyze(rec.text, { url });
    } else if (typeof rec.html === 'string' || typeof rec.path === 'string') {
      const html = typeof rec.html === 'string' ? rec.html : await readHtml(rec.path as string);
      const page = extractFromHtml(html, url);
      result = analyze(page.text, page.meta);
    } else {
      throw new Error('record needs "text", "html" or "path"');
    }
    return { id, ...result };
  } catch (err) {
    return { id, error: err instanceof Error ? err.message : String(err) };
  }
}

async function runJsonl(file: string): Promise<number> {
  const rl = createInterface({ input: file === '-' ? process.stdin : createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    const out = await analyzeRecord(line);
    if (!process.stdout.write(`${JSON.stringify(out)}\n`)) await new Promise((r) => process.stdout.once('drain', r));
  }
  return 0;
}

async function main(argv: string[]): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`${err.message ? `analyze: ${err.message}\n` : ''}${USAGE}\n`);
      return err.message ? 2 : 0;
    }
    throw err;
  }
  if (args.jsonl) return runJsonl(args.jsonl);
  let analysis: Analysis;
  if (args.text) {
    analysis = analyze(await readFile(args.text, 'utf8'), { url: args.url });
  } else {
    const page = await loadPage(args.input as string, args.url);
    analysis = analyze(page.text, page.meta);
  }
  process.stdout.write(args.json ? `${JSON.stringify(analysis, null, 2)}\n` : `${formatSummary(analysis)}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`analyze: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
