# Rôles, modération, accès et confidentialité — français.

## Commands in Telegram's menu

command-privacy = Ce que je garde sur vous, et combien de temps
command-export = Recevoir tout ce que je garde sur vous dans un fichier
command-forget = Supprimer tout ce que je garde sur vous
command-ban = Bannir un utilisateur (modérateurs)
command-unban = Lever un bannissement (modérateurs)
command-whois = Rôle et situation d’un utilisateur (modérateurs)
command-role = Changer le rôle d’un utilisateur (admins)
command-audit = Le journal d’audit (admins)

## Role names

role-name-owner = propriétaire
role-name-admin = admin
role-name-moderator = modérateur
role-name-trusted = de confiance
role-name-user = utilisateur
role-name-banned = banni

## Access

access-banned = Vous ne pouvez pas utiliser ce bot.
access-not-allowed = Ce bot est privé : seules les personnes autorisées par son propriétaire peuvent l’utiliser.
access-pending = Merci ! Ce bot est privé, j’ai donc demandé à ses admins de vous laisser entrer. Je vous préviens ici dès qu’ils répondent.
access-denied = Votre demande d’accès à ce bot a été refusée.
access-request =
    🔔 { $name } demande à utiliser le bot.
    { $username } · id { $id }
access-no-username = pas de nom d’utilisateur
access-approve = ✓ Accepter
access-deny = ✕ Refuser
access-approved-card = ✓ Acceptée : l’utilisateur { $id } peut maintenant utiliser le bot.
access-denied-card = ✕ Refusée : l’utilisateur { $id } ne peut pas utiliser le bot.
access-answered-approved = Un autre admin a déjà accepté cette demande.
access-answered-denied = Un autre admin a déjà refusé cette demande.
access-unknown-request = Cette demande n’existe plus.
access-approved-user = ✓ C’est bon, vous avez accès ! Envoyez-moi une idée brute et j’en ferai un prompt solide. /help liste ce que je sais faire.
access-denied-user = Désolé, votre demande d’accès à ce bot a été refusée.

## /role, /ban, /unban

role-usage = Utilisation : /role <id de l’utilisateur, ou réponse à son message> <rôle>. Rôles : admin, moderator, trusted, user, banned.
ban-usage = Utilisation : /ban <id de l’utilisateur, ou réponse à son message> [motif]
unban-usage = Utilisation : /unban <id de l’utilisateur, ou réponse à son message>
whois-usage = Utilisation : /whois <id de l’utilisateur, ou réponse à son message>
moderation-not-a-user = Ce message vient d’un bot, pas d’une personne.
moderation-private-only = Utilisez { $command } dans une conversation privée avec moi : ce qu’il montre reste hors des groupes.
role-set = ✓ L’utilisateur { $user } est maintenant { $role }.
ban-done = { $cancelled ->
    [0] ✓ Utilisateur { $user } banni.
    [one] ✓ Utilisateur { $user } banni ; { $cancelled } prompt en attente a été annulé.
   *[other] ✓ Utilisateur { $user } banni ; { $cancelled } prompts en attente ont été annulés.
  }
unban-done = ✓ L’utilisateur { $user } peut de nouveau utiliser le bot, en tant que { $role }.
role-refused-rank = Vous ne pouvez agir que sur quelqu’un de rang inférieur au vôtre, et ne donner qu’un rôle inférieur au vôtre.
role-refused-owner-only = Seul un propriétaire peut nommer des admins.
role-refused-unchanged = L’utilisateur { $user } est déjà { $role }.
role-refused-not-banned = L’utilisateur { $user } n’est pas banni.

## /whois

whois-heading = 👤 Utilisateur { $id } · { $pseudonym }
whois-role = Rôle : { $role } ({ $source ->
    [owner_id] par OWNER_ID
    [admin_ids] par ADMIN_IDS
    [stored] défini dans la conversation
   *[default] par défaut
  })
whois-since = Depuis : { $when } UTC
whois-reason = Motif : { $reason }
whois-access = Accès : { $status ->
    [pending] en attente d’acceptation
    [approved] accepté
   *[denied] refusé
  }
whois-seen = Vu pour la première fois le { $first } UTC, pour la dernière fois le { $last } UTC
whois-never-seen = N’a encore envoyé aucun prompt.
whois-counts = Prompts améliorés : { $enhancements } · dans l’historique : { $history } · en attente : { $jobs }

## /audit

audit-heading = 📜 Journal d’audit, page { $page }, du plus récent au plus ancien (les personnes apparaissent sous pseudonyme) :
audit-empty = Le journal d’audit est vide.
audit-entry = { $when } UTC · { $action ->
    [role] { $actor } a changé { $target } : { $from } → { $to }
    [ban] { $actor } a banni { $target }
    [unban] { $actor } a débanni { $target }
    [approve] { $actor } a accepté { $target }
    [deny] { $actor } a refusé { $target }
    [broadcast] { $actor } a envoyé une diffusion à { $count } personnes
   *[forget] { $actor } a fait supprimer ses données ({ $count } enregistrements)
  }

## /privacy

privacy-heading = 🔒 Ce que je garde sur vous
privacy-stored = • Vos { $limit } derniers prompts avec leurs réponses (/history, avec le chat où chacune a été affichée), vos réglages (catégorie, langue) et le nombre de prompts que vous avez envoyés.
privacy-retention = { $days ->
    [0] • Votre historique reste jusqu’à ce que vous le supprimiez (/clearhistory ou /forget).
   *[other] • Chaque prompt de votre historique est supprimé { $days } jours après son envoi, ou plus tôt avec /clearhistory ou /forget.
  }
privacy-transient = • Tant qu’un prompt attend sa réponse, il reste dans une file ; sous une réponse hors ligne, le bouton « Réessayer avec l’IA » garde votre demande 24 heures. Les compteurs de limites durent une minute ou une journée.
privacy-who = • Qui peut le voir : vous, et la personne qui gère la base de données du bot. Les admins et modérateurs voient votre rôle et vos compteurs (/whois), jamais vos prompts. Le journal de modération montre des pseudonymes, jamais de noms ni de messages, et est conservé un an.
privacy-encryption = { $encrypted ->
    [yes] • Vos prompts et réponses sont chiffrés dans la base de données.
   *[no] • Vos prompts et réponses sont stockés sans chiffrement dans la base de données.
  }
privacy-logs = • Les journaux ne contiennent jamais vos messages ; votre id n’y apparaît que sous forme de pseudonyme.
privacy-commands = /export vous envoie tout cela dans un fichier ; /forget supprime tout cela.

## /export and /forget

export-caption = Tout ce que je garde sur vous, au { $when } UTC.
forget-confirm = Supprimer tout ce que je garde sur vous : historique, réglages, prompts en attente et compteurs ? C’est irréversible. Un rôle ou un bannissement décidé par les modérateurs reste.
forget-yes = 🗑 Tout supprimer
forget-no = Garder
forget-kept = Rien n’a été supprimé.
forget-done = { $count ->
    [0] C’est fait : il n’y avait rien à supprimer.
    [one] C’est fait : { $count } enregistrement supprimé. Seule une note de votre demande, sous pseudonyme, reste dans le journal d’audit.
   *[other] C’est fait : { $count } enregistrements supprimés. Seule une note de votre demande, sous pseudonyme, reste dans le journal d’audit.
  }
privacy-cooldown = { $seconds ->
    [one] Vous pourrez utiliser { $command } de nouveau dans une seconde.
   *[other] Vous pourrez utiliser { $command } de nouveau dans { $seconds } secondes.
  }
