/**
 * A prompt through a chain shaped like Promptsmith's: 12 features of 8
 * filters each that do not match it (4 commands, 3 callback queries, one
 * `on`), then the handler that takes it. grammY's `Composer` against
 * `FeatureComposer` (src/telegram/composer.ts).
 *
 * ```sh
 * deno bench -A bench/composer_bench.ts
 * ```
 *
 * @module
 */
import { Composer, Context } from "grammy";
import { FeatureComposer } from "../src/telegram/composer.ts";
import { DEFAULT_BOT_INFO } from "../tests/fakes/telegram_api.ts";
import { textUpdate } from "../tests/fakes/updates.ts";

const FEATURES = 12;

function chain(make: () => Composer<Context>): () => Promise<void> {
  const app = make();
  for (let f = 0; f < FEATURES; f++) {
    const feature = make();
    for (let c = 0; c < 4; c++) feature.command(`f${f}c${c}`, () => {});
    for (let c = 0; c < 3; c++) {
      feature.callbackQuery(new RegExp(`^f${f}q${c}:`), () => {});
    }
    feature.on("message:photo", () => {});
    app.use(feature);
  }
  let taken = 0;
  app.on("message:text", () => {
    taken++;
  });
  const update = textUpdate({ text: "a prompt about cats", updateId: 1 });
  const run = app.middleware();
  const next = () => Promise.resolve();
  return async () => {
    const before = taken;
    await run(new Context(update, {} as never, DEFAULT_BOT_INFO), next);
    if (taken !== before + 1) throw new Error("the prompt was not taken");
  };
}

const grammy = chain(() => new Composer<Context>());
const ours = chain(() => new FeatureComposer<Context>());

Deno.bench("grammY Composer: a prompt past 96 filters", {
  group: "chain",
  baseline: true,
}, grammy);
Deno.bench("FeatureComposer: a prompt past 96 filters", {
  group: "chain",
}, ours);
