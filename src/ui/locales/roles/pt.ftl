# Papéis, moderação, acesso e privacidade — português.

## Commands in Telegram's menu

command-privacy = O que eu guardo sobre você, e por quanto tempo
command-export = Receba num arquivo tudo o que guardo sobre você
command-forget = Apague tudo o que guardo sobre você
command-ban = Bloquear um usuário (moderadores)
command-unban = Remover um bloqueio (moderadores)
command-whois = Papel e situação de um usuário (moderadores)
command-role = Mudar o papel de um usuário (administradores)
command-audit = O registro de auditoria (administradores)

## Role names

role-name-owner = dono
role-name-admin = administrador
role-name-moderator = moderador
role-name-trusted = de confiança
role-name-user = usuário
role-name-banned = bloqueado

## Access

access-banned = Você não pode usar este bot.
access-not-allowed = Este bot é privado: só pode ser usado por quem o dono autorizou.
access-pending = Obrigado! Este bot é privado, então pedi aos administradores que liberem seu acesso. Aviso aqui assim que responderem.
access-denied = Seu pedido para usar este bot foi recusado.
access-request =
    🔔 { $name } pede para usar o bot.
    { $username } · id { $id }
access-no-username = sem nome de usuário
access-approve = ✓ Aprovar
access-deny = ✕ Recusar
access-approved-card = ✓ Aprovado: o usuário { $id } já pode usar o bot.
access-denied-card = ✕ Recusado: o usuário { $id } não pode usar o bot.
access-answered-approved = Outro administrador já aprovou este pedido.
access-answered-denied = Outro administrador já recusou este pedido.
access-unknown-request = Este pedido não existe mais.
access-approved-user = ✓ Acesso liberado! Mande uma ideia bruta e eu a transformo num prompt forte. /help mostra o que sei fazer.
access-denied-user = Desculpe, seu pedido para usar este bot foi recusado.

## /role, /ban, /unban

role-usage = Uso: /role <id do usuário, ou responda à mensagem dele> <papel>. Papéis: admin, moderator, trusted, user, banned.
ban-usage = Uso: /ban <id do usuário, ou responda à mensagem dele> [motivo]
unban-usage = Uso: /unban <id do usuário, ou responda à mensagem dele>
whois-usage = Uso: /whois <id do usuário, ou responda à mensagem dele>
moderation-not-a-user = Essa mensagem é de um bot, não de uma pessoa.
moderation-private-only = Use { $command } num chat privado comigo: o que ele mostra fica fora dos grupos.
role-set = ✓ O usuário { $user } agora é { $role }.
ban-done = { $cancelled ->
    [0] ✓ Usuário { $user } bloqueado.
    [one] ✓ Usuário { $user } bloqueado; seu prompt na fila foi cancelado.
   *[other] ✓ Usuário { $user } bloqueado; seus { $cancelled } prompts na fila foram cancelados.
  }
unban-done = ✓ O usuário { $user } pode usar o bot de novo, como { $role }.
role-refused-rank = Você só pode agir sobre alguém de posição inferior à sua e dar só papéis abaixo do seu.
role-refused-owner-only = Só um dono pode nomear administradores.
role-refused-unchanged = O usuário { $user } já é { $role }.
role-refused-not-banned = O usuário { $user } não está bloqueado.

## /whois

whois-heading = 👤 Usuário { $id } · { $pseudonym }
whois-role = Papel: { $role } ({ $source ->
    [owner_id] por OWNER_ID
    [admin_ids] por ADMIN_IDS
    [stored] definido no chat
   *[default] padrão
  })
whois-since = Desde: { $when } UTC
whois-reason = Motivo: { $reason }
whois-access = Acesso: { $status ->
    [pending] aguardando aprovação
    [approved] aprovado
   *[denied] recusado
  }
whois-seen = Visto pela primeira vez em { $first } UTC, pela última em { $last } UTC
whois-never-seen = Ainda não enviou nenhum prompt.
whois-counts = Prompts melhorados: { $enhancements } · no histórico: { $history } · na fila agora: { $jobs }

## /audit

audit-heading = 📜 Registro de auditoria, página { $page }, mais recentes primeiro (as pessoas aparecem com pseudônimo):
audit-empty = O registro de auditoria está vazio.
audit-entry = { $when } UTC · { $action ->
    [role] { $actor } mudou { $target }: { $from } → { $to }
    [ban] { $actor } bloqueou { $target }
    [unban] { $actor } desbloqueou { $target }
    [approve] { $actor } aprovou { $target }
    [deny] { $actor } recusou { $target }
    [broadcast] { $actor } enviou uma mensagem em massa para { $count } pessoas
   *[forget] { $actor } apagou seus dados ({ $count } registros)
  }

## /privacy

privacy-heading = 🔒 O que eu guardo sobre você
privacy-stored = • Seus últimos { $limit } prompts com as respostas (/history, com o chat em que cada uma foi mostrada), suas configurações (categoria, idioma) e quantos prompts você enviou.
privacy-retention = { $days ->
    [0] • Seu histórico fica até você apagá-lo (/clearhistory ou /forget).
   *[other] • Cada prompt do seu histórico é apagado { $days } dias depois de enviado, ou antes com /clearhistory ou /forget.
  }
privacy-transient = • Enquanto um prompt espera a resposta, ele fica numa fila; sob uma resposta offline, o botão “Tentar de novo com IA” guarda seu pedido por 24 horas. Os contadores de limite duram um minuto ou um dia.
privacy-who = • Quem pode ver: você e quem administra o banco de dados do bot. Administradores e moderadores veem seu papel e seus contadores (/whois), nunca seus prompts. O registro de moderação mostra pseudônimos, nunca nomes ou mensagens, e é guardado por um ano.
privacy-encryption = { $encrypted ->
    [yes] • Seus prompts e respostas ficam criptografados no banco de dados.
   *[no] • Seus prompts e respostas ficam no banco de dados sem criptografia.
  }
privacy-logs = • Os logs nunca contêm suas mensagens; seu id só aparece lá como pseudônimo.
privacy-commands = /export envia tudo isso para você num arquivo; /forget apaga tudo isso.

## /export and /forget

export-caption = Tudo o que guardo sobre você, em { $when } UTC.
forget-confirm = Apagar tudo o que guardo sobre você: histórico, configurações, prompts na fila e contadores? Isso não pode ser desfeito. Um papel ou bloqueio definido pelos moderadores continua.
forget-yes = 🗑 Apagar tudo
forget-no = Manter
forget-kept = Nada foi apagado.
forget-done = { $count ->
    [0] Pronto: não havia nada para apagar.
    [one] Pronto: { $count } registro apagado. Só fica no registro de auditoria uma nota do seu pedido, com pseudônimo.
   *[other] Pronto: { $count } registros apagados. Só fica no registro de auditoria uma nota do seu pedido, com pseudônimo.
  }
privacy-cooldown = { $seconds ->
    [one] Você poderá usar { $command } de novo em um segundo.
   *[other] Você poderá usar { $command } de novo em { $seconds } segundos.
  }
