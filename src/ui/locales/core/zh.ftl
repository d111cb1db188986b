# Promptsmith — Chinese, Simplified (简体中文). Same message ids and
# placeholders as en.ftl (tests/ui/locales_test.ts). Chinese has a single
# plural category (other); a [1] variant only rewords the case of exactly one.
# Full-width punctuation; a space only around Latin words and commands.

## Commands in Telegram's menu

command-start = 了解 Promptsmith 能做什么
command-help = 如何使用本机器人
command-enhance = 优化粗略的提示词（可在群组中使用）
command-category = 选择我写的提示词类型
command-language = 选择我使用的语言
command-history = 你最近的提示词
command-clearhistory = 删除你的提示词历史
command-keys = AI 密钥状态（管理员）

## /start and /help

start-greeting = 你好，{ $name }！我是 Promptsmith ✨
start-greeting-anonymous = 你好！我是 Promptsmith ✨
start-body =
    给我发一个粗略的想法——一句话就够——我会把它变成一条有力、结构清晰的提示词，可用于 ChatGPT、Claude、Gemini 或图像模型。

    试试：“一家由猫经营的咖啡店的标志”或“按日期重命名照片的 Python 脚本”。

    发送 /help 查看我能做的一切。
help-title = 如何使用 Promptsmith：
help-send = ✍️ 想法可以这样发给我：
help-send-text = • 💬 文字消息，最多{ $max }个字符
help-send-voice = • 🎙 语音消息、音频文件或视频消息：我会先把它转成文字
help-send-photo = • 🖼 照片或相册：说明文字就是你的想法；没有说明时，我会写一条能重现这张图的提示词
help-send-file = • 📄 文本文件（.txt、.md）

help-shape = ✨ 然后打磨回答：
help-shape-buttons = • 回答下方的按钮：✂️ 更短、➕ 更详细、🔁 换一版、🎯 目标模型…等
help-shape-reply = • 回复这条回答并写上修改要求（“更正式一些”“加两个例子”），我就会修改它
help-shape-type = • 在与我的私聊中，也可以在回答之后直接写下修改；/enhance <想法> 总是开始一个新的提示词
help-shape-settings = • /settings：类别、目标模型、长度、先提问、语言

help-elsewhere = 👥 在其他聊天中：
help-groups = • 在群组中：使用 /enhance <你的想法>、回复我的消息，或 @ 提及我
help-inline = • 在任意聊天中：输入 @{ $bot } 和你的想法，然后点一条提示词即可发送

help-commands = 📋 命令：

help-categories = 我支持的类别：{ $categories }。使用 /category 选择我为你写提示词时用的类别。
help-history = 我会保存你最近的{ $limit }条提示词：/history 和 /clearhistory 可在私聊中使用。

## Enhancing

enhance-usage =
    发送 /enhance，后面接上你的想法，例如：
    /enhance 爵士之夜的海报
enhance-busy = ⏳ 我还在处理你的上一条提示词。我一次只处理一条——等那条的回复到了，再重新发送这一条。
enhance-queued = { $ahead ->
    [1] ⏳ 已排队：我写完当前这条提示词后马上处理这一条。
   *[other] ⏳ 已排队：前面还有{ $ahead }条提示词，我会按顺序回复。
  }
enhance-queue-full = { $max ->
    [1] ⏳ 我正在写的提示词后面已经有一条在等待。等我回复它之后，请再发送这一条。
   *[other] ⏳ 我正在写的提示词后面已经有{ $max }条在等待。等我回复其中一条之后，请再发送这一条。
  }
prompt-empty = 你的提示词是空的。发一个你想要什么的粗略想法，例如：“给热爱徒步的姐姐写一首生日诗”。
prompt-too-long = 你的提示词有{ $length }个字符，上限是{ $max }个。请缩短后重新发送。
prompt-no-words = 你的消息里没有我能处理的文字。发一个你想要什么的粗略想法，例如：“给热爱徒步的姐姐写一首生日诗”。
prompt-only-links = 我打不开链接。说说你想用它做什么，例如：“把这篇文章总结成一期简报：<链接>”。
rejected-too-long = 你的提示词对 AI 模型来说太长了。请缩短后重新发送。
rejected-content-policy = AI 服务商根据其内容政策拒绝了这条提示词。请换个说法再试一次。
rejected-unknown-model = 本机器人配置使用的 AI 模型不可用。请告知机器人管理员。
rejected-invalid-request = AI 服务商拒绝了这个请求。请尝试换个说法或缩短提示词；如果问题持续出现，请告知机器人管理员。
job-gave-up = 抱歉，我没能完成你的上一条提示词。请重新发送。

answer-cut-caption = { $parts ->
    [1] ✂️ 回答太长，聊天里放不下，所以上面的消息只显示了第一部分。完整内容在这里。
   *[other] ✂️ 回答太长，聊天里放不下，所以上面的消息只显示了前{ $parts }部分。完整内容在这里。
  }

## "Try again with AI"

retry-button = 🔁 用 AI 重试
retry-not-yours = 只有发送这条提示词的人才能重试。
retry-expired = 这个按钮已过期。请重新发送你的提示词。
retry-wait = 请稍等片刻再重试。
retry-started = 正在用 AI 重试…

retry-ai-unavailable-soon = AI 暂时不可用，大约{ $wait }后可以再次尝试。AI 恢复后（{ $within }内），我会自动重试这条提示词，并在这里回复你。
retry-ai-unavailable-parked = AI 暂时不可用，要等密钥检查成功后才能再次尝试（每{ $interval }检查一次）。AI 恢复后（{ $within }内），我会自动重试这条提示词，并在这里回复你。

## Limits

