/**
 * `npm run eval -- <task> [options]`: scores the analysis core on labelled corpora.
 *   attribution --corpus FILE.jsonl   PolNeAR-format attributions (content/source/joint/cue P/R/F1)
 *   appeals     --pages DIR           readability-pages format with appeals.json
 *   actors      --corpus FILE.jsonl   CoNLL-format documents (PER/ORG/LOC exact-span P/R/F1)
 * Corpora are read from the given path and never copied into the project.
 */
const tasks: Record<string, () => Promise<{ run(args: string[]): Promise<number> }>> = {
  attribution: () => import('./attribution'),
  appeals: () => import('./appeals'),
  actors: () => import('./actors'),
};

async function main(): Promise<number> {
  const [task, ...args] = process.argv.slice(2);
  const load = task ? tasks[task] : undefined;
  if (!load) {
    process.stderr.write(`usage: npm run eval -- <${Object.keys(tasks).join('|')}> [options]\n`);
    return 2;
  }
  return (await load()).run(args);
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`eval: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    process.exit(1);
  },
);
