# Console Promptsmith (`deno task chat`) — français.

console-welcome = Promptsmith dans votre terminal. Tapez un brouillon de prompt, une /commande ou le numéro d’un bouton. Ctrl-D pour quitter.
console-mode-offline = LLM_API_KEYS n’est pas défini : c’est l’améliorateur hors ligne intégré qui répond.
console-mode-ai = C’est l’IA qui répond ({ $model }).
console-no-button = Il n’y a pas de bouton { $number } ici : choisissez de 1 à { $count }.
console-link = Lien : { $url }
console-button-unsupported = Ce bouton ne fait rien dans un terminal.
console-file = 📎 { $name } ({ $size })
console-photo = 🖼 Image : { $name } ({ $size })