limit-burst = 你发送提示词太快了：上限是每分钟{ $max }条。请在{ $wait }后重试。
limit-daily = 你已达到每日{ $max }条提示词的上限。额度将在{ $wait }后（UTC 时间 00:00）重置。
limit-global = Promptsmith 目前已达到所有用户每分钟共{ $max }条提示词的上限。请在{ $wait }后重试。

limit-share = 现在有很多人在发送提示词，Promptsmith 会公平分配每分钟{ $max }条的额度，而你这一分钟的份额已经用完了。请在{ $wait }后重试。

## /history

history-private-only = 请在与我的私聊中使用 /history，这样你的提示词会保持私密。
history-empty = 还没有提示词。给我发一个粗略的想法，它就会出现在这里。
history-heading = { $total ->
    [1] 🕘 你最近的提示词，第{ $page }页，共{ $pages }页：
   *[other] 🕘 你最近的提示词（共{ $total }条，最新的在前），第{ $page }页，共{ $pages }页：
  }
history-item-summary =
    { $n }. { $when } UTC · { $category } · { $source ->
        [ai] AI
       *[offline] 离线
    }
    “{ $prompt }”
    → { $result }
history-tap-hint = 点击数字即可查看完整提示词。
history-newer = ‹ 较新
history-older = 较早 ›
history-item-gone = 这条提示词已不在你的历史记录中。
history-item-truncated = （保存的结果过长，已被截短。）
history-already-empty = 你的历史记录已经是空的。
history-clear-confirm = { $count ->
    [1] 要删除你历史记录中唯一的一条提示词吗？此操作无法撤销。
   *[other] 要删除你历史记录中的全部{ $count }条提示词吗？此操作无法撤销。
  }
history-clear-yes = { $count ->
    [1] 🗑 删除
   *[other] 🗑 全部删除
  }
history-clear-no = 保留
history-kept = 已保留你的历史记录。
history-cleared = 已从你的历史记录中删除{ $count }条提示词。

## /category

category-private-only = 请在与我的私聊中使用 /category，你的设置只属于你自己。
category-current =
    你的类别：{ $emoji } { $title }——{ $description }。

    它决定了我为你写的提示词。点击一个类别即可更改：
category-saved =
    ✓ 已保存。你的提示词现在使用 { $emoji } { $title }——{ $description }。

    点击其他类别可再次更改：
category-saved-toast = 已保存：{ $emoji } { $title }
category-unknown = 我不认识“{ $name }”这个类别。请从以下类别中选择：
category-unknown-example = 例如：/category coding。也可以发送 /category，然后点击选择。
category-expired = 这个按钮已过期。请发送 /category 重新选择。

category-general-title = 通用
category-general-description = 适用于 ChatGPT、Claude、Gemini 等的任何问题或任务
category-coding-title = 编程
category-coding-description = 编写、审查、调试或解释代码
category-writing-title = 写作
category-writing-description = 文章、帖子、故事、诗歌和编辑润色
category-image-title = 图像
category-image-description = 用于 Midjourney、DALL·E、Stable Diffusion、Flux 的提示词
category-research-title = 调研
category-research-description = 需要调查、比较、总结或核实事实的问题
category-business-title = 商业与营销
category-business-description = 营销文案、策略、计划和推介
category-video-title = 视频
category-video-description = 适用于 Sora、Veo、Kling、Runway 的短片：镜头、运镜、时长
category-system_prompt-title = 系统提示词
category-system_prompt-description = 给助手、自定义 GPT 或智能体的指令
category-data-title = 数据 / SQL
category-data-description = SQL 查询、电子表格和数据分析
category-email-title = 邮件和消息
category-email-description = 邮件、信函、回复和聊天消息
category-learning-title = 学习 / 讲解
category-learning-description = 讲解、课程、学习计划和小测验
category-auto-title = 自动
category-auto-description = 我根据你写的内容选择提示词类型

## /language

language-current = 你的语言：{ $language }。点击一种语言即可更改：
language-unknown = 我不认识“{ $name }”这种语言。请发送语言代码（例如 /language de），或点击下方的一种语言。
language-saved = ✓ 从现在起，我将使用{ $language }。
language-auto = 🌐 自动（跟随 Telegram）
language-saved-auto = ✓ 我会重新跟随你的 Telegram 语言：{ $language }。
language-private-only = 请在与我的私聊中使用 /language。
language-expired = 这个按钮已过期。请发送 /language 重新选择。

## /keys (admins)

keys-private-only = 请在与我的私聊中使用 /keys：密钥详情不会出现在群组里。
keys-none = 未配置任何 LLM 密钥：提示词将以离线方式优化。
keys-heading = LLM 密钥：{ $count }个，其中{ $inService }个在用
keys-line =
    { $hint }（{ $provider }）：{ $state }
    最近错误：{ $lastError } · 成功率：{ $success } · 中位耗时：{ $median }
keys-no-error = 无
keys-no-attempts = 尚无尝试
keys-success-rate = { $percent }%（共{ $attempts }次）
keys-state-parked = 已暂停，待健康检查成功后恢复
keys-state-in-service = 在用
keys-state-cooling = 冷却中，还剩{ $left }
keys-state-open-waiting = 已熔断，{ $left }后再次测试
keys-state-open-next = 已熔断，下一个请求将进行测试
keys-state-half-open = 半开状态，正在测试

## Anything else

unknown-command = 我不认识这个命令。发送 /help 查看我能做什么。
text-only = 请用文字消息把你的想法发给我，我会把它变成一条有力的提示词。
button-expired = 这个按钮已过期。请重新发送你的请求。
error-enhance = 抱歉，这条没能完成。请稍后重新发送。
error-generic = 抱歉，我这边出了点问题。请再试一次。
