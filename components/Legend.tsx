/**
 * "What the marks mean": one line per mark kind, a sample swatch (decorative: the words carry the
 * meaning) in the user's palette, inside a native disclosure so it costs no space until asked for.
 */
import { MARK_COLOURS, markColourProperties, type MarkColours, type Palette } from '../lib/settings';
import { t, type MessageKey } from './strings';

const ITEMS: { kind: keyof MarkColours; name: MessageKey; text: MessageKey }[] = [
  { kind: 'official', name: 'legendMarkOfficial', text: 'legendOfficial' },
  { kind: 'person', name: 'legendMarkPerson', text: 'legendPerson' },
  { kind: 'other', name: 'legendMarkOther', text: 'legendOther' },
  { kind: 'appeal', name: 'legendMarkAppeal', text: 'legendAppeal' },
];

/** The legend. `open` shows it expanded (the options page). */
export function Legend({ palette = 'default', open = false }: { palette?: Palette; open?: boolean }) {
  // The swatches' `--mk-*` colours come from the page marks' own palette table, so they cannot drift.
  const colours = Object.fromEntries(markColourProperties(MARK_COLOURS[palette] ?? MARK_COLOURS.default, '--mk'));
  return (
    <details class={`legend palette-${palette}`} open={open} style={colours}>
      <summary>{t('legendHeading')}</summary>
      <dl class="legend-list">
        {ITEMS.map((item) => (
          <div key={item.kind} class="legend-item">
            <dt>
              <span class={`swatch swatch-${item.kind}`} aria-hidden="true">
                Aa
              </span>
              {t(item.name)}
            </dt>
            <dd>{t(item.text)}</dd>
          </div>
        ))}
      </dl>
      <p class="muted small">{t('legendQuote')}</p>
      <p class="muted small">{t('legendNumber')}</p>
    </details>
  );
}
