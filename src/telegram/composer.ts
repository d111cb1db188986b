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
 * `use`. The dispatcher walks a FeatureComposer met in the chain (a feature,
 * what `use` or a filter returned) in place, and asks a branch's predicate
 * itself: a filter that does not match goes on to the next entry in the same
 * loop, with no `next`, no promise and no stack frame (the dispatcher before
 * nested calls per filter, and ran out of stack at about a thousand). What
 * stays as in grammY:
 * - the same predicate decides, once, at the same point of the chain, and
 *   sets `ctx.match` the same way;
 * - middleware added to a composer after it was registered still runs, since
 *   the dispatcher reads each composer's current list;
 * - a predicate that throws or rejects fails the update;
 * - `next` runs the rest once and returns a promise; a middleware that
 *   throws synchronously rejects.
 *
 * What differs, none of which the features rely on:
 * - the rest of the chain runs within the `next()` call that reaches it, up
 *   to its first `await` (later predicates, a filtered handler, middleware),
 *   where grammY's runs a microtask or two later: code between calling
 *   `next()` and awaiting it runs after them here;
 * - the last middleware's `next` is guarded too: calling it twice fails,
 *   where grammY calls the outer `next` twice;
 * - middleware added with `use` while an update runs through the composer
 *   runs for that update too (unless it turns a composer of one middleware,
 *   already entered, into one of two);
 * - an array given to `branch` is read once, when the branch is registered;
 * - `middleware()` returns a handler that runs what is added later too, where
 *   grammY's runs what was there when it was called (`errorBoundary` relies
 *   on it);
 * - a composer that holds itself, alone (`c.use(c)`), fails the update with a
 *   RangeError; in grammY it runs out of stack;
 * - `fork`, `lazy` and `route` are grammY's own: the composer they build
 *   inside is grammY's, with its per-update cost (`errorBoundary` builds one
 *   of these).
 *
 * `tests/telegram/composer_test.ts` runs grammY's `Composer` and this one side
 * by side.
 *
 * @module
 */
import {
  BotError,
  Composer,
  type Context,
  type Middleware,
  type MiddlewareFn,
} from "grammy";

type MaybePromise<T> = T | Promise<T>;
type MaybeArray<T> = T | T[];
type Next = () => Promise<void>;
// deno-lint-ignore no-explicit-any
type AnyMiddlewareFn = MiddlewareFn<any>;

/** What `branch` registered: run in place by {@linkcode run}, without its own layer. */
interface Branch {
  predicate: (ctx: Context) => MaybePromise<boolean>;
  onTrue: AnyMiddlewareFn;
  onFalse: AnyMiddlewareFn;
}

/** Composers of one middleware in a row, at most, before a cycle is assumed. */
const MAX_UNWRAP = 10_000;
/** Each FeatureComposer's chain, the live list its `use` pushes to. */
const chains = new WeakMap<object, AnyMiddlewareFn[]>();
/** A function that calls a FeatureComposer's handler: that composer's chain, walked in place. */
const nested = new WeakMap<AnyMiddlewareFn, AnyMiddlewareFn[]>();
/** A function that `branch` registered: its predicate and paths. */
const branches = new WeakMap<AnyMiddlewareFn, Branch>();

/** Call a middleware or a composer's current handler. */
function flatten<C extends Context>(
  middleware: MaybeArray<Middleware<C>>,
): MiddlewareFn<C> {
  if (Array.isArray(middleware)) {
    return flatten(new FeatureComposer(...middleware));
  }
  if (typeof middleware === "function") return middleware;
  const call: MiddlewareFn<C> = (ctx, next) =>
    middleware.middleware()(ctx, next);
  const chain = chains.get(middleware);
  if (chain !== undefined) nested.set(call, chain);
  return call;
}

function pass<C extends Context>(_ctx: C, next: () => Promise<void>) {
  return next();
}

