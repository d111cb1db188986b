import assert from "node:assert/strict";
import {
  germanSubject,
  polishSubject,
  russianSubject,
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
      "оленей в лесу",
      "много котов",
      "акварелью кота",
      "лихача на мотоцикле",
      "кота Барсика",
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

Deno.test("an offline picture prompt in Russian or German describes its subject in the nominative, or keeps the request when unsure", () => {
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
    ] as const
  ) {
    const result = writeOfflinePrompt(rough, { category: "image" });
    assert.equal(result.kind, "prompt", rough);
    assert.match(result.kind === "prompt" ? result.prompt : "", start, rough);
  }
});
