# Konsol Promptsmith (`deno task chat`) — Bahasa Indonesia.

console-welcome = Promptsmith di terminal Anda. Ketik draf prompt, /perintah, atau nomor tombol. Ctrl-D untuk keluar.
console-mode-offline = LLM_API_KEYS belum diatur: penyempurna offline bawaan yang menjawab.
console-mode-ai = AI yang menjawab ({ $model }).
console-no-button = Tidak ada tombol { $number } di sini: pilih 1 sampai { $count }.
console-link = Tautan: { $url }
console-button-unsupported = Tombol ini tidak berfungsi di terminal.
console-file = 📎 { $name } ({ $size })
console-photo = 🖼 Gambar: { $name } ({ $size })
