// Room names for the "call to room" field when the server does not list its rooms: the rooms
// in use now plus the ones this desk has called to before (kept in this browser only; room
// names are not personal data).
const KEY = 'stillpoint.rooms';
const MAX = 20;

function remembered() {
  try {
    const list = JSON.parse(localStorage.getItem(KEY) || '[]');
    return Array.isArray(list) ? list.filter((r) => typeof r === 'string') : [];
  } catch {
    return [];
  }
}

export function rememberRoom(room) {
  const list = [room, ...remembered().filter((r) => r !== room)].slice(0, MAX);
  try { localStorage.setItem(KEY, JSON.stringify(list)); } catch { /* private mode: fine */ }
}

// Most recently used first, then rooms seen in today's visits.
export function roomHints(visits) {
  const inUse = visits.map((v) => v.room).filter(Boolean);
  return [...new Set([...remembered(), ...inUse])];
}
