/**
 * grammY's `Composer`, with filters that cost nothing per update beyond their
 * predicate. Every feature of Promptsmith is one of these.
 *
 * grammY runs each `filter` (and so each `command`, `on`, `callbackQuery`,
 * `chatType`, …) through `branch`, which goes through `lazy`. `lazy` builds a
 * new `Composer` for every update, inside three async functions. A prompt
 * passes every feature's filters before the enhance feature takes it. The
 * enhance feature comes last. Those per-update composers cost about 15 % of
 * the CPU of accepting a prompt (docs/PERFORMANCE.md, fifth pass).
 *
 * Here `branch` picks between the two middlewares it flattened once, when it
 * was registered, and calls the picked one directly. A synchronous predicate
 * adds no promise. What a handler sees is unchanged:
 * - the same predicate decides, at the same point of the chain;
 * - middleware added to a filter's composer later still runs, since a
 *   composer is flattened to a call of its current `middleware()`;
 * - a predicate that throws or rejects fails the update as before.
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
  override use(...middleware: Array<Middleware<C>>): Composer<C> {
    const composer = new FeatureComposer<C>(...middleware);
    super.use(composer);
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
    return super.use((ctx, next) => {
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
