## संचालन: /stats और /broadcast (केवल एडमिन)

command-stats = चार्ट के साथ उपयोग के आँकड़े
command-broadcast = सभी उपयोगकर्ताओं को संदेश भेजें

stats-private-only = /stats मुझे निजी चैट में भेजें।
stats-title = 📊 पिछले { $days } दिनों के आँकड़े
stats-prompts = प्रॉम्प्ट: { $total } (AI: { $ai }, ऑफ़लाइन: { $offline })
stats-today = आज — प्रॉम्प्ट: { $prompts }, उपयोगकर्ता: { $users }
stats-answer-time = जवाब का समय: माध्यिका { $p50 }, 95 % जवाब { $p95 } के भीतर
stats-answer-time-none = जवाब का समय: अभी तक कुछ मापा नहीं गया
stats-active = रोज़ के सक्रिय उपयोगकर्ता: औसतन { $average }, अधिकतम { $max }
stats-top-categories = सबसे ज़्यादा इस्तेमाल की गई श्रेणियाँ: { $list }
stats-top-targets = सबसे ज़्यादा चुने गए मॉडल: { $list }
stats-chart-failed = इस बार चार्ट नहीं बन सका; ऊपर के आँकड़े पूरे हैं।

stats-chart-title = Promptsmith · पिछले { $days } दिन
stats-chart-prompts = रोज़ के प्रॉम्प्ट
stats-chart-ai = AI
stats-chart-offline = ऑफ़लाइन
stats-chart-answer-time = जवाब का समय, सेकंड
stats-chart-median = माध्यिका
stats-chart-p95 = 95वाँ पर्सेंटाइल
stats-chart-active = रोज़ के सक्रिय उपयोगकर्ता
stats-chart-categories = सबसे ज़्यादा इस्तेमाल की गई श्रेणियाँ
stats-chart-targets = सबसे ज़्यादा चुने गए मॉडल

broadcast-private-only = /broadcast मुझे निजी चैट में भेजें।
broadcast-usage = कमांड के बाद संदेश लिखें, जैसे: /broadcast सभी को नमस्ते!
broadcast-too-long = संदेश बहुत लंबा है: { $length } अक्षर, ज़्यादा से ज़्यादा { $max }।
broadcast-preview = 📣 पूर्वावलोकन: अगला संदेश सभी उपयोगकर्ताओं को जाएगा। अभी प्राप्तकर्ता: { $count }।
broadcast-send-button = ✅ भेजें
broadcast-cancel-button = ✖️ रद्द करें
broadcast-stop-button = ✖️ भेजना रोकें
broadcast-cancelled = प्रसारण रद्द हुआ: कुछ नहीं भेजा गया।
broadcast-expired = यह प्रसारण अब इंतज़ार में नहीं है: /broadcast फिर से भेजें।
broadcast-busy = एक और प्रसारण भेजा जा रहा है: उसके ख़त्म होने का इंतज़ार करें या उसे रोकें।
broadcast-starting = भेजा जा रहा है…
broadcast-stopping = रोका जा रहा है…
broadcast-progress = { $bar } { $percent } % · { $done } / { $total } · ब्लॉक किया: { $blocked }
broadcast-done = 📣 प्रसारण पूरा हुआ। भेजे गए: { $total } में से { $sent }। बॉट को ब्लॉक किया: { $blocked }। विफल: { $failed }।
broadcast-stopped = 📣 प्रसारण { $total } में से { $done } के बाद रोका गया। भेजे गए: { $sent }। बॉट को ब्लॉक किया: { $blocked }। विफल: { $failed }।
