## Operaciones: /stats y /broadcast (solo administradores)

command-stats = Estadísticas de uso con un gráfico
command-broadcast = Enviar un mensaje a todos los usuarios

stats-private-only = Envíame /stats en un chat privado.
stats-title = 📊 Estadísticas de los últimos { $days } días
stats-prompts = Prompts: { $total } (IA: { $ai }, sin conexión: { $offline })
stats-today = Hoy — prompts: { $prompts }, usuarios: { $users }
stats-answer-time = Tiempo de respuesta: mediana { $p50 }, el 95 % en menos de { $p95 }
stats-answer-time-none = Tiempo de respuesta: aún no hay nada medido
stats-active = Usuarios activos al día: { $average } de media, { $max } como máximo
stats-top-categories = Categorías más usadas: { $list }
stats-top-targets = Modelos más usados: { $list }
stats-chart-failed = Esta vez no se pudo dibujar el gráfico; las cifras de arriba están completas.

stats-chart-title = Promptsmith · últimos { $days } días
stats-chart-prompts = Prompts al día
stats-chart-ai = IA
stats-chart-offline = Sin conexión
stats-chart-answer-time = Tiempo de respuesta, segundos
stats-chart-median = Mediana
stats-chart-p95 = Percentil 95
stats-chart-active = Usuarios activos al día
stats-chart-categories = Categorías más usadas
stats-chart-targets = Modelos más usados

broadcast-private-only = Envíame /broadcast en un chat privado.
broadcast-usage = Escribe el mensaje después del comando, por ejemplo: /broadcast ¡Hola a todos!
broadcast-too-long = El mensaje es demasiado largo: { $length } caracteres, como máximo { $max }.
broadcast-preview = 📣 Vista previa: el siguiente mensaje llegará a todos los usuarios. Destinatarios ahora: { $count }.
broadcast-send-button = ✅ Enviar
broadcast-cancel-button = ✖️ Cancelar
broadcast-stop-button = ✖️ Detener el envío
broadcast-cancelled = Difusión cancelada: no se envió nada.
broadcast-expired = Esta difusión ya no está pendiente: envía /broadcast de nuevo.
broadcast-busy = Ya se está enviando otra difusión: espera a que termine o detenla.
broadcast-starting = Enviando…
broadcast-stopping = Deteniendo…
broadcast-progress = { $bar } { $percent } % · { $done } / { $total } · bloqueado: { $blocked }
broadcast-done = 📣 Difusión terminada. Enviados: { $sent } de { $total }. Han bloqueado el bot: { $blocked }. Fallidos: { $failed }.
broadcast-stopped = 📣 Difusión detenida tras { $done } de { $total }. Enviados: { $sent }. Han bloqueado el bot: { $blocked }. Fallidos: { $failed }.
