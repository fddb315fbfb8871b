// Dates as the console's day list sees them: local, and never tomorrow by accident.
'use strict';

// Today's local date as YYYY-MM-DD.
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

// A time on today's date whatever the hour the suite runs: "in 90 minutes" at 23:00 is
// tomorrow, and the console lists one day.
const todayAt = (hour, minute = 0) => {
  const d = new Date();
  d.setHours(hour, minute, 0, 0);
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
};

module.exports = { today, todayAt };
