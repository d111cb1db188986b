# 角色、管理、访问与隐私 — 简体中文。

## Commands in Telegram's menu

command-privacy = 我保存了你的哪些数据、保存多久
command-export = 以文件形式获取我保存的关于你的一切
command-forget = 删除我保存的关于你的一切
command-ban = 封禁用户（版主）
command-unban = 解除封禁（版主）
command-whois = 用户的角色与状态（版主）
command-role = 更改用户角色（管理员）
command-audit = 审计日志（管理员）

## Role names

role-name-owner = 所有者
role-name-admin = 管理员
role-name-moderator = 版主
role-name-trusted = 受信任用户
role-name-user = 普通用户
role-name-banned = 已封禁

## Access

access-banned = 你无法使用这个机器人。
access-not-allowed = 这是一个私人机器人：只有所有者允许的人才能使用。
access-pending = 谢谢！这是一个私人机器人，我已请管理员允许你使用。他们一回复，我就在这里告诉你。
access-denied = 你使用这个机器人的申请被拒绝了。
access-request =
    🔔 { $name } 申请使用机器人。
    { $username } · id { $id }
access-no-username = 无用户名
access-approve = ✓ 批准
access-deny = ✕ 拒绝
access-approved-card = ✓ 已批准：用户 { $id } 现在可以使用机器人了。
access-denied-card = ✕ 已拒绝：用户 { $id } 不能使用机器人。
access-answered-approved = 另一位管理员已批准了这个申请。
access-answered-denied = 另一位管理员已拒绝了这个申请。
access-unknown-request = 这个申请已不存在。
access-approved-user = ✓ 你可以使用了！把粗略的想法发给我，我会把它变成一条出色的提示词。/help 列出我能做的事。
access-denied-user = 抱歉，你使用这个机器人的申请被拒绝了。

## /role, /ban, /unban

role-usage = 用法：/role <用户 id，或回复其消息> <角色>。角色：admin、moderator、trusted、user、banned。
ban-usage = 用法：/ban <用户 id，或回复其消息> [原因]
unban-usage = 用法：/unban <用户 id，或回复其消息>
whois-usage = 用法：/whois <用户 id，或回复其消息>
moderation-not-a-user = 那条消息来自机器人，不是来自真人。
moderation-private-only = 请在与我的私聊中使用 { $command }：它显示的内容不应出现在群组里。
role-set = ✓ 用户 { $user } 现在是{ $role }。
ban-done = { $cancelled ->
    [0] ✓ 已封禁用户 { $user }。
   *[other] ✓ 已封禁用户 { $user }；其 { $cancelled } 条等待中的提示词已取消。
  }
unban-done = ✓ 用户 { $user } 可以再次使用机器人，角色为{ $role }。
role-refused-rank = 你只能处理级别低于你的人，也只能授予低于你自己的角色。
role-refused-owner-only = 只有所有者才能任命管理员。
role-refused-unchanged = 用户 { $user } 已经是{ $role }。
role-refused-not-banned = 用户 { $user } 没有被封禁。

## /whois

whois-heading = 👤 用户 { $id } · { $pseudonym }
whois-role = 角色：{ $role }（{ $source ->
    [owner_id] 来自 OWNER_ID
    [admin_ids] 来自 ADMIN_IDS
    [stored] 在聊天中设置
   *[default] 默认
  }）
whois-since = 自：{ $when } UTC
whois-reason = 原因：{ $reason }
whois-access = 访问：{ $status ->
    [pending] 等待批准
    [approved] 已批准
   *[denied] 已拒绝
  }
whois-seen = 首次出现 { $first } UTC，最近一次 { $last } UTC
whois-never-seen = 还没有发送过提示词。
whois-counts = 已优化的提示词：{ $enhancements } · 历史中：{ $history } · 正在等待：{ $jobs }

## /audit

audit-heading = 📜 审计日志，第 { $page } 页，最新的在前（人员以化名显示）：
audit-empty = 审计日志为空。
audit-entry = { $when } UTC · { $action ->
    [role] { $actor } 更改了 { $target }：{ $from } → { $to }
    [ban] { $actor } 封禁了 { $target }
    [unban] { $actor } 解封了 { $target }
    [approve] { $actor } 批准了 { $target }
    [deny] { $actor } 拒绝了 { $target }
    [broadcast] { $actor } 向 { $count } 人发送了群发消息
   *[forget] { $actor } 删除了自己的数据（{ $count } 条记录）
  }

## /privacy

privacy-heading = 🔒 我保存的关于你的数据
privacy-stored = • 你最近的 { $limit } 条提示词及其回答（/history，以及每条回答所在的聊天）、你的设置（类别、语言），以及你发送过多少条提示词。
privacy-retention = { $days ->
    [0] • 你的历史会一直保留，直到你删除它（/clearhistory 或 /forget）。
   *[other] • 历史中的每条提示词会在发送 { $days } 天后删除，也可以更早用 /clearhistory 或 /forget 删除。
  }
privacy-transient = • 提示词等待回答时会留在队列中；离线回答下方的“用 AI 重试”按钮会保存你的请求 24 小时。限额计数器保留一分钟或一天。
privacy-who = • 谁能看到：你本人，以及运营机器人数据库的人。管理员和版主能看到你的角色和计数（/whois），但永远看不到你的提示词。管理审计日志只显示化名，不显示姓名或消息，保存一年。
privacy-encryption = { $encrypted ->
    [yes] • 你的提示词和回答在数据库中是加密的。
   *[no] • 你的提示词和回答在数据库中未加密存储。
  }
privacy-logs = • 日志中从不包含你的消息；你的 id 在其中只以化名出现。
privacy-commands = /export 会把这些全部以文件发给你；/forget 会全部删除。

## /export and /forget

export-caption = 截至 { $when } UTC，我保存的关于你的一切。
forget-confirm = 要删除我保存的关于你的一切吗：历史、设置、等待中的提示词和计数器？此操作无法撤销。版主设置的角色或封禁会保留。
forget-yes = 🗑 全部删除
forget-no = 保留
forget-kept = 没有删除任何内容。
forget-done = { $count ->
    [0] 完成：没有需要删除的内容。
   *[other] 完成：已删除 { $count } 条记录。审计日志中只以化名保留一条你提出此请求的记录。
  }
privacy-cooldown = { $seconds } 秒后可以再次使用 { $command }。
