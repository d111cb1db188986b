import assert from "node:assert/strict";
import {
  germanSubject,
  polishSubject,
  russianSubject,
  ukrainianSubject,
} from "../../src/enhance/subject_case.ts";
import { writeOfflinePrompt } from "../../src/enhance/offline.ts";

Deno.test("russianSubject() puts what followed the request in the nominative", () => {
  for (
    const [rest, subject] of [
      ["лису в снегу", "лиса в снегу"],
      ["рыжую кошку на подоконнике", "рыжая кошка на подоконнике"],
      ["кота-астронавта на луне", "кот-астронавт на луне"],
      ["старого кота у камина", "старый кот у камина"],
      ["большого медведя в лесу", "большой медведь в лесу"],
      ["маленького дракона", "маленький дракон"],
      ["синего кита", "синий кит"],
      ["лису и зайца в лесу", "лиса и заяц в лесу"],
      ["мою собаку на пляже", "моя собака на пляже"],
      ["спящую кошку", "спящая кошка"],
      ["Москву ночью", "Москва ночью"],
      // Already the nominative: a masculine or neuter thing, a word that
      // does not decline, a feminine noun in -ь.
      ["дом у моря", "дом у моря"],
      ["старый маяк в шторм", "старый маяк в шторм"],
      ["кенгуру в пустыне", "кенгуру в пустыне"],
      ["лошадь в поле", "лошадь в поле"],
      ["горы и озеро", "горы и озеро"],
      // Pronouns, numerals, stressed endings.
      ["моего кота", "мой кот"],
      ["нашего пса", "наш пёс"],
      ["этого кота", "этот кот"],
      ["ту кошку", "та кошка"],
      ["одного кота", "один кот"],
      ["второго кота", "второй кот"],
      ["пожилого мужчину", "пожилой мужчина"],
      ["небольшого котёнка", "небольшой котёнок"],
      ["чужого кота", "чужой кот"],
      ["его собаку", "его собака"],
      // Only the subject: what follows its noun is its own.
      ["кошку внизу", "кошка внизу"],
      ["открытку другу", "открытка другу"],
      ["пейзаж акварелью", "пейзаж акварелью"],
      ["портрет короля", "портрет короля"],
      ["портрет старого рыцаря", "портрет старого рыцаря"],
      ["кота доброго волшебника", "кот доброго волшебника"],
      ["Баку ночью", "Баку ночью"],
      ["памятник Пушкину", "памятник Пушкину"],
      ["Анну Каренину", "Анна Каренина"],
      // Lists, participles, animate plurals.
      ["кошку, собаку и лису", "кошка, собака и лиса"],
      ["кошку и спящую собаку", "кошка и спящая собака"],
      ["рыжую кошку, спящую на диване", "рыжая кошка, спящая на диване"],
      ["девушку, читающую книгу", "девушка, читающая книгу"],
      ["собак", "собаки"],
      ["птиц на ветке", "птицы на ветке"],
      // Animate plurals of listed animates, their adjectives.
      ["котов на крыше", "коты на крыше"],
      ["рыжих котов", "рыжие коты"],
      ["волков в лесу", "волки в лесу"],
      ["героев", "герои"],
      ["оленей в лесу", "олени в лесу"],
      ["врачей в больнице", "врачи в больнице"],
      ["старых рыцарей", "старые рыцари"],
      ["спящих котят", "спящие котята"],
      ["медвежат", "медвежата"],
      ["людей на площади", "люди на площади"],
    ] as const
  ) {
    assert.equal(russianSubject(rest), subject, rest);
  }
});

Deno.test("russianSubject() gives up where the endings could be read two ways", () => {
  for (
    const rest of [
      "двух котов",
      "облака над морем", // clouds, or a masculine animate not listed
      "Гарри Поттера",
      "остров в океане", // an island, or a plural of an animate not listed
      "лебедят и пеликанов", // a plural of an animate not listed
      "много котов",
      "акварелью кота",
      "лихача на мотоцикле",
      "кота Барсика",
      "роботов-убийц", // half a compound changes, half stays in its case
    ]
  ) {
    assert.equal(russianSubject(rest), undefined, rest);
  }
});

