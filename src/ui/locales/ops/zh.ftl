## 运营：/stats 和 /broadcast（仅限管理员）

command-stats = 带图表的使用统计
command-broadcast = 向所有用户发送消息

stats-private-only = 请在私聊中向我发送 /stats。
stats-title = 📊 最近 { $days } 天的统计
stats-prompts = 提示词：{ $total }（AI：{ $ai }，离线：{ $offline }）
stats-today = 今天 — 提示词：{ $prompts }，用户：{ $users }
stats-answer-time = 回答用时：中位数 { $p50 }，95% 在 { $p95 } 以内
stats-answer-time-none = 回答用时：暂无可统计的数据
stats-active = 每日活跃用户：平均 { $average }，最多 { $max }
stats-top-categories = 最常用的类别：{ $list }
stats-top-targets = 最常用的模型：{ $list }
stats-chart-failed = 这次未能画出图表；上面的数字是完整的。

stats-chart-title = Promptsmith · 最近 { $days } 天
stats-chart-prompts = 每日提示词
stats-chart-ai = AI
stats-chart-offline = 离线
stats-chart-answer-time = 回答用时（秒）
stats-chart-median = 中位数
stats-chart-p95 = 第 95 百分位
stats-chart-active = 每日活跃用户
stats-chart-categories = 最常用的类别
stats-chart-targets = 最常用的模型

broadcast-private-only = 请在私聊中向我发送 /broadcast。
broadcast-usage = 请在命令后写上消息，例如：/broadcast 大家好！
broadcast-too-long = 消息太长：{ $length } 个字符，最多 { $max } 个。
broadcast-preview = 📣 预览：下一条消息将发给所有用户。当前收件人：{ $count }。
broadcast-send-button = ✅ 发送
broadcast-cancel-button = ✖️ 取消
broadcast-stop-button = ✖️ 停止发送
broadcast-cancelled = 群发已取消：什么都没有发送。
broadcast-expired = 这次群发已不在等待中：请重新发送 /broadcast。
broadcast-busy = 另一场群发正在进行：请等它结束，或先停止它。
broadcast-starting = 正在发送…
broadcast-stopping = 正在停止…
broadcast-progress = { $bar } { $percent } % · { $done } / { $total } · 已屏蔽：{ $blocked }
broadcast-done = 📣 群发完成。已发送：{ $sent } / { $total }。屏蔽了机器人：{ $blocked }。失败：{ $failed }。
broadcast-stopped = 📣 群发在 { $done } / { $total } 后停止。已发送：{ $sent }。屏蔽了机器人：{ $blocked }。失败：{ $failed }。
