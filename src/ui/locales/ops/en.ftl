## Operations: /stats and /broadcast (admins)

command-stats = Usage statistics with a chart
command-broadcast = Send a message to every user

stats-private-only = Send /stats in a private chat with me.
stats-title = 📊 Statistics, last { $days } days
stats-prompts = Prompts: { $total } (AI: { $ai }, offline: { $offline })
stats-today = Today — prompts: { $prompts }, users: { $users }
stats-answer-time = Answer time: median { $p50 }, 95 % within { $p95 }
stats-answer-time-none = Answer time: nothing timed yet
stats-active = Active users a day: { $average } on average, { $max } at most
stats-top-categories = Top categories: { $list }
stats-top-targets = Top targets: { $list }
stats-chart-failed = The chart could not be drawn this time; the numbers above are complete.

stats-chart-title = Promptsmith · last { $days } days
stats-chart-prompts = Prompts a day
stats-chart-ai = AI
stats-chart-offline = Offline
stats-chart-answer-time = Answer time, seconds
stats-chart-median = Median
stats-chart-p95 = 95th percentile
stats-chart-active = Active users a day
stats-chart-categories = Top categories
stats-chart-targets = Top targets

broadcast-private-only = Send /broadcast in a private chat with me.
broadcast-usage = Write the message after the command, for example: /broadcast Hello everyone!
broadcast-too-long = The message is too long: { $length } characters, at most { $max }.
broadcast-preview = 📣 Preview: the next message goes to every user. Recipients now: { $count }.
broadcast-send-button = ✅ Send
broadcast-cancel-button = ✖️ Cancel
broadcast-stop-button = ✖️ Stop sending
broadcast-cancelled = Broadcast cancelled: nothing was sent.
broadcast-expired = This broadcast is no longer waiting: send /broadcast again.
broadcast-busy = Another broadcast is being sent: wait until it ends or stop it.
broadcast-starting = Sending…
broadcast-stopping = Stopping…
broadcast-progress = { $bar } { $percent } % · { $done } / { $total } · blocked: { $blocked }
broadcast-done = 📣 Broadcast finished. Sent: { $sent } of { $total }. Blocked the bot: { $blocked }. Failed: { $failed }.
broadcast-stopped = 📣 Broadcast stopped after { $done } of { $total }. Sent: { $sent }. Blocked the bot: { $blocked }. Failed: { $failed }.
