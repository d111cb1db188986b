# Roles, moderación, acceso y privacidad — español.

## Commands in Telegram's menu

command-privacy = Qué guardo sobre ti y durante cuánto tiempo
command-export = Recibe en un archivo todo lo que guardo sobre ti
command-forget = Borra todo lo que guardo sobre ti
command-ban = Bloquear a un usuario (moderadores)
command-unban = Quitar un bloqueo (moderadores)
command-whois = Rol y situación de un usuario (moderadores)
command-role = Cambiar el rol de un usuario (administradores)
command-audit = El registro de auditoría (administradores)

## Role names

role-name-owner = propietario
role-name-admin = administrador
role-name-moderator = moderador
role-name-trusted = de confianza
role-name-user = usuario
role-name-banned = bloqueado

## Access

access-banned = No puedes usar este bot.
access-not-allowed = Este bot es privado: solo pueden usarlo las personas que su propietario autorizó.
access-pending = ¡Gracias! Este bot es privado, así que he pedido a sus administradores que te dejen entrar. Te avisaré aquí en cuanto respondan.
access-denied = Tu solicitud para usar este bot fue rechazada.
access-request =
    🔔 { $name } pide usar el bot.
    { $username } · id { $id }
access-no-username = sin nombre de usuario
access-approve = ✓ Aprobar
access-deny = ✕ Rechazar
access-approved-card = ✓ Aprobada: el usuario { $id } ya puede usar el bot.
access-denied-card = ✕ Rechazada: el usuario { $id } no puede usar el bot.
access-answered-approved = Otro administrador ya aprobó esta solicitud.
access-answered-denied = Otro administrador ya rechazó esta solicitud.
access-unknown-request = Esta solicitud ya no existe.
access-approved-user = ✓ ¡Ya tienes acceso! Envíame una idea en bruto y la convertiré en un prompt sólido. /help muestra lo que sé hacer.
access-denied-user = Lo siento, tu solicitud para usar este bot fue rechazada.

## /role, /ban, /unban

role-usage = Uso: /role <id del usuario, o responde a su mensaje> <rol>. Roles: admin, moderator, trusted, user, banned.
ban-usage = Uso: /ban <id del usuario, o responde a su mensaje> [motivo]
unban-usage = Uso: /unban <id del usuario, o responde a su mensaje>
whois-usage = Uso: /whois <id del usuario, o responde a su mensaje>
moderation-not-a-user = Ese mensaje es de un bot, no de una persona.
moderation-private-only = Usa { $command } en un chat privado conmigo: lo que muestra no sale en grupos.
role-set = ✓ El usuario { $user } ahora es { $role }.
ban-done = { $cancelled ->
    [0] ✓ Usuario { $user } bloqueado.
    [one] ✓ Usuario { $user } bloqueado; se canceló su prompt en espera.
   *[other] ✓ Usuario { $user } bloqueado; se cancelaron sus { $cancelled } prompts en espera.
  }
unban-done = ✓ El usuario { $user } puede volver a usar el bot, como { $role }.
role-refused-rank = Solo puedes actuar sobre alguien de rango inferior al tuyo y dar solo roles inferiores al tuyo.
role-refused-owner-only = Solo un propietario puede nombrar administradores.
role-refused-unchanged = El usuario { $user } ya es { $role }.
role-refused-not-banned = El usuario { $user } no está bloqueado.

## /whois

whois-heading = 👤 Usuario { $id } · { $pseudonym }
whois-role = Rol: { $role } ({ $source ->
    [owner_id] por OWNER_ID
    [admin_ids] por ADMIN_IDS
    [stored] asignado en el chat
   *[default] por defecto
  })
whois-since = Desde: { $when } UTC
whois-reason = Motivo: { $reason }
whois-access = Acceso: { $status ->
    [pending] esperando aprobación
    [approved] aprobado
   *[denied] rechazado
  }
whois-seen = Visto por primera vez { $first } UTC, por última vez { $last } UTC
whois-never-seen = Aún no ha enviado ningún prompt.
whois-counts = Prompts mejorados: { $enhancements } · en el historial: { $history } · en espera: { $jobs }

## /audit

audit-heading = 📜 Registro de auditoría, página { $page }, lo más reciente primero (las personas aparecen con seudónimo):
audit-empty = El registro de auditoría está vacío.
audit-entry = { $when } UTC · { $action ->
    [role] { $actor } cambió a { $target }: { $from } → { $to }
    [ban] { $actor } bloqueó a { $target }
    [unban] { $actor } desbloqueó a { $target }
    [approve] { $actor } aprobó a { $target }
    [deny] { $actor } rechazó a { $target }
    [broadcast] { $actor } envió un mensaje masivo a { $count } personas
   *[forget] { $actor } hizo borrar sus datos ({ $count } registros)
  }

## /privacy

privacy-heading = 🔒 Qué guardo sobre ti
privacy-stored = • Tus últimos { $limit } prompts con sus respuestas (/history, con el chat en que se mostró cada una), tus ajustes (categoría, idioma) y cuántos prompts has enviado.
privacy-retention = { $days ->
    [0] • Tu historial se queda hasta que lo borres (/clearhistory o /forget).
   *[other] • Cada prompt de tu historial se borra { $days } días después de enviarlo, o antes con /clearhistory o /forget.
  }
privacy-transient = • Mientras un prompt espera su respuesta, está en una cola; bajo una respuesta sin conexión, el botón «Reintentar con IA» guarda tu solicitud 24 horas. Los contadores de límites duran un minuto o un día.
privacy-who = • Quién puede verlo: tú y quien gestiona la base de datos del bot. Los administradores y moderadores ven tu rol y tus contadores (/whois), nunca tus prompts. El registro de moderación muestra seudónimos, nunca nombres ni mensajes, y se guarda un año.
privacy-encryption = { $encrypted ->
    [yes] • Tus prompts y respuestas están cifrados en la base de datos.
   *[no] • Tus prompts y respuestas se guardan sin cifrar en la base de datos.
  }
privacy-logs = • Los registros del sistema nunca contienen tus mensajes; tu id solo aparece como seudónimo.
privacy-commands = /export te lo envía todo en un archivo; /forget lo borra todo.

## /export and /forget

export-caption = Todo lo que guardo sobre ti, a { $when } UTC.
forget-confirm = ¿Borrar todo lo que guardo sobre ti: historial, ajustes, prompts en espera y contadores? No se puede deshacer. Un rol o un bloqueo puesto por los moderadores se mantiene.
forget-yes = 🗑 Borrar todo
forget-no = Conservar
forget-kept = No se borró nada.
forget-done = { $count ->
    [0] Listo: no había nada que borrar.
    [one] Listo: se borró { $count } registro. Solo queda en el registro de auditoría una nota de tu solicitud, con seudónimo.
   *[other] Listo: se borraron { $count } registros. Solo queda en el registro de auditoría una nota de tu solicitud, con seudónimo.
  }
privacy-cooldown = { $seconds ->
    [one] Podrás usar { $command } de nuevo en un segundo.
   *[other] Podrás usar { $command } de nuevo en { $seconds } segundos.
  }
