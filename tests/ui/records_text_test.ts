import assert from "node:assert/strict";
import type { RecordsStatus } from "../../src/storage/record_walker.ts";
import { createI18n } from "../../src/ui/i18n.ts";
import { LOCALE_NAMES, type LocaleCode } from "../../src/ui/locales.ts";
import { recordsText } from "../../src/ui/records_text.ts";

const i18n = createI18n();
const en = i18n.translator("en");

function status(overrides: Partial<RecordsStatus> = {}): RecordsStatus {
  return {
    encrypted: true,
    primary: "k2",
    phase: "done",
    leftByKey: {},
    leftOld: 0,
    waitingFor: 0,
    unreadable: 0,
    ...overrides,
  };
}

Deno.test("recordsText() says encryption is off, and how to turn it on", () => {
  assert.equal(
    recordsText(en, status({ encrypted: false, primary: null })),
    "Encryption at rest: off. Prompts and answers are stored in plain text; set ENCRYPTION_KEYS to encrypt them.",
  );
});

Deno.test("recordsText() counts the values left on each old key, plain text and old versions, down to 0", () => {
  assert.equal(recordsText(en, status()), "Encryption at rest: on, key k2.");
  assert.equal(
    recordsText(
      en,
      status({
        phase: "rewrite",
        leftByKey: { k1: 1204, k0: 1, plain: 30 },
        leftOld: 52,
      }),
    ),
    [
      "Encryption: key k2, 1,204 values left on k1.",
      "Encryption: key k2, 1 value left on k0.",
      "Encryption: key k2, 30 values still in plain text.",
      "Records: 52 values left to upgrade to this version.",
    ].join("\n"),
  );
  assert.equal(
    recordsText(en, status({ leftByKey: { k1: 0 } })),
    "Encryption: key k2, 0 values left on k1.",
  );
});

Deno.test("recordsText() says when the walk counts, waits for old instances, or meets values no key opens", () => {
  assert.equal(
    recordsText(en, status({ phase: "count" })),
    "Encryption at rest: on, key k2.\nRecords: counting what to re-encrypt or upgrade…",
  );
  assert.equal(
    recordsText(en, status({ phase: "again", waitingFor: 2, unreadable: 1 })),
    [
      "Encryption at rest: on, key k2.",
      "Records: 2 instances still run with another key or version. Restart them to finish.",
      "Records: 1 value cannot be opened with the configured keys.",
    ].join("\n"),
  );
});

const PLURAL_IDS = [
  "records-left-on-key",
  "records-left-plain",
  "records-left-old",
  "records-waiting",
  "records-unreadable",
];

for (const code of Object.keys(LOCALE_NAMES) as LocaleCode[]) {
  if (code === "en") continue;
  Deno.test(`${code}: the record layer's texts are translated and say each count, formatted for the locale`, () => {
    const t = i18n.translator(code);
    for (
      const id of [...PLURAL_IDS, "records-encryption-off", "records-counting"]
    ) {
      for (const count of [0, 1, 2, 5, 21, 1204]) {
        const args = { count, key: "k2", old: "k1" };
        const text = t(id, args);
        assert.notEqual(text, i18n.t("en", id, args), `${code} ${id}`);
        assert.doesNotMatch(
          text,
          /\b(values?|left|still run|plain text|cannot)\b/,
        );
        if (PLURAL_IDS.includes(id)) {
          assert.ok(
            text.includes(new Intl.NumberFormat(code).format(count)),
            `${code} ${id} ${count}: ${text}`,
          );
        }
        if (id === "records-left-on-key") {
          assert.ok(text.includes("k2") && text.includes("k1"), text);
        }
      }
    }
  });
}
