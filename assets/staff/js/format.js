// Formatting of times, durations and codes for people to read, in the console's language.

// "14:05" in the desk's local time, in the browser's own clock style (24 h or AM/PM).
export function clockTime(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return d.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}

// Whole minutes from `iso` to `now` (never negative: a kiosk clock may run a little ahead).
export function minutesSince(iso, now = Date.now()) {
  const t = new Date(iso).getTime();
  if (Number.isNaN(t)) return 0;
  return Math.max(0, Math.floor((now - t) / 60000));
}

export function secondsSince(iso, now = Date.now()) {
  const t = new Date(iso).getTime();
  return Number.isNaN(t) ? Infinity : Math.max(0, Math.floor((now - t) / 1000));
}

// "upper-back" -> "Upper back": option codes read as words when the form gave no label.
export function humanizeCode(code) {
  const words = String(code).replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

// Today's date in the desk's time zone, as the API wants it: YYYY-MM-DD.
export function localDateISO(d = new Date()) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

// A local date and "HH:MM" as an RFC 3339 timestamp in UTC, without milliseconds.
export function localDateTimeToISO(date, time) {
  const d = new Date(`${date}T${time}`);
  if (Number.isNaN(d.getTime())) return null;
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

// "45 s", "3 min", "2 h 5 min": how long ago or how old, compactly.
export function duration(seconds) {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return '';
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return `${hours} h ${minutes % 60} min`;
}
