import { CASUALTY_WORDS, EVENT_NOUNS, PEOPLE_NOUNS } from '../lexicons/units';
import type { Classified } from './classify';

/** Counts of other things matter from this size on ("15 tankers"); smaller ones are usually incidental. */
const NOTABLE_COUNT = 10;

/** Units of traded or produced volume: "2 million barrels", "5,000 tonnes of grain" are story figures. */
const BULK_UNITS: ReadonlySet<string> = new Set([
  'barrels', 'barrels per day', 'tonnes', 'tons', 'bcm', 'MW', 'GW', 'MWh', 'GWh', 'TWh', 'gallons', 'L', 'kilotons', 'megatons',
]);
/** Bulk quantities matter from this size on. */
const NOTABLE_BULK = 1000;

/** Facts about one number that decide whether it is a key number. */
export interface KeyInput {
  cls: Classified;
  value: number;
  inAppeal: boolean;
  inStatement: boolean;
  /** An imprecise plural ("thousands marched", "hundreds of"): a crowd-sized count. */
  approximate: boolean;
  /** Lower-cased words of the number's context phrase. */
  contextWords: readonly string[];
}

/**
 * Whether a number matters for the story. Money and percentages always do; counts do when they count
 * people or events, sit in a casualty phrase, are large, or are part of an attributed statement (so the
 * reader can ask "according to whom?"). Dates, years, durations, ordinals, labels, ages and anything in an
 * appeal never do. A small spelled-out count after "the"/"their" only refers back ("the two countries").
 */
export function isKeyNumber(k: KeyInput): boolean {
  const { cls } = k;
  if (k.inAppeal || cls.label) return false;
  switch (cls.category) {
    case 'money':
    case 'percent':
      return true;
    case 'count': {
      if (cls.anaphoric) return false;
      if (k.inStatement) return true;
      const unit = cls.unit?.toLowerCase();
      if (unit !== undefined && (PEOPLE_NOUNS.has(unit) || EVENT_NOUNS.has(unit))) return true;
      // A capitalised plural is a demonym or group of people ("87 Venezuelans", "12 Democrats").
      if (cls.unit !== undefined && /^\p{Lu}.*s$/u.test(cls.unit)) return true;
      if (k.approximate || k.contextWords.some((w) => CASUALTY_WORDS.has(w))) return true;
      return unit !== undefined && k.value >= NOTABLE_COUNT;
    }
    case 'other':
      if (cls.proportion) return true;
      if (cls.unit !== undefined && BULK_UNITS.has(cls.unit) && k.value >= NOTABLE_BULK) return true;
      return k.inStatement && cls.unit !== undefined && !cls.unit.endsWith(' old');
    default:
      return false;
  }
}