Deno.test("polishSubject() puts what followed 'narysuj' in the nominative, or gives up", () => {
  for (
    const [rest, subject] of [
      ["kota na dachu", "kot na dachu"],
      ["rudą krowę na łące", "ruda krowa na łące"],
      ["małego smoka", "mały smok"],
      ["wielkiego niedźwiedzia w lesie", "wielki niedźwiedź w lesie"],
      ["moją kotkę", "moja kotka"],
      ["kobietę z parasolem", "kobieta z parasolem"],
      ["psa i kota", "pies i kot"],
      ["dom nad jeziorem", "dom nad jeziorem"],
      ["dach pod śniegiem", "dach pod śniegiem"],
      // Nominatives in -ę, -i; a participle after the noun agrees with it.
      ["imię", "imię"],
      ["zwierzę", "zwierzę"],
      ["panią", "pani"],
      ["boginię", "bogini"],
      ["jakąś krowę", "jakaś krowa"],
      ["kotkę siedzącą na płocie", "kotka siedząca na płocie"],
      ["kota śpiącego na dachu", "kot śpiący na dachu"],
      ["proszę kota", "kot"],
    ] as const
  ) {
    assert.equal(polishSubject(rest), subject, rest);
  }
  for (
    const rest of [
      "dwóch chłopców",
      "Filemona",
      "okna",
      "kota Filemona",
      "ją na plaży",
      "mi kota",
      "ładnie kota",
      "oczy kota",
      "pannę młodą",
      "kotkę Lunę",
      "Marię Curie-Skłodowską",
      "akwarelą krowę",
      "ludzi",
      "rycerzy",
      "szybko krowę",
      "biało-czarną krowę",
    ]
  ) {
    assert.equal(polishSubject(rest), undefined, rest);
  }
});

Deno.test("ukrainianSubject() puts what followed 'намалюй' in the nominative, or gives up", () => {
  for (
    const [rest, subject] of [
      ["лисицю в снігу", "лисиця в снігу"],
      // A feminine adjective and its noun share their ending.
      ["руду кішку на даху", "руда кішка на даху"],
      ["велику червону троянду", "велика червона троянда"],
      ["чорно-білу кішку", "чорно-біла кішка"],
      ["сплячу кішку на дивані", "спляча кішка на дивані"],
      ["кішку Мурку", "кішка Мурка"],
      ["сім'ю на пікніку", "сім'я на пікніку"],
      // Masculine animates, their adjectives, determiners.
      ["старого кота біля каміна", "старий кіт біля каміна"],
      ["синього кита", "синій кит"],
      ["святого Миколая", "святий Миколай"],
      ["мою бабусю", "моя бабуся"],
      ["нашу хату", "наша хата"],
      ["кота в чоботях", "кіт в чоботях"],
      // Lists, clauses, what follows the noun.
      ["кішку, собаку і лисицю", "кішка, собака і лисиця"],
      ["собаку та кішку", "собака та кішка"],
      ["дівчину, що читає книгу", "дівчина, що читає книгу"],
      [
        "маленьку дівчинку з повітряною кулькою",
        "маленька дівчинка з повітряною кулькою",
      ],
      ["портрет короля", "портрет короля"],
      ["кішку аквареллю", "кішка аквареллю"],
      // Already the nominative.
      ["будинок біля моря", "будинок біля моря"],
      ["квіти у вазі", "квіти у вазі"],
      ["кошеня на подушці", "кошеня на подушці"],
      ["весілля в горах", "весілля в горах"],
      ["кенгуру в пустелі", "кенгуру в пустелі"],
      ["ніч над містом", "ніч над містом"],
      ["Київ вночі", "Київ вночі"],
      // A noun and a masculine genitive in -у after it: only the noun.
      ["тарілку борщу", "тарілка борщу"],
      ["склянку соку", "склянка соку"],
      ["мапу світу", "мапа світу"],
      ["фотографію лісу", "фотографія лісу"],
      ["книгу жаху", "книга жаху"],
      ["дорогу додому", "дорога додому"],
      ["довгу дорогу", "довга дорога"],
      ["синю машину", "синя машина"],
      ["собак", "собаки"],
    ] as const
  ) {
    assert.equal(ukrainianSubject(rest), subject, rest);
  }
  for (
    const rest of [
      "двох котів",
      "людей на площі",
      "аквареллю кішку",
      "мене на пляжі",
      "лелеку та журавля", // a masculine animate not listed
    ]
  ) {
    assert.equal(ukrainianSubject(rest), undefined, rest);
  }
});

