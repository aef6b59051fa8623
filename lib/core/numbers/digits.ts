import { VULGAR_FRACTIONS } from '../lexicons/number-words';

/** How a run of digits was written, which decides how it may be read. */
export interface DigitReading {
  value: number;
  /** Plain integer without separators ("2024", "87"): the only shape a year can have. */
  plainInteger: boolean;
  /** Number of digits before any separator, e.g. 4 for "2024". */
  intDigits: number;
  /** A clock time or ratio written with a colon ("10:30", "3:1"): hours and minutes when a time. */
  colon?: { left: number; right: number; rightDigits: number };
}

// ASCII digits with one kind of grouping: "1,200,000" / "1.200.000" (thousands), "4.2" / "4,2" (decimal),
// "10:30" (clock). Each alternative is a flat sequence of bounded classes, so matching is linear.
const PLAIN = /^[0-9]+$/;
const COMMA_GROUPS = /^[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?$/;
const DOT_GROUPS = /^[0-9]{1,3}(?:\.[0-9]{3}){2,}(?:,[0-9]+)?$/;
const DECIMAL_DOT = /^[0-9]+\.[0-9]+$/;
const DECIMAL_COMMA = /^[0-9]+,[0-9]{1,2}$/;
const COLON = /^([0-9]{1,2}):([0-9]{1,2})$/;

/**
 * Reads a number token from `tokenize` ("87", "1,200", "4.2", "10:30", "2½"). Returns null for shapes
 * that are not quantities (version strings "1.2.3", non-ASCII digits, overflow), so callers never see a
 * non-finite value.
 *
 * Why English conventions first: a comma followed by exactly three digits is a thousands separator
 * ("1,200" = 1200); a single dot is a decimal point ("1.200" = 1.2). European "1.200.000" (two or more
 * dot groups) and "4,5" (one comma, one or two digits) are accepted because wire copy quotes them.
 */
export function readDigits(raw: string): DigitReading | null {
  let text = raw;
  let fraction = 0;
  const last = text[text.length - 1];
  const vulgar = last === undefined ? undefined : VULGAR_FRACTIONS.get(last);
  if (vulgar !== undefined) {
    fraction = vulgar;
    text = text.slice(0, -1);
    if (text === '') return { value: fraction, plainInteger: false, intDigits: 0 };
  }
  let value: number;
  let plainInteger = false;
  let colon: DigitReading['colon'];
  if (PLAIN.test(text)) {
    value = Number(text);
    plainInteger = fraction === 0;
  } else if (COMMA_GROUPS.test(text)) {
    value = Number(text.replace(/,/g, ''));
  } else if (DOT_GROUPS.test(text)) {
    value = Number(text.replace(/\./g, '').replace(',', '.'));
  } else if (DECIMAL_DOT.test(text)) {
    value = Number(text);
  } else if (DECIMAL_COMMA.test(text)) {
    value = Number(text.replace(',', '.'));
  } else {
    const m = COLON.exec(text);
    if (m === null) return null;
    const left = Number(m[1]);
    const right = Number(m[2]);
    value = left;
    colon = { left, right, rightDigits: m[2].length };
  }
  value += fraction;
  if (!Number.isFinite(value)) return null;
  const sep = text.search(/[.,:]/);
  const intDigits = sep < 0 ? text.length : sep;
  return colon ? { value, plainInteger: false, intDigits, colon } : { value, plainInteger, intDigits };
}
