/**
 * Timestamps the start of the content script's evaluation. Imported first by `index.ts`, so it runs before
 * the analysis core's modules (lexicons) are evaluated; `index.ts` stamps the end. The difference is the
 * script's start-up cost, reported with each result for the benchmark.
 */
(globalThis as Record<string, unknown>).__sourcemarkEvalStart = performance.now();

export {};
