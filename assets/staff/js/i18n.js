// The console's words in English and Spanish. t('key', {n: 3}) fills {n}; a missing Spanish
// text falls back to English so the page never shows a bare key. The choice is kept in this
// browser (localStorage), as it belongs to whoever sits at this desk.
const STRINGS = {
  en: {
    title: 'Stillpoint · Front desk',
    'brand.desk': 'Front desk',
    'nav.label': 'Sections', 'nav.queue': 'Queue', 'nav.appointments': 'Appointments', 'nav.devices': 'Devices',
    'lang.label': 'Language',
    signout: 'Sign out',
    'signin.title': 'Front desk sign-in', 'signin.user': 'User name', 'signin.password': 'Password',
    'signin.submit': 'Sign in', 'signin.help': 'Accounts are created on the server with stillpoint-server add-staff.',
    'signin.missing': 'Enter your user name and password.',
    'signin.wrong': 'That user name and password do not match. Try again.',
    'signin.tooMany': 'Too many attempts. Sign-in is paused for a minute to protect the account.',
    'signin.retryIn': 'Try again in {s} s.',
    'signin.forbidden': 'The server refused this sign-in page. Open the console from the server’s own address.',
    'signin.expired': 'Your session has ended. Sign in again — nothing you typed has been lost.',
    'signin.idle': 'You were signed out after a while without use. Sign in to continue.',
    'signin.signedOut': 'You have signed out.',
    'live.live': 'Live', 'live.reconnecting': 'Reconnecting…', 'live.offline': 'Offline',
    'alerts.default': 'Turn on alerts', 'alerts.granted': 'Alerts on', 'alerts.denied': 'Alerts blocked',
    'alerts.unsupported': 'Alerts unavailable',
    urgent: 'Urgent', yes: 'Yes', no: 'No', minutes: '{n} min', ago: '{d} ago',
    'queue.waiting': 'Waiting', 'queue.empty': 'Nobody is waiting.',
    'queue.ticket': 'Ticket', 'queue.kind': 'Visit', 'queue.service': 'Service',
    'queue.arrived': 'Arrived', 'queue.waited': 'Waited', 'queue.open': 'Open visit',
    'kind.appointment': 'Appointment', 'kind.walk_in': 'Walk-in',
    'state.waiting': 'Waiting', 'state.called': 'Called', 'state.in_session': 'In session',
    'state.done': 'Done', 'state.no_show': 'No-show',
    'rooms.title': 'Rooms', 'room.free': 'free', 'room.none': 'No room is in use.',
    'room.placeholder': 'e.g. Room 1',
    'room.occupied': 'occupied ({ticket})', 'room.thisVisit': 'this visit',
    'room.noneFree': 'No room is free', 'room.allBusy': 'Every room has a visit. Complete a session or move someone back to waiting first.',
    'urgentReason.label': 'Urgent because',
    'urgentReason.help_button': 'Pressed “Need help now?” at the kiosk',
    'urgentReason.asked_to_talk': 'Asked to talk to the care team as soon as possible',
    'urgentReason.none': 'Reason not given',
    'callNext.done': '{ticket} called to {room}.',
    'callNext.nobody': 'Nobody is waiting.',
    'callNext.noRoom': 'Every room has a visit. Complete a session first, or call someone to a room from their visit.',
    'callNext.unavailable': 'Call next is not available on this server yet. Open a visit and call it to a room.',
    'finished.title': 'Finished and no-shows today', 'finished.none': 'Nothing yet.',
    'visit.label': 'Visit', 'visit.pick': 'Choose a ticket to see the visit and its intake answers.',
    'visit.ticket': 'Ticket', 'visit.close': 'Close', 'visit.kind': 'Visit', 'visit.name': 'Name',
    'visit.practitioner': 'Practitioner', 'visit.appointment': 'Appointment at',
    'visit.service': 'Service', 'visit.arrived': 'Arrived', 'visit.room': 'Room',
    'visit.language': 'Language', 'visit.kiosk': 'Kiosk', 'visit.actions': 'Actions',
    'visit.noActions': 'This visit is finished.',
    'action.call': 'Call to room', 'action.recall': 'Call again', 'action.callNext': 'Call next', 'action.start': 'Start session',
    'action.complete': 'Complete', 'action.no-show': 'No-show', 'action.requeue': 'Back to waiting',
    'error.illegal': 'That is not possible in the visit’s current state (someone may have just changed it). The list has been refreshed.',
    'error.unknownRoom': 'There is no room with that name. Check the spelling.',
    'error.roomOccupied': 'That room already has a visit (someone may have just called to it). Choose a free room.',
    'error.noTicket': 'This ticket is not in today’s list any more.',
    'error.network': 'The clinic server cannot be reached. Check the network; the page keeps trying.',
    'error.generic': 'Something went wrong',
    'intake.title': 'Intake answers', 'intake.none': 'No intake answers for this visit.',
    'intake.key': 'Before the session', 'intake.all': 'All answers',
    'intake.consent': 'Consent:', 'intake.consentMissing': 'not given — please talk with the person before the session.',
    'intake.consentNotYet': '— not given yet: please talk it through with the person before the session.',
    'intake.attachment': 'Attachment',
    'announce.arrival': 'New arrival: {ticket}', 'announce.urgent': 'Urgent arrival: {ticket}',
    'notify.urgent': 'Urgent: {ticket}',
    'appt.title': 'Appointments', 'appt.date': 'Day', 'appt.none': 'No appointments on this day.',
    'appt.arrivedCount': '{n} of {total} arrived', 'appt.time': 'Time', 'appt.name': 'Name',
    'appt.birth': 'Birth date', 'appt.practitioner': 'Practitioner', 'appt.service': 'Service',
    'appt.arrived': 'Arrived', 'appt.add': 'Add an appointment', 'appt.addButton': 'Add appointment',
    'appt.first': 'First name', 'appt.last': 'Last name', 'appt.added': 'Appointment added.',
    'appt.refused': 'Not added:', 'appt.badTime': 'Enter a time.',
    'import.title': 'Import a CSV file',
    'import.help': 'Columns: first_name, last_name, birth_date, start, practitioner, service.',
    'import.file': 'CSV file', 'import.button': 'Import', 'import.pick': 'Choose a CSV file first.',
    'import.done': '{n} appointments imported.', 'import.refused': 'Nothing imported:',
    'import.unavailable': 'Importing from the console is not available on this server yet. Use “stillpoint-server import-appointments FILE.csv” on the server.',
    'claim.title': 'Offline check-ins to match',
    'claim.help': 'Made while a kiosk was offline; no appointment matched the birth date given.',
    'claim.none': 'None.', 'claim.choose': 'Choose the appointment', 'claim.match': 'Match',
    'claim.matched': 'Matched.', 'claim.unmatched': 'not matched',
    'claim.unavailable': 'Matching by hand is not available on this server yet.',
    'claim.explain': 'Checked in while the kiosk was offline; no appointment matched yet. See Appointments.',
    'devices.title': 'Kiosks and lobby screens', 'devices.none': 'No devices are registered.',
    'devices.allWell': 'Every device has reported in the last 2 minutes.',
    'devices.staleCount': '{n} not heard from for 2 minutes or more.',
    'devices.name': 'Device', 'devices.role': 'Role', 'devices.lastSeen': 'Last seen',
    'devices.version': 'Version', 'devices.outbox': 'Waiting to send', 'devices.oldest': 'Oldest unsent',
    'devices.held': 'Held back', 'devices.never': 'never', 'devices.silent': 'not heard from',
    'role.kiosk': 'Kiosk', 'role.display': 'Lobby screen', 'role.staff': 'Staff',
  },
  es: {
    title: 'Stillpoint · Recepción',
    'brand.desk': 'Recepción',
    'nav.label': 'Secciones', 'nav.queue': 'Fila', 'nav.appointments': 'Citas', 'nav.devices': 'Dispositivos',
    'lang.label': 'Idioma',
    signout: 'Cerrar sesión',
    'signin.title': 'Acceso de recepción', 'signin.user': 'Usuario', 'signin.password': 'Contraseña',
    'signin.submit': 'Entrar', 'signin.help': 'Las cuentas se crean en el servidor con stillpoint-server add-staff.',
    'signin.missing': 'Escriba su usuario y contraseña.',
    'signin.wrong': 'El usuario y la contraseña no coinciden. Inténtelo de nuevo.',
    'signin.tooMany': 'Demasiados intentos. El acceso se pausa un minuto para proteger la cuenta.',
    'signin.retryIn': 'Vuelva a intentarlo en {s} s.',
    'signin.forbidden': 'El servidor rechazó esta página. Abra la consola desde la dirección del propio servidor.',
    'signin.expired': 'Su sesión terminó. Vuelva a entrar; no se ha perdido nada de lo que escribió.',
    'signin.idle': 'Se cerró la sesión tras un tiempo sin uso. Entre de nuevo para seguir.',
    'signin.signedOut': 'Ha cerrado la sesión.',
    'live.live': 'En vivo', 'live.reconnecting': 'Reconectando…', 'live.offline': 'Sin conexión',
    'alerts.default': 'Activar avisos', 'alerts.granted': 'Avisos activos', 'alerts.denied': 'Avisos bloqueados',
    'alerts.unsupported': 'Avisos no disponibles',
    urgent: 'Urgente', yes: 'Sí', no: 'No', minutes: '{n} min', ago: 'hace {d}',
    'queue.waiting': 'En espera', 'queue.empty': 'No hay nadie esperando.',
    'queue.ticket': 'Turno', 'queue.kind': 'Visita', 'queue.service': 'Servicio',
    'queue.arrived': 'Llegada', 'queue.waited': 'Espera', 'queue.open': 'Abrir visita',
    'kind.appointment': 'Con cita', 'kind.walk_in': 'Sin cita',
    'state.waiting': 'En espera', 'state.called': 'Llamado', 'state.in_session': 'En sesión',
    'state.done': 'Terminado', 'state.no_show': 'No se presentó',
    'rooms.title': 'Salas', 'room.free': 'libre', 'room.none': 'No hay salas en uso.',
    'room.placeholder': 'p. ej. Room 1',
    'room.occupied': 'ocupada ({ticket})', 'room.thisVisit': 'esta visita',
    'room.noneFree': 'No hay ninguna sala libre', 'room.allBusy': 'Todas las salas tienen una visita. Termine una sesión o devuelva a alguien a la espera primero.',
    'urgentReason.label': 'Urgente porque',
    'urgentReason.help_button': 'Pulsó «¿Necesita ayuda ahora?» en el quiosco',
    'urgentReason.asked_to_talk': 'Pidió hablar con el equipo de atención lo antes posible',
    'urgentReason.none': 'Motivo no indicado',
    'callNext.done': '{ticket} llamado a {room}.',
    'callNext.nobody': 'No hay nadie esperando.',
    'callNext.noRoom': 'Todas las salas tienen una visita. Termine una sesión primero, o llame a alguien a una sala desde su visita.',
    'callNext.unavailable': 'Este servidor aún no permite «Llamar al siguiente». Abra una visita y llámela a una sala.',
    'finished.title': 'Terminados y ausentes hoy', 'finished.none': 'Nada todavía.',
    'visit.label': 'Visita', 'visit.pick': 'Elija un turno para ver la visita y sus respuestas.',
    'visit.ticket': 'Turno', 'visit.close': 'Cerrar', 'visit.kind': 'Visita', 'visit.name': 'Nombre',
    'visit.practitioner': 'Profesional', 'visit.appointment': 'Cita a las',
    'visit.service': 'Servicio', 'visit.arrived': 'Llegada', 'visit.room': 'Sala',
    'visit.language': 'Idioma', 'visit.kiosk': 'Quiosco', 'visit.actions': 'Acciones',
    'visit.noActions': 'Esta visita ha terminado.',
    'action.call': 'Llamar a sala', 'action.recall': 'Llamar otra vez', 'action.callNext': 'Llamar al siguiente', 'action.start': 'Comenzar la sesión',
    'action.complete': 'Terminar', 'action.no-show': 'No se presentó', 'action.requeue': 'Volver a la espera',
    'error.illegal': 'No es posible en el estado actual de la visita (quizá alguien acaba de cambiarla). La lista se ha actualizado.',
    'error.unknownRoom': 'No hay ninguna sala con ese nombre. Revise cómo está escrito.',
    'error.roomOccupied': 'Esa sala ya tiene una visita (quizá alguien acaba de llamar a ella). Elija una sala libre.',
    'error.noTicket': 'Este turno ya no está en la lista de hoy.',
    'error.network': 'No se puede contactar con el servidor. Revise la red; la página sigue intentándolo.',
    'error.generic': 'Algo salió mal',
    'intake.title': 'Respuestas de admisión', 'intake.none': 'Esta visita no tiene respuestas.',
    'intake.key': 'Antes de la sesión', 'intake.all': 'Todas las respuestas',
    'intake.consent': 'Consentimiento:', 'intake.consentMissing': 'no dado; hable con la persona antes de la sesión.',
    'intake.consentNotYet': '— todavía no dado: háblelo con la persona antes de la sesión.',
    'intake.attachment': 'Adjunto',
    'announce.arrival': 'Nueva llegada: {ticket}', 'announce.urgent': 'Llegada urgente: {ticket}',
    'notify.urgent': 'Urgente: {ticket}',
    'appt.title': 'Citas', 'appt.date': 'Día', 'appt.none': 'No hay citas este día.',
    'appt.arrivedCount': 'Han llegado {n} de {total}', 'appt.time': 'Hora', 'appt.name': 'Nombre',
    'appt.birth': 'Fecha de nacimiento', 'appt.practitioner': 'Profesional', 'appt.service': 'Servicio',
    'appt.arrived': 'Llegó', 'appt.add': 'Añadir una cita', 'appt.addButton': 'Añadir cita',
    'appt.first': 'Nombre', 'appt.last': 'Apellido', 'appt.added': 'Cita añadida.',
    'appt.refused': 'No se añadió:', 'appt.badTime': 'Escriba una hora.',
    'import.title': 'Importar un archivo CSV',
    'import.help': 'Columnas: first_name, last_name, birth_date, start, practitioner, service.',
    'import.file': 'Archivo CSV', 'import.button': 'Importar', 'import.pick': 'Elija primero un archivo CSV.',
    'import.done': '{n} citas importadas.', 'import.refused': 'No se importó nada:',
    'import.unavailable': 'Este servidor aún no permite importar desde la consola. Use «stillpoint-server import-appointments ARCHIVO.csv» en el servidor.',
    'claim.title': 'Llegadas sin conexión por asignar',
    'claim.help': 'Hechas con el quiosco sin conexión; ninguna cita coincidió con la fecha de nacimiento.',
    'claim.none': 'Ninguna.', 'claim.choose': 'Elija la cita', 'claim.match': 'Asignar',
    'claim.matched': 'Asignada.', 'claim.unmatched': 'sin asignar',
    'claim.unavailable': 'Este servidor aún no permite asignar a mano.',
    'claim.explain': 'Llegó con el quiosco sin conexión; aún no se asignó a una cita. Vea Citas.',
    'devices.title': 'Quioscos y pantallas de sala', 'devices.none': 'No hay dispositivos registrados.',
    'devices.allWell': 'Todos los dispositivos se han reportado en los últimos 2 minutos.',
    'devices.staleCount': '{n} sin noticias desde hace 2 minutos o más.',
    'devices.name': 'Dispositivo', 'devices.role': 'Función', 'devices.lastSeen': 'Último contacto',
    'devices.version': 'Versión', 'devices.outbox': 'Por enviar', 'devices.oldest': 'Más antiguo sin enviar',
    'devices.held': 'Retenidos', 'devices.never': 'nunca', 'devices.silent': 'sin noticias',
    'role.kiosk': 'Quiosco', 'role.display': 'Pantalla de sala', 'role.staff': 'Personal',
  },
};

const KEY = 'stillpoint.lang';
let current = initialLang();

function initialLang() {
  let saved = null;
  try { saved = localStorage.getItem(KEY); } catch { /* storage blocked: use the browser's */ }
  if (saved && STRINGS[saved]) return saved;
  return (navigator.language || 'en').toLowerCase().startsWith('es') ? 'es' : 'en';
}

export function lang() {
  return current;
}

export function setLang(code) {
  if (!STRINGS[code]) return;
  current = code;
  try { localStorage.setItem(KEY, code); } catch { /* not remembered: fine */ }
}

export function t(key, vars = {}) {
  const text = STRINGS[current][key] ?? STRINGS.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => (name in vars ? String(vars[name]) : `{${name}}`));
}

// Elements marked data-i18n get their text, data-i18n-label their aria-label.
export function applyStaticTexts(root) {
  document.documentElement.lang = current;
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll('[data-i18n-label]')) el.setAttribute('aria-label', t(el.dataset.i18nLabel));
}

// For tests of the translation tables: every English key has a Spanish text.
export function missingTranslations() {
  return Object.keys(STRINGS.en).filter((k) => !(k in STRINGS.es));
}
