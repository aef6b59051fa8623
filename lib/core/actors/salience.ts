import type { DraftActor } from './cluster';

/**
 * Salience of an actor: how central it is to the story. Mentions and references count once each,
 * statements twice (a voice in the story matters more than a passing name), and an early first
 * mention adds up to 2 (news puts the main actors in the lead). Places weigh a little less than the
 * people and institutions acting in them.
 */
export function salience(d: DraftActor, sentenceCount: number): number {
  const first = d.sentences[0] ?? sentenceCount;
  const position = sentenceCount > 0 ? 2 * (1 - Math.min(first, sentenceCount) / sentenceCount) : 0;
  const weight = d.type === 'place' ? 0.8 : 1;
  return weight * (d.mentions.length + d.references.length + 2 * d.statementIds.length + position);
}
