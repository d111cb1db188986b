# Promptsmith konsolu (`deno task chat`) — Türkçe.

console-welcome = Promptsmith terminalinde. Kaba bir istem, bir /komut ya da bir düğmenin numarasını yazın. Çıkmak için Ctrl-D.
console-mode-offline = LLM_API_KEYS ayarlı değil: yerleşik çevrimdışı iyileştirici yanıtlıyor.
console-mode-ai = Yapay zekâ yanıtlıyor ({ $model }).
console-no-button = Burada { $number } numaralı düğme yok: 1 ile { $count } arasında seçin.
console-link = Bağlantı: { $url }
console-button-unsupported = Bu düğme terminalde bir şey yapmaz.
console-file = 📎 { $name } ({ $size })
console-photo = 🖼 Görsel: { $name } ({ $size })
