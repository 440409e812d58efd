/** Today's date in the browser's time zone, `YYYY-MM-DD` (elements may read the clock; core never does). */
export function localToday(now: Date = new Date()): string {
  const y = String(now.getFullYear());
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
