/**
 * The streaming filter of a model's answer (what may be shown while tokens
 * arrive) must cost the same per chunk however long the answer grows: a
 * 200,000-character answer in 16-character chunks, against a 20,000 one.
 * Linear: the long one takes about 10× as long; quadratic, about 100×.
 *
 *     deno bench -A bench/visible_stream_bench.ts
 */
import { createVisibleStream } from "../src/enhance/answer.ts";

const LINE = "Repeat the requirements once more, in other words.";
const TEXT = Array.from({ length: 4000 }, (_, i) => `${i}. ${LINE}`).join("\n");

function stream(text: string): void {
  const visible = createVisibleStream();
  for (let i = 0; i < text.length; i += 16) visible.push(text.slice(i, i + 16));
  visible.finish();
}

Deno.bench(
  "visible stream: 20,000 characters, plain",
  { group: "stream" },
  () => {
    stream(TEXT.slice(0, 20_000));
  },
);

Deno.bench(
  "visible stream: 200,000 characters, plain",
  { group: "stream" },
  () => {
    stream(TEXT.slice(0, 200_000));
  },
);

Deno.bench("visible stream: 200,000 characters in a <prompt> block", {
  group: "stream",
}, () => {
  stream(`<analysis>plan</analysis><prompt>${TEXT.slice(0, 200_000)}</prompt>`);
});
