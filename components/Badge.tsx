/**
 * Small text badges. The words carry the meaning; colour only repeats it (colour-blind-safe palette in
 * the popup stylesheet), so nothing depends on telling colours apart.
 */
import type { SourceKind } from '../lib/core/types';
import { SOURCE_KIND_LABELS, STRINGS } from './strings';

/** The kind of a source ("Official", "Person", ...) as a text badge. */
export function KindBadge({ kind }: { kind: SourceKind }) {
  return <span class={`badge badge-kind badge-${kind}`}>{SOURCE_KIND_LABELS[kind]}</span>;
}

/** Marks a statement as an institution's formal communication (a read-out, a press statement). */
export function OfficialBadge() {
  return <span class="badge badge-official">{STRINGS.officialStatement}</span>;
}

/** Says outright that the article gives no source for something. */
export function UnattributedBadge({ title }: { title?: string }) {
  return (
    <span class="badge badge-unattributed" title={title}>
      {STRINGS.numberUnattributed}
    </span>
  );
}
