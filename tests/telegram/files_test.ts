import assert from "node:assert/strict";
import { Api } from "grammy";
import { startFakeTelegram } from "../fakes/telegram_api.ts";
import {
  fetchTelegramFile,
  FileFetchError,
  type FileFetchOptions,
} from "../../src/telegram/files.ts";

const BYTES = new TextEncoder().encode("hello file ".repeat(20));

function setup(tg: ReturnType<typeof startFakeTelegram>, maxBytes = 1024) {
  const api = new Api(tg.token, { apiRoot: tg.apiRoot });
  const options: FileFetchOptions = {
    apiRoot: tg.apiRoot,
    token: tg.token,
    maxBytes,
    timeoutMs: 5_000,
  };
  return { api, options };
}

Deno.test("fetchTelegramFile() gets the file's bytes in memory through getFile and the file URL", async () => {
  await using tg = startFakeTelegram();
  tg.addFile("f1", BYTES, { filePath: "voice/a b.oga" });
  const { api, options } = setup(tg);
  const file = await fetchTelegramFile(api, { fileId: "f1" }, options);
  assert.deepEqual(file, { ok: true, bytes: BYTES, size: BYTES.length });
  assert.equal(tg.callsOf("getFile").length, 1);
  assert.deepEqual(tg.downloads, ["voice/a b.oga"]);
});

Deno.test("fetchTelegramFile() refuses a file over the limit by the message's size, before getFile", async () => {
  await using tg = startFakeTelegram();
  tg.addFile("f1", BYTES);
  const { api, options } = setup(tg, 10);
  const file = await fetchTelegramFile(
    api,
    { fileId: "f1", size: BYTES.length },
    options,
  );
  assert.deepEqual(file, {
    ok: false,
    reason: "too_large",
    size: BYTES.length,
  });
  assert.equal(tg.callsOf("getFile").length, 0);
  assert.deepEqual(tg.downloads, []);
});

Deno.test("fetchTelegramFile() refuses a file over the limit by getFile's file_size, without downloading it", async () => {
  await using tg = startFakeTelegram();
  tg.addFile("f1", BYTES);
  const { api, options } = setup(tg, 10);
  const file = await fetchTelegramFile(api, { fileId: "f1" }, options);
  assert.deepEqual(file, {
    ok: false,
    reason: "too_large",
    size: BYTES.length,
  });
  assert.deepEqual(tg.downloads, []);
});

Deno.test("fetchTelegramFile() stops reading a body that grows past the limit (no size given anywhere)", async () => {
  const big = new Uint8Array(64 * 1024).fill(7);
  let served = 0;
  const fetcher: typeof fetch = () => {
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (served >= big.length) return controller.close();
        controller.enqueue(big.subarray(served, served + 1024));
        served += 1024;
      },
    });
    return Promise.resolve(new Response(body));
  };
  await using tg = startFakeTelegram();
  tg.addFile("f1", new Uint8Array(0), { filePath: "x" });
  const api = new Api(tg.token, { apiRoot: tg.apiRoot });
  const file = await fetchTelegramFile(api, { fileId: "f1" }, {
    apiRoot: tg.apiRoot,
    token: tg.token,
    maxBytes: 4096,
    timeoutMs: 5_000,
    fetch: fetcher,
  });
  assert.deepEqual(file, { ok: false, reason: "too_large" });
  assert.ok(served < big.length, `read ${served} of ${big.length} bytes`);
});

Deno.test("fetchTelegramFile() calls a file Telegram does not know gone, and Telegram's 'too big' too large", async () => {
  await using tg = startFakeTelegram();
  const { api, options } = setup(tg);
  assert.deepEqual(
    await fetchTelegramFile(api, { fileId: "nope" }, options),
    { ok: false, reason: "gone" },
  );
  tg.injectFault("getFile", {
    status: 400,
    description: "Bad Request: file is too big",
  });
  assert.deepEqual(
    await fetchTelegramFile(api, { fileId: "nope" }, options),
    { ok: false, reason: "too_large" },
  );
});

Deno.test("fetchTelegramFile() fails without the token or the URL in the error when the download fails", async () => {
  await using tg = startFakeTelegram();
  tg.addFile("f1", BYTES, { filePath: "voice/x.oga" });
  const { api, options } = setup(tg);
  const failing: typeof fetch = () =>
    Promise.reject(
      new TypeError(
        `error sending request for url (${tg.apiRoot}/file/bot${tg.token}/voice/x.oga)`,
      ),
    );
  const error = await fetchTelegramFile(api, { fileId: "f1" }, {
    ...options,
    fetch: failing,
  }).then(() => null, (e) => e);
  assert.ok(error instanceof FileFetchError);
  assert.equal(error.kind, "network");
  assert.equal(error.cause, undefined);
  const shown = `${error.message} ${error.stack}`;
  assert.ok(!shown.includes(tg.token.split(":")[1]), shown);
  assert.ok(!shown.includes("/file/bot"), shown);

  const badGateway: typeof fetch = () =>
    Promise.resolve(new Response("down", { status: 502 }));
  await assert.rejects(
    fetchTelegramFile(api, { fileId: "f1" }, { ...options, fetch: badGateway }),
    (e) => e instanceof FileFetchError && e.kind === "http" && e.status === 502,
  );
  // A path Telegram no longer serves: the file is gone, not worth a retry.
  const notFound: typeof fetch = () =>
    Promise.resolve(new Response("no", { status: 404 }));
  assert.deepEqual(
    await fetchTelegramFile(api, { fileId: "f1" }, {
      ...options,
      fetch: notFound,
    }),
    { ok: false, reason: "gone" },
  );
});

Deno.test("fetchTelegramFile() gives up a download past its deadline as a timeout", async () => {
  await using tg = startFakeTelegram();
  tg.addFile("f1", BYTES);
  const { api, options } = setup(tg);
  const stalled: typeof fetch = (_, init) =>
    new Promise((_, reject) =>
      init?.signal?.addEventListener("abort", () => reject(init.signal!.reason))
    );
  await assert.rejects(
    fetchTelegramFile(api, { fileId: "f1" }, {
      ...options,
      timeoutMs: 50,
      fetch: stalled,
    }),
    (e) => e instanceof FileFetchError && e.kind === "timeout",
  );
});

Deno.test("fetchTelegramFile() reads a local Bot API server's absolute path from disk, size checked", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const path = `${dir}/voice.oga`;
    await Deno.writeFile(path, BYTES);
    const api = new Api("1:x", { apiRoot: "http://127.0.0.1:9" });
    api.config.use(() =>
      Promise.resolve({
        ok: true,
        result: { file_id: "f1", file_unique_id: "u", file_path: path },
      }) as never
    );
    const options = {
      apiRoot: "http://127.0.0.1:9",
      token: "1:x",
      maxBytes: 1024,
      timeoutMs: 1000,
    };
    assert.deepEqual(
      await fetchTelegramFile(api, { fileId: "f1" }, options),
      { ok: true, bytes: BYTES, size: BYTES.length },
    );
    assert.deepEqual(
      await fetchTelegramFile(api, { fileId: "f1" }, {
        ...options,
        maxBytes: 8,
      }),
      { ok: false, reason: "too_large" },
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