Deno.test("germanSubject() turns 'einen …' into the nominative", () => {
  assert.equal(
    germanSubject("einen roten Fuchs im Schnee"),
    "ein roter Fuchs im Schnee",
  );
  assert.equal(
    germanSubject("einen kleinen grünen Drachen"),
    "ein kleiner grüner Drache",
  );
  assert.equal(germanSubject("einen Löwen"), "ein Löwe");
  assert.equal(germanSubject("einen Hund am Strand"), "ein Hund am Strand");
  assert.equal(germanSubject("eine Katze"), "eine Katze");
  assert.equal(
    germanSubject("einen Fuchs und einen Hasen"),
    "ein Fuchs und ein Hase",
  );
  assert.equal(germanSubject("einen Leoparden im Baum"), "ein Leopard im Baum");
  assert.equal(germanSubject("einen Biologen"), "ein Biologe");
  assert.equal(germanSubject("einen Braten"), "ein Braten");
});

Deno.test("an offline picture prompt in Russian, German, Polish or Ukrainian describes its subject in the nominative, or keeps the request when unsure", () => {
  for (
    const [rough, start] of [
      ["нарисуй лису в снегу", /^Лиса в снегу\./],
      ["нарисуй мне маленького дракона", /^Маленький дракон\./],
      ["сгенерируй картинку с лисой в снегу", /^Картинка с лисой в снегу\./],
      ["нарисуй картинку про лису", /^Лиса\./],
      ["нарисуй картинку кота", /^Картинка кота\./],
      ["сгенерируй картинку: старый маяк в шторм", /^Старый маяк в шторм\./],
      ["нарисуй картинку, где лиса бежит по снегу", /^Лиса бежит по снегу\./],
      ["нарисуй двух котов на крыше", /^Нарисуй двух котов на крыше\./],
      ["zeichne einen roten Fuchs im Schnee", /^Ein roter Fuchs im Schnee\./],
      ["narysuj rudą krowę na łące", /^Ruda krowa na łące\./],
      ["narysuj obrazek z kotem", /^Obrazek z kotem\./],
      ["narysuj dwóch chłopców", /^Narysuj dwóch chłopców\./],
      [
        "stwórz ilustrację przedstawiającą kota",
        /^Ilustracja przedstawiająca kota\./,
      ],
      ["narysuj obrazek: kota", /^Kot\./],
      ["нарисуй кошку спящую на диване", /^Кошка спящая на диване\./],
      ["нарисуй, пожалуйста, кота", /^Кот\./],
      ["zeichne mir einen kleinen Drachen", /^Ein kleiner Drache\./],
      ["намалюй руду кішку на даху", /^Руда кішка на даху\./],
      ["намалюй мені старого кота біля каміна", /^Старий кіт біля каміна\./],
      ["створи зображення кота в капелюсі", /^Зображення кота в капелюсі\./],
      ["намалюй картинку з котом", /^Картинка з котом\./],
      ["намалюй картинку про лисицю", /^Лисиця\./],
      ["намалюй, будь ласка, лисицю в снігу", /^Лисиця в снігу\./],
      ["намалюй двох котів на даху", /^Намалюй двох котів на даху\./],
      [
        "намалюй картинку, де лисиця біжить по снігу",
        /^Лисиця біжить по снігу\./,
      ],
    ] as const
  ) {
    const result = writeOfflinePrompt(rough, { category: "image" });
    assert.equal(result.kind, "prompt", rough);
    assert.match(result.kind === "prompt" ? result.prompt : "", start, rough);
  }
});
