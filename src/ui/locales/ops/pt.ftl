## Operações: /stats e /broadcast (só administradores)

command-stats = Estatísticas de uso com um gráfico
command-broadcast = Enviar uma mensagem a todos os usuários

stats-private-only = Envie /stats para mim num chat privado.
stats-title = 📊 Estatísticas dos últimos { $days } dias
stats-prompts = Prompts: { $total } (IA: { $ai }, offline: { $offline })
stats-today = Hoje — prompts: { $prompts }, usuários: { $users }
stats-answer-time = Tempo de resposta: mediana { $p50 }, 95 % em até { $p95 }
stats-answer-time-none = Tempo de resposta: nada medido ainda
stats-active = Usuários ativos por dia: { $average } em média, no máximo { $max }
stats-top-categories = Categorias mais usadas: { $list }
stats-top-targets = Modelos mais usados: { $list }
stats-chart-failed = Desta vez não foi possível desenhar o gráfico; os números acima estão completos.

stats-chart-title = Promptsmith · últimos { $days } dias
stats-chart-prompts = Prompts por dia
stats-chart-ai = IA
stats-chart-offline = Offline
stats-chart-answer-time = Tempo de resposta, segundos
stats-chart-median = Mediana
stats-chart-p95 = Percentil 95
stats-chart-active = Usuários ativos por dia
stats-chart-categories = Categorias mais usadas
stats-chart-targets = Modelos mais usados

broadcast-private-only = Envie /broadcast para mim num chat privado.
broadcast-usage = Escreva a mensagem depois do comando, por exemplo: /broadcast Olá a todos!
broadcast-too-long = A mensagem é longa demais: { $length } caracteres, no máximo { $max }.
broadcast-preview = 📣 Prévia: a próxima mensagem vai para todos os usuários. Destinatários agora: { $count }.
broadcast-send-button = ✅ Enviar
broadcast-cancel-button = ✖️ Cancelar
broadcast-stop-button = ✖️ Parar o envio
broadcast-cancelled = Transmissão cancelada: nada foi enviado.
broadcast-expired = Esta transmissão não está mais aguardando: envie /broadcast de novo.
broadcast-busy = Outra transmissão está sendo enviada: espere terminar ou pare-a.
broadcast-starting = Enviando…
broadcast-stopping = Parando…
broadcast-progress = { $bar } { $percent } % · { $done } / { $total } · bloquearam: { $blocked }
broadcast-done = 📣 Transmissão concluída. Enviadas: { $sent } de { $total }. Bloquearam o bot: { $blocked }. Falharam: { $failed }.
broadcast-stopped = 📣 Transmissão parada após { $done } de { $total }. Enviadas: { $sent }. Bloquearam o bot: { $blocked }. Falharam: { $failed }.
