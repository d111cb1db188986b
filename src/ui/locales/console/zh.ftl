# Promptsmith 控制台（`deno task chat`）— 中文。

console-welcome = 终端里的 Promptsmith。输入粗略的提示词、/命令或按钮的编号。按 Ctrl-D 退出。
console-mode-offline = 未设置 LLM_API_KEYS：由内置的离线优化器回答。
console-mode-ai = 由 AI 回答（{ $model }）。
console-no-button = 这里没有按钮 { $number }：请选择 1 到 { $count }。
console-link = 链接：{ $url }
console-button-unsupported = 这个按钮在终端里不起作用。
console-file = 📎 { $name }（{ $size }）
console-photo = 🖼 图片：{ $name }（{ $size }）
