// How the desk hears about an urgent arrival: a soft two-note chime made with Web Audio (no
// sound file to ship) and a system notification. Both carry the ticket code only: a
// notification can pop up where a passer-by sees it, so it never names the person.

let audio = null;

// Browsers only let a page make sound after a user gesture; the app calls this from the
// sign-in and notification buttons so the first urgent arrival is not silent.
export function unlockSound() {
  const Context = window.AudioContext || window.webkitAudioContext;
  if (!Context) return;
  if (!audio) audio = new Context();
  if (audio.state === 'suspended') audio.resume().catch(() => {});
}

// A gentle rising chime (E5 then A5), about a second long, quiet enough for a waiting room.
export function chime() {
  if (!audio || audio.state !== 'running') return false;
  const start = audio.currentTime + 0.02;
  note(659.25, start, 0.45);
  note(880.0, start + 0.28, 0.7);
  return true;
}

function note(frequency, at, length) {
  const osc = audio.createOscillator();
  const gain = audio.createGain();
  osc.type = 'sine';
  osc.frequency.value = frequency;
  gain.gain.setValueAtTime(0.0001, at);
  gain.gain.exponentialRampToValueAtTime(0.18, at + 0.04);  // soft attack, no click
  gain.gain.exponentialRampToValueAtTime(0.0001, at + length);
  osc.connect(gain).connect(audio.destination);
  osc.start(at);
  osc.stop(at + length + 0.05);
}

export function notificationsSupported() {
  return 'Notification' in window;
}

export function notificationPermission() {
  return notificationsSupported() ? Notification.permission : 'unsupported';
}

// Must run inside a click handler: browsers ignore permission requests without a gesture.
export async function askNotificationPermission() {
  if (!notificationsSupported()) return 'unsupported';
  unlockSound();
  try {
    return await Notification.requestPermission();
  } catch {
    return Notification.permission;
  }
}

// `title` is e.g. "Urgent: A-07"; tag collapses repeats for the same ticket.
export function notify(title, ticket) {
  if (notificationPermission() !== 'granted') return null;
  try {
    const n = new Notification(title, { tag: `stillpoint-${ticket}`, silent: true });
    n.onclick = () => { window.focus(); n.close(); };
    return n;
  } catch {
    return null;  // some platforms only allow notifications from a service worker
  }
}