/**
 * Run `chain` from `i` on, then `next`. What it meets:
 * - a FeatureComposer (a feature, what `use` or a filter returned): its own
 *   chain, walked here, where calling its handler would add a layer;
 * - a branch: its predicate, called here. A filter that does not match goes
 *   on to the next entry in this same loop: no `next`, no promise, no frame;
 * - anything else: called with a `next` that runs the rest once.
 */
function run(
  ctx: Context,
  next: Next,
  chain: readonly AnyMiddlewareFn[],
  i: number,
): unknown {
  for (; i < chain.length; i++) {
    let entry = chain[i];
    let inner = nested.get(entry);
    // A composer of one middleware (what `use` and `branch` return) is that middleware.
    for (let hops = 0; inner !== undefined && inner.length === 1; hops++) {
      if (hops === MAX_UNWRAP) {
        return Promise.reject(
          new RangeError("Cannot run a composer that contains itself"),
        );
      }
      entry = inner[0];
      inner = nested.get(entry);
    }
    if (inner !== undefined) {
      if (inner.length === 0) continue;
      return run(ctx, rest(ctx, next, chain, i + 1), inner, 0);
    }
    const branch = branches.get(entry);
    if (branch === undefined) return entry(ctx, rest(ctx, next, chain, i + 1));
    // Called as grammY calls it: as a function, not a method of the record.
    const { predicate } = branch;
    let decided: MaybePromise<boolean>;
    try {
      decided = predicate(ctx);
    } catch (error) {
      return Promise.reject(error);
    }
    if (decided === false && branch.onFalse === pass) continue;
    const then = rest(ctx, next, chain, i + 1);
    if (typeof decided === "boolean") {
      return run(ctx, then, [decided ? branch.onTrue : branch.onFalse], 0);
    }
    return Promise.resolve(decided).then((yes) =>
      run(ctx, then, [yes ? branch.onTrue : branch.onFalse], 0)
    );
  }
  return next();
}

/**
 * As grammY's chain of `concat`s: the `next` of `chain[i - 1]`, which runs the
 * rest once (a second call fails) and always returns a promise.
 */
function rest(
  ctx: Context,
  next: Next,
  chain: readonly AnyMiddlewareFn[],
  i: number,
): Next {
  let called = false;
  return () => {
    if (called) {
      return Promise.reject(new Error("`next` already called before!"));
    }
    called = true;
    return settle(() => run(ctx, next, chain, i));
  };
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
    chains.set(this, chain);
    this.#run = (ctx, next) => settle(() => run(ctx, next, chain, 0));
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
    // `run` asks the predicate itself, wherever it meets this (a grammY
    // composer runs this one's `middleware()`); called directly, it does too.
    const decide: MiddlewareFn<C> = (ctx, next) =>
      run(ctx, next, [decide], 0) as MaybePromise<void>;
    branches.set(decide, {
      predicate: predicate as Branch["predicate"],
      onTrue,
      onFalse,
    });
    return this.use(decide);
  }

  /**
   * As grammY's: errors of `middleware` (and of what is added to the composer
   * it returns) go to `errorHandler`; the rest of the chain runs after it, out
   * of the boundary, if `next` was called. Only the composer inside is this
   * one, where grammY's nests an async layer per `use`.
   */
  override errorBoundary(
    errorHandler: (
      error: BotError<C>,
      next: () => Promise<void>,
    ) => MaybePromise<unknown>,
    ...middleware: Array<Middleware<C>>
  ): Composer<C> {
    const composer = new FeatureComposer<C>(...middleware);
    const bound = composer.middleware();
    this.use(async (ctx, next) => {
      let nextCalled = false;
      const cont = () => ((nextCalled = true), Promise.resolve());
      try {
        await bound(ctx, cont);
      } catch (err) {
        nextCalled = false;
        await errorHandler(new BotError<C>(err, ctx), cont);
      }
      if (nextCalled) await next();
    });
    return composer;
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
