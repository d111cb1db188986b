## Exploitation : /stats et /broadcast (administrateurs)

command-stats = Statistiques d’utilisation avec un graphique
command-broadcast = Envoyer un message à tous les utilisateurs

stats-private-only = Envoie-moi /stats dans une discussion privée.
stats-title = 📊 Statistiques des { $days } derniers jours
stats-prompts = Prompts : { $total } (IA : { $ai }, hors ligne : { $offline })
stats-today = Aujourd’hui — prompts : { $prompts }, utilisateurs : { $users }
stats-answer-time = Temps de réponse : médiane { $p50 }, 95 % en moins de { $p95 }
stats-answer-time-none = Temps de réponse : rien de mesuré pour l’instant
stats-active = Utilisateurs actifs par jour : { $average } en moyenne, { $max } au plus
stats-top-categories = Catégories les plus utilisées : { $list }
stats-top-targets = Modèles les plus visés : { $list }
stats-chart-failed = Le graphique n’a pas pu être dessiné cette fois ; les chiffres ci-dessus sont complets.

stats-chart-title = Promptsmith · { $days } derniers jours
stats-chart-prompts = Prompts par jour
stats-chart-ai = IA
stats-chart-offline = Hors ligne
stats-chart-answer-time = Temps de réponse, secondes
stats-chart-median = Médiane
stats-chart-p95 = 95e centile
stats-chart-active = Utilisateurs actifs par jour
stats-chart-categories = Catégories les plus utilisées
stats-chart-targets = Modèles les plus visés

broadcast-private-only = Envoie-moi /broadcast dans une discussion privée.
broadcast-usage = Écris le message après la commande, par exemple : /broadcast Bonjour à tous !
broadcast-too-long = Le message est trop long : { $length } caractères, { $max } au maximum.
broadcast-preview = 📣 Aperçu : le message suivant ira à tous les utilisateurs. Destinataires actuels : { $count }.
broadcast-send-button = ✅ Envoyer
broadcast-cancel-button = ✖️ Annuler
broadcast-stop-button = ✖️ Arrêter l’envoi
broadcast-cancelled = Diffusion annulée : rien n’a été envoyé.
broadcast-expired = Cette diffusion n’est plus en attente : envoie /broadcast à nouveau.
broadcast-busy = Une autre diffusion est en cours : attends qu’elle se termine ou arrête-la.
broadcast-starting = Envoi…
broadcast-stopping = Arrêt…
broadcast-progress = { $bar } { $percent } % · { $done } / { $total } · bloqué : { $blocked }
broadcast-done = 📣 Diffusion terminée. Envoyés : { $sent } sur { $total }. Ont bloqué le bot : { $blocked }. Échecs : { $failed }.
broadcast-stopped = 📣 Diffusion arrêtée après { $done } sur { $total }. Envoyés : { $sent }. Ont bloqué le bot : { $blocked }. Échecs : { $failed }.
