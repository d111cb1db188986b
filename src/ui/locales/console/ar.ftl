# وحدة تحكم Promptsmith (`deno task chat`) — العربية.

console-welcome = Promptsmith في الطرفية. اكتب مسودة موجّه، أو /أمرًا، أو رقم زر. للخروج اضغط Ctrl-D.
console-mode-offline = لم يُضبط LLM_API_KEYS: يجيب المحسِّن المدمج دون اتصال.
console-mode-ai = يجيب الذكاء الاصطناعي ({ $model }).
console-no-button = لا يوجد زر رقم { $number } هنا: اختر من 1 إلى { $count }.
console-link = الرابط: { $url }
console-button-unsupported = هذا الزر لا يفعل شيئًا في الطرفية.
console-file = 📎 { $name } ({ $size })
console-photo = 🖼 صورة: { $name } ({ $size })
