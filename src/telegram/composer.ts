/**
 * grammY's `Composer`, with filters that cost nothing per update beyond their
 * predicate. Every feature of Promptsmith is one of these.
 *
 * grammY runs each `filter` (and so each `command`, `on`, `callbackQuery`,
 * `chatType`, …) through `branch`, which goes through `lazy`. `lazy` builds a
 * new `Composer` for every update, inside three async functions. A prompt
 * passes every feature's filters before the enhance feature, the last one,
 * takes it: those per-update composers and async layers cost about a third
 * of the CPU of accepting a prompt (docs/PERFORMANCE.md, fifth pass).
 *
 * Here `branch` picks between the two middlewares it flattened once, when it
 * was registered, and calls the picked one directly. A synchronous predicate
 * adds no promise. And what `use` adds is kept in one list, run by one
 * dispatcher, where grammY nests an async function and an async `next` per
 * `use`. What stays as in grammY:
 * - the same predicate decides, at the same point of the chain, and sets
 *   `ctx.match` the same way;
 * - middleware added to a filter's composer after registration still runs,
 *   since a composer is flattened to a call of its current `middleware()`;
 * - a predicate that throws or rejects fails the update;
 * - `next` runs the rest once and returns a promise; a middleware that
 *   throws synchronously rejects.
 *
 * What differs, none of which the features rely on:
 * - a filtered handler runs within the `next()` call that reaches it, where
 *   grammY's runs a microtask or two later (code between calling `next()`
 *   and awaiting it runs after the handler here);
 * - the last middleware's `next` is guarded too: calling it twice fails,
 *   where grammY calls the outer `next` twice;
 * - middleware added with `use` while an update runs through the composer
 *   runs for that update too;
 * - an array given to `branch` is read once, when the branch is registered;
 * - `fork`, `lazy`, `route` and `errorBoundary` are grammY's own: the
 *   composer they build inside is grammY's, with its per-update cost.
 *
 * `tests/telegram/composer_test.ts` runs grammY's `Composer` and this one side
 * by side.
 *
 * @module
 */
import {
  Composer,
  type Context,
  type Middleware,
  type MiddlewareFn,
} from "grammy";

type MaybePromise<T> = T | Promise<T>;
type MaybeArray<T> = T | T[];

/** Call a middleware or a composer's current handler. */
function flatten<C extends Context>(
  middleware: MaybeArray<Middleware<C>>,
): MiddlewareFn<C> {
  if (Array.isArray(middleware)) {
    return flatten(new FeatureComposer(...middleware));
  }
  if (typeof middleware === "function") return middleware;
  return (ctx, next) => middleware.middleware()(ctx, next);
}

function pass<C extends Context>(_ctx: C, next: () => Promise<void>) {
  return next();
}

/** A `Composer` whose filters build nothing per update; see the module doc. */
export class FeatureComposer<C extends Context> extends Composer<C> {
  /** What `use` added, in order: run one after another by {@linkcode middleware}. */
  readonly #chain: MiddlewareFn<C>[];
  readonly #run: MiddlewareFn<C>;

  constructor(...middleware: Array<Middleware<C>>) {
    super();
    const chain = middleware.map((m) => flatten(m));
    this.#chain = chain;
    // As grammY's chain of `concat`s: each middleware gets a `next` that
    // runs the rest once (a second call fails) and always returns a promise.
    const step = (ctx: C, next: () => Promise<void>, i: number): unknown => {
      if (i === chain.length) return next();
      let called = false;
      return chain[i](ctx, () => {
        if (called) {
          return Promise.reject(new Error("`next` already called before!"));
        }
        called = true;
        return settle(() => step(ctx, next, i + 1));
      });
    };
    this.#run = (ctx, next) => settle(() => step(ctx, next, 0));
  }

  override middleware(): MiddlewareFn<C> {
    return this.#run;
  }

  override use(...middleware: Array<Middleware<C>>): Composer<C> {
    const composer = new FeatureComposer<C>(...middleware);
    this.#chain.push(flatten(composer));
    return composer;
  }

  override filter<D extends C>(
    predicate: (ctx: C) => ctx is D,
    ...middleware: Array<Middleware<D>>
  ): Composer<D>;
  override filter(
    predicate: (ctx: C) => MaybePromise<boolean>,
    ...middleware: Array<Middleware<C>>
  ): Composer<C>;
  override filter(
    predicate: (ctx: C) => MaybePromise<boolean>,
    ...middleware: Array<Middleware<C>>
  ): Composer<C> {
    const composer = new FeatureComposer<C>(...middleware);
    this.branch(predicate, composer, pass);
    return composer;
  }

  override branch(
    predicate: (ctx: C) => MaybePromise<boolean>,
    trueMiddleware: MaybeArray<Middleware<C>>,
    falseMiddleware: MaybeArray<Middleware<C>>,
  ): Composer<C> {
    const onTrue = flatten(trueMiddleware);
    const onFalse = flatten(falseMiddleware);
    return this.use((ctx, next) => {
      let decided: MaybePromise<boolean>;
      try {
        decided = predicate(ctx);
      } catch (error) {
        return Promise.reject(error);
      }
      if (typeof decided === "boolean") {
        return (decided ? onTrue : onFalse)(ctx, next);
      }
      return Promise.resolve(decided).then((yes) =>
        (yes ? onTrue : onFalse)(ctx, next)
      );
    });
  }
}

/**
 * `run()`'s outcome as a promise: a synchronous throw is a rejection, as in
 * an async function. (It resolves to what the middleware returned, where
 * grammY's resolves to nothing; nobody reads it.)
 */
function settle(run: () => unknown): Promise<void> {
  try {
    return Promise.resolve(run()) as Promise<void>;
  } catch (error) {
    return Promise.reject(error);
  }
}
