/**
 * "Show statements from": a native select (keyboard- and screen-reader-friendly without extra code)
 * that narrows the statements to one kind of source or to one source.
 */
import type { SourceKind } from '../lib/core/types';
import type { SourceGroup } from './view-model';
import { FILTER_KIND_LABELS, STRINGS } from './strings';

/** `all`, `kind:<SourceKind|unattributed>` or `source:<group key>`. */
export type SourceFilterValue = string;

const KIND_ORDER: readonly (SourceKind | 'unattributed')[] = ['official', 'person', 'organization', 'anonymous', 'publication', 'unknown', 'unattributed'];

const kindOf = (g: SourceGroup): SourceKind | 'unattributed' => g.kind ?? 'unattributed';

/** The groups a filter value keeps. Pure. */
export function applySourceFilter(groups: SourceGroup[], value: SourceFilterValue): SourceGroup[] {
  if (value.startsWith('kind:')) return groups.filter((g) => kindOf(g) === value.slice(5));
  if (value.startsWith('source:')) return groups.filter((g) => g.key === value.slice(7));
  return groups;
}

/** The select; only kinds and sources present in the article are offered. */
export function SourceFilter({
  groups,
  value,
  onChange,
}: {
  groups: SourceGroup[];
  value: SourceFilterValue;
  onChange: (value: SourceFilterValue) => void;
}) {
  const kinds = KIND_ORDER.filter((k) => groups.some((g) => kindOf(g) === k));
  const named = groups.filter((g) => g.name !== null);
  const total = groups.reduce((n, g) => n + g.statements.length, 0);
  const shown = applySourceFilter(groups, value).reduce((n, g) => n + g.statements.length, 0);
  return (
    <div class="source-filter">
      <label for="source-filter" class="small">
        {STRINGS.filterLabel}
      </label>
      <select id="source-filter" value={value} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}>
        <option value="all">{STRINGS.filterAll}</option>
        {kinds.length > 1 && (
          <optgroup label={STRINGS.filterKinds}>
            {kinds.map((k) => (
              <option key={k} value={`kind:${k}`}>
                {FILTER_KIND_LABELS[k]}
              </option>
            ))}
          </optgroup>
        )}
        {named.length > 0 && (
          <optgroup label={STRINGS.filterSources}>
            {named.map((g) => (
              <option key={g.key} value={`source:${g.key}`}>
                {`${g.name} (${g.statements.length})`}
              </option>
            ))}
          </optgroup>
        )}
      </select>
      <p class="muted small filter-count" aria-live="polite">
        {value === 'all' ? '' : STRINGS.filterShowing(shown, total)}
      </p>
    </div>
  );
}
