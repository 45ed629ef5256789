/**
 * Hints for mistakes editors make when copying numbers and dates from a report. Each hint names
 * the one fix that keeps the source's meaning, never a shortcut that yields a wrong valid value
 * (removing the "277" of "1,277" would leave a valid count of 1).
 */

/** YAML reads `low: 1,277` in a `{ … }` line as `low: 1` plus a field named "277". */
export function separatorHint(key: string, siblings: Record<string, unknown> | undefined): string | null {
  if (!/^\d{3}$/.test(key)) return null;
  const cut = Object.entries(siblings ?? {}).find(([, v]) => typeof v === 'number');
  const field = cut ? cut[0] : 'the number';
  const whole = cut ? `${cut[1]}${key}` : null;
  return whole
    ? `a thousands separator split the number: write ${field}: ${whole} (no comma, space or point), and check it against the source`
    : 'a thousands separator split a number in two: write it without a comma, space or point (1277, not 1,277)';
}

/** "1 277", "1,277" or "1.277" written as text where a count goes. */
export function numberTextHint(value: string): string | null {
  const m = /^\s*(\d{1,3})([ ,.\u00a0\u202f'])(\d{3})(\2\d{3})*\s*$/.exec(value);
  if (!m) return null;
  const digits = value.replace(/\D/g, '');
  return `write the number without separators: ${digits} (check it against the source: in French "1.277" and "1 277" are both one thousand two hundred and seventy-seven)`;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const monthOf = (name: string) => {
  const n = name.toLowerCase();
  const i = MONTHS.indexOf(n) >= 0 ? MONTHS.indexOf(n) : MOIS.indexOf(n);
  return i < 0 ? null : String(i + 1).padStart(2, '0');
};
const day = (d: string) => d.padStart(2, '0');

/** "18-19 June 2022", "18 au 19 juin 2022", "30 June - 2 July 2022": a span of days written as one date. */
export function dateRangeHint(value: string): string | null {
  const same = /^\s*(\d{1,2})\s*(?:-|–|to|au|à)\s*(\d{1,2})\s+([A-Za-zéû]+)\s+(\d{4})\s*$/i.exec(value);
  if (same && monthOf(same[3]!)) {
    const m = monthOf(same[3]!)!;
    return `a span of days is written { start: ${same[4]}-${m}-${day(same[1]!)}, end: ${same[4]}-${m}-${day(same[2]!)} }`;
  }
  const two = /^\s*(\d{1,2})\s+([A-Za-zéû]+)\s*(?:-|–|to|au|à)\s*(\d{1,2})\s+([A-Za-zéû]+)\s+(\d{4})\s*$/i.exec(value);
  if (two && monthOf(two[2]!) && monthOf(two[4]!)) {
    return `a span of days is written { start: ${two[5]}-${monthOf(two[2]!)}-${day(two[1]!)}, end: ${two[5]}-${monthOf(two[4]!)}-${day(two[3]!)} }`;
  }
  if (/\d\s*(-|–|to|au)\s*\d/.test(value) && /[a-z]/i.test(value)) return 'a span is written { start: YYYY-MM-DD, end: YYYY-MM-DD }, each only as precise as the source';
  return null;
}
