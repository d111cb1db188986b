/**
 * Loaded into a bot process with `deno run --preload bench/memory_probe.ts`
 * (bench/burst_memory.ts does it): every `MEMORY_PROBE_MS` (default 500) it
 * appends one JSON line to `MEMORY_PROBE_FILE` with `Deno.memoryUsage()` and
 * V8's heap statistics, and when a file `<MEMORY_PROBE_FILE>.snapshot`
 * appears it writes a V8 heap snapshot to the path that file names, then
 * deletes the request. Its timer does not keep the process alive. Without
 * `MEMORY_PROBE_FILE` it does nothing. Never imported by src/.
 *
 * @module
 */
import { getHeapStatistics, writeHeapSnapshot } from "node:v8";

const file = Deno.env.get("MEMORY_PROBE_FILE");
if (file) {
  const every = Number(Deno.env.get("MEMORY_PROBE_MS") ?? "500");
  const request = `${file}.snapshot`;
  const encoder = new TextEncoder();
  const tick = () => {
    const usage = Deno.memoryUsage();
    const heap = getHeapStatistics();
    const line = {
      at: Date.now(),
      rss: usage.rss,
      heapTotal: usage.heapTotal,
      heapUsed: usage.heapUsed,
      external: usage.external,
      mallocedMemory: heap.malloced_memory,
      totalPhysicalSize: heap.total_physical_size,
    };
    Deno.writeFileSync(file, encoder.encode(JSON.stringify(line) + "\n"), {
      append: true,
    });
    let target: string | undefined;
    try {
      target = Deno.readTextFileSync(request).trim();
    } catch {
      return; // no snapshot asked for
    }
    Deno.removeSync(request);
    writeHeapSnapshot(target);
    Deno.writeTextFileSync(`${target}.done`, "");
  };
  const timer = setInterval(tick, every);
  Deno.unrefTimer(timer);
}
