/**
 * The prompt workshop: the buttons under an answer (✂️ Shorter, ➕ More
 * detail, 🔁 Another version, 🎯 Target…, 🗂 Category…, ❓ Ask me first),
 * a reply to an answer as a revision in the user's own words, and the
 * clarifying questions (tapped or typed answers, skips).
 *
 * Every revision is a durable job like a prompt: rate-limited, queued behind
 * the user's running job, answered after a crash. A button's job is keyed by
 * the answer and the action while it runs, so a second tap (here or on
 * another instance) is a duplicate. In groups only the asker may use an
 * answer's buttons. What an answer was is read from the asker's history
 * (by the id of the job that wrote it); which answer a message shows, and
 * which questions wait, from the chat's session.
 *
 * @module
 */
import { FeatureComposer } from "../telegram/composer.ts";
import type { CallbackQueryContext } from "grammy";
import type { BotContext } from "../context.ts";
import {
  type CategoryId,
  DEFAULT_CATEGORY_ID,
  isCategoryId,
  isVisualCategory,
} from "../enhance/categories.ts";
import { type RevisionChoice, revisionInstruction } from "../enhance/refine.ts";
import { isTargetId, type TargetId } from "../enhance/targets.ts";
import { detectCategory } from "../enhance/detect.ts";
import {
  kindChangeOf,
  looksLikeChange,
  looksLikeNewIdea,
  subjectOfText,
} from "../enhance/new_idea.ts";
import { validateRoughPrompt } from "../enhance/validate.ts";
import { getLog } from "../logging.ts";
import { localeOf, settleLocale } from "../middleware/i18n.ts";
import type { HistoryItem } from "../storage/history_store.ts";
import type { AcceptOutcome, JobInput } from "../storage/job_store.ts";
import { sessionKey, tapKey, userKey } from "../storage/keys.ts";
import type {
  PendingQuestions,
  SessionData,
  TypedText,
} from "../storage/session_store.ts";
import { ignoreNotModified } from "../telegram/send.ts";
import { questionText } from "../ui/answer.ts";
import {
  answerMenuData,
  decoded,
  questionOptionData,
  questionSkipData,
  questionTypedData,
  reviseCategoryData,
  reviseData,
  reviseTargetData,
} from "../ui/callback_data.ts";
import {
  answerKeyboard,
  questionKeyboard,
  typedTextKeyboard,
} from "../ui/keyboards.ts";
import { limitMessage } from "../ui/texts.ts";
import {
  acknowledge,
  claimFirst,
  jobSettingsOf,
  promptInput,
  toast,
} from "./admit.ts";
import {
  accessGate,
  admissionFor,
  admitted,
  refuseAccess,
} from "../middleware/roles.ts";

const log = getLog("workshop");

const composer = new FeatureComposer<BotContext>();
type Tap = CallbackQueryContext<BotContext>;

composer.callbackQuery(
  reviseData.pattern,
  decoded(reviseData, async (ctx: Tap, { action, jobId }) => {
    await reviseByButton(ctx, jobId, { action });
  }),
);

composer.callbackQuery(
  reviseTargetData.pattern,
  decoded(reviseTargetData, async (ctx: Tap, { target, jobId }) => {
    await reviseByButton(ctx, jobId, { action: "target", target });
  }),
);

composer.callbackQuery(
  reviseCategoryData.pattern,
  decoded(reviseCategoryData, async (ctx: Tap, { category, jobId }) => {
    await reviseByButton(ctx, jobId, { action: "category", category });
  }),
);

// More…, the pickers and « Back: the same message, another page of buttons.
composer.callbackQuery(
  answerMenuData.pattern,
  decoded(answerMenuData, async (ctx: Tap, { menu, jobId }) => {
    const found = await answerOf(ctx, jobId);
    if (!found.ok) return await toast(ctx, found.text, true);
    const { item } = found;
    const category = isCategoryId(item.category)
      ? item.category
      : DEFAULT_CATEGORY_ID;
    const retry = item.source === "offline" &&
      await ctx.deps.jobs.hasRetry(jobId);
    await toast(ctx, "");
    await ctx.editMessageReplyMarkup({
      reply_markup: answerKeyboard(ctx.t, {
        jobId,
        prompt: item.result,
        category,
        target: item.target,
        retry,
        menu,
      }),
    }).catch(ignoreNotModified);
  }),
);

composer.callbackQuery(
  questionOptionData.pattern,
  decoded(
    questionOptionData,
    async (ctx: Tap, { option, question, askId }) => {
      await answerQuestion(ctx, askId, question, { option });
    },
  ),
);

composer.callbackQuery(
  questionSkipData.pattern,
  decoded(questionSkipData, async (ctx: Tap, { scope, question, askId }) => {
    await answerQuestion(ctx, askId, question, { skip: scope });
  }),
);

composer.callbackQuery(
  questionTypedData.pattern,
  decoded(questionTypedData, async (ctx: Tap, { as, question, askId }) => {
    await decideTyped(ctx, askId, question, as);
  }),
);

// Buttons of this feature whose data no longer decodes (an old or forged one).
composer.callbackQuery(/^(?:w|q):/, async (ctx) => {
  await toast(ctx, ctx.t("workshop-expired"), true);
});

/** What a tap or reply revises: the history item, or the words saying why not. */
type Found =
  | { ok: true; item: HistoryItem }
  | { ok: false; text: string };

/**
 * The answer job `answerId` wrote, if the user may change it: their own (in
 * a group another user's answer is refused) and still in their history.
 */
async function answerOf(ctx: BotContext, answerId: string): Promise<Found> {
  const userId = ctx.from!.id;
  const item = await ctx.deps.history.find(userId, answerId);
  if (item !== null) return { ok: true, item };
  const messageId = ctx.callbackQuery?.message?.message_id;
  const ref = messageId !== undefined && ctx.chat
    ? await ctx.deps.sessions.answerAt(ctx.chat.id, messageId)
    : null;
  if (ref !== null && ref.userId !== userId) {
    return { ok: false, text: ctx.t("workshop-not-yours") };
  }
  return { ok: false, text: ctx.t("workshop-expired") };
}

/** A button under an answer: accept its revision as a job, toast how it went. */
async function reviseByButton(
  ctx: Tap,
  answerId: string,
  choice: RevisionChoice,
): Promise<void> {
  const found = await answerOf(ctx, answerId);
  if (!found.ok) return await toast(ctx, found.text, true);
  const unchanged = keptAsIs(found.item, choice);
  if (unchanged !== undefined) {
    await toast(ctx, ctx.t(unchanged));
    return await backToMain(ctx, answerId, found.item);
  }
  const message = ctx.callbackQuery.message;
  const key = tapKey(
    answerId,
    [choice.action, choice.target ?? choice.category].filter(Boolean).join(
      ":",
    ),
  );
  const outcome = await acceptRevision(ctx, found.item, choice, {
    replyTo: ctx.chat?.type === "private" ? undefined : message?.message_id,
    threadId: message?.is_topic_message ? message.message_thread_id : undefined,
    tapKey: key,
  });
  if (!outcome.ok && outcome.reason === "duplicate") {
    return await toast(ctx, ctx.t("workshop-already"));
  }
  await toast(ctx, tapOutcomeText(ctx, outcome), !outcome.ok);
  // A picker goes back to the main buttons once used.
  if (choice.action === "target" || choice.action === "category") {
    await backToMain(ctx, answerId, found.item);
  }
}

/**
 * The words for a pick of the target or category the answer already has (the
 * one marked ✓): a revision would only repeat it, so none is made.
 */
function keptAsIs(
  item: HistoryItem,
  choice: RevisionChoice,
): "workshop-target-current" | "workshop-category-current" | undefined {
  if (choice.action === "target" && choice.target === item.target) {
    return "workshop-target-current";
  }
  const category = isCategoryId(item.category)
    ? item.category
    : DEFAULT_CATEGORY_ID;
  if (choice.action === "category" && choice.category === category) {
    return "workshop-category-current";
  }
  return undefined;
}

/** Put the main buttons back under answer `jobId`, in place of a picker. */
async function backToMain(
  ctx: Tap,
  jobId: string,
  item: HistoryItem,
): Promise<void> {
  await ctx.editMessageReplyMarkup({
    reply_markup: answerKeyboard(ctx.t, {
      jobId,
      prompt: item.result,
      category: isCategoryId(item.category)
        ? item.category
        : DEFAULT_CATEGORY_ID,
      target: item.target,
    }),
  }).catch(() => {});
}

function tapOutcomeText(
  ctx: BotContext,
  outcome: Exclude<AcceptOutcome, { reason: "duplicate" | "diverted" }>,
): string {
  if (outcome.ok) {
    return outcome.position === 0
      ? ctx.t("workshop-started")
      : ctx.t("workshop-queued", { ahead: outcome.position });
  }
  if (outcome.reason === "queue_full") {
    return ctx.t("workshop-queue-full", { max: ctx.config.jobs.queueMax });
  }
  if (outcome.reason === "refused") {
    return ctx.t(`access-${outcome.refusal.reason.replaceAll("_", "-")}`);
  }
  return limitMessage(ctx.t, outcome.refusal, ctx.deps.clock.now());
}

/**
 * A text replying to one of the bot's answers (the user's own): a revision
 * of that answer with the text as the change. False when the text is not
 * such a reply (it is a prompt then).
 */
export async function reviseByReply(
  ctx: BotContext,
  words: string,
): Promise<boolean> {
  const replied = ctx.msg?.reply_to_message;
  if (!replied || replied.from?.id !== ctx.me.id || !ctx.chat || !ctx.from) {
    return false;
  }
  const ref = await ctx.deps.sessions.answerAt(ctx.chat.id, replied.message_id);
  if (ref === null || ref.userId !== ctx.from.id) return false;
  if (!(await claimFirst(ctx)) || !(await admitted(ctx))) return true;
  await settleLocale(ctx);
  const item = await ctx.deps.history.find(ctx.from.id, ref.answerId);
  // "turn it into an email" as a reply: that answer in another kind.
  const kind = kindChangeOf(words);
  await revise(
    ctx,
    item,
    words,
    kind !== undefined && item !== null && kind.category !== item.category
      ? { kind }
      : {},
  );
  return true;
}

/** How long after an answer a text typed on its own may change it. */
export const CHANGE_WINDOW_MS = 15 * 60_000;

/**
 * A text typed on its own in a private chat, soon after the user's last
 * answer there, that reads like a change to it ("make it shorter", "no
 * emojis", "сделай смешнее"; see `looksLikeChange`): a revision of that
 * answer, said so first with how to start a new prompt instead. False when
 * it is not (a prompt then): questions wait for an answer, a prompt of the
 * user's is still being written (the change may be meant for it), the last
 * answer was shown in another chat or is older than
 * {@linkcode CHANGE_WINDOW_MS}, or the text is clearly of another category.
 */
export async function reviseLatest(
  ctx: BotContext,
  words: string,
): Promise<boolean> {
  const { chat, from } = ctx;
  // "at sunset", "close-up" change only a picture: read on for either, and
  // see which the last answer is below.
  if (
    chat?.type !== "private" || !from ||
    !looksLikeChange(words, { visual: true })
  ) {
    return false;
  }
  const { history, sessions, jobs, clock } = ctx.deps;
  const now = clock.now();
  const [pending, mine, [latest]] = await Promise.all([
    sessions.pending(chat.id, from.id, now),
    jobs.userJobs(from.id),
    history.list(from.id, { limit: 1 }),
  ]);
  // A change-like text while questions wait is their answer ("Make it
  // funny"). Read here so that it takes the plain path with no revision's
  // reads; the acceptance reads them again in its own round, for questions
  // asked meanwhile.
  if (pending !== null) return false;
  if (mine.running !== null || mine.queued.length > 0) return false;
  if (
    latest === undefined || latest.chatId !== chat.id ||
    now - latest.createdAt > CHANGE_WINDOW_MS
  ) {
    return false;
  }
  const visual = isVisualCategory(latest.category);
  if (!visual && !looksLikeChange(words)) return false;
  // "make it an image in watercolor style": the answer in another kind.
  const kind = kindChangeOf(words);
  const guess = detectCategory(words);
  if (
    kind === undefined && guess.category !== "general" &&
    guess.confidence >= 0.5 && guess.category !== latest.category
  ) {
    return false;
  }
  if (!(await claimFirst(ctx)) || !(await admitted(ctx))) return true;
  await settleLocale(ctx);
  await revise(ctx, latest, words, {
    note: ctx.t("workshop-change-latest"),
    answering: true,
    ...(kind !== undefined && kind.category !== latest.category
      ? { kind: { category: kind.category, words: kind.words } }
      : {}),
  });
  return true;
}

/**
 * Revise `item` (`null`: gone from the history) with the user's `words`,
 * told with `note` when it is accepted.
 */
async function revise(
  ctx: BotContext,
  item: HistoryItem | null,
  words: string,
  options: {
    note?: string;
    answering?: boolean;
    /** The kind of prompt the words ask for, and what else they say. */
    kind?: { category: CategoryId; words: string };
  } = {},
): Promise<void> {
  const group = ctx.chat!.type !== "private";
  const replyOptions = group
    ? {
      reply_parameters: {
        message_id: ctx.msg!.message_id,
        allow_sending_without_reply: true,
      },
    }
    : {};
  if (item === null) {
    await ctx.reply(ctx.t("workshop-expired"), replyOptions);
    return;
  }
  const checked = validateRoughPrompt(words);
  if (!checked.ok) {
    await ctx.reply(ctx.t("workshop-reply-empty"), replyOptions);
    return;
  }
  const msg = ctx.msg!;
  const choice: RevisionChoice = options.kind === undefined
    ? { action: "reply", words: checked.text }
    : { action: "category", ...options.kind };
  const outcome = await acceptRevision(ctx, item, choice, {
    replyTo: group ? msg.message_id : undefined,
    threadId: msg.is_topic_message ? msg.message_thread_id : undefined,
    divert: options.answering,
  });
  if (!outcome.ok && outcome.reason === "diverted") {
    return await answerTyped(ctx, checked.text);
  }
  if (!outcome.ok && outcome.reason === "duplicate") return;
  if (!outcome.ok && outcome.reason === "refused") {
    await refuseAccess(ctx, outcome.refusal);
    return;
  }
  // Said once it is accepted, not for a refusal or an answer; a failure to
  // say it loses nothing.
  if (outcome.ok && options.note) {
    await ctx.reply(options.note, replyOptions).catch(() => {});
  }
  await acknowledge(ctx, outcome, replyOptions);
}

/** Where a revision's answer goes, and whether waiting questions may take it. */
interface RevisionPlace {
  replyTo?: number;
  threadId?: number;
  tapKey?: Deno.KvKey;
  /** A typed change: diverted to the questions that wait, if any. */
  divert?: boolean;
}

/**
 * Accept the revision `choice` of `item` as a job of the user; only a typed
 * change (`divert`) can be diverted to waiting questions.
 */
function acceptRevision(
  ctx: BotContext,
  item: HistoryItem,
  choice: RevisionChoice,
  where: RevisionPlace & { divert?: false },
): Promise<Exclude<AcceptOutcome, { reason: "diverted" }>>;
function acceptRevision(
  ctx: BotContext,
  item: HistoryItem,
  choice: RevisionChoice,
  where: RevisionPlace,
): Promise<AcceptOutcome>;
async function acceptRevision(
  ctx: BotContext,
  item: HistoryItem,
  choice: RevisionChoice,
  where: RevisionPlace,
): Promise<AcceptOutcome> {
  const from = ctx.from!;
  const chat = ctx.chat!;
  const rootId = item.rootId ?? item.requestId ?? "";
  const version = await nextVersion(ctx, from.id, item, rootId);
  const profile = await ctx.deps.users.get(from.id);
  const settings = jobSettingsOf(profile);
  const category: string = choice.category ?? item.category;
  const target: TargetId | undefined = choice.target ??
    (isTargetId(item.target) ? item.target : undefined);
  const input: JobInput = {
    userId: from.id,
    chatId: chat.id,
    prompt: kindPrompt(item, choice),
    category,
    replyTo: where.replyTo,
    threadId: where.threadId,
    locale: localeOf(ctx.deps.i18n, profile, from.language_code),
    // The revision keeps the answer's target unless it picks another.
    settings: target ? { ...settings, target } : settings,
    revision: {
      parentId: item.requestId ?? "",
      rootId,
      version,
      previous: item.result,
      action: choice.action,
      instruction: revisionInstruction(choice),
      source: item.source,
    },
    ...(choice.action === "ask" ? { mode: "ask" as const } : {}),
  };
  const now = ctx.deps.clock.now();
  const outcome = await ctx.deps.jobs.accept(from.id, input, {
    // The role's limits; a ban since the role was read refuses it.
    ...admissionFor(ctx, from.id),
    tapKey: where.tapKey,
    // Read in the same round: questions that came meanwhile take the text.
    ...(where.divert
      ? {
        divertKey: sessionKey(chat.id),
        divert: (session: unknown) => isAnsweringIn(session, from.id, now),
      }
      : {}),
  });
  if (!outcome.ok && outcome.reason === "diverted" && !where.divert) {
    throw new Error("Cannot accept a revision: nothing diverts it");
  }
  log.debug("Revision {action} of an answer: {outcome}", {
    userId: from.id,
    action: choice.action,
    outcome: outcome.ok ? "accepted" : outcome.reason,
    version,
  });
  return outcome;
}

/**
 * The idea a revision writes from: the answer's own, but for another kind
 * with what else a typed change said ("make it an image in watercolor
 * style"), and for a text become a picture without the text's request
 * ("Write a poem about an autumn forest" shows "an autumn forest").
 */
function kindPrompt(item: HistoryItem, choice: RevisionChoice): string {
  if (choice.action !== "category") return item.prompt;
  const toPicture = choice.category !== undefined &&
    isVisualCategory(choice.category) && !isVisualCategory(item.category);
  const idea = toPicture ? subjectOfText(item.prompt) : item.prompt;
  return choice.words ? `${idea}\n\n${choice.words}` : idea;
}

/** The version a revision of `item` gets: one past the newest of its chain still kept. */
async function nextVersion(
  ctx: BotContext,
  userId: number,
  item: HistoryItem,
  rootId: string,
): Promise<number> {
  const items = await ctx.deps.history.list(userId);
  const chain = items.filter((other) =>
    (other.rootId ?? other.requestId) === rootId
  );
  return Math.max(item.version ?? 1, ...chain.map((i) => i.version ?? 1)) + 1;
}

// ---------------------------------------------------------------------------
// Clarifying questions

/** Whether a chat's session (as read from KV) holds questions waiting for `userId`'s answer. */
export function isAnsweringIn(
  session: unknown,
  userId: number,
  now: number,
): boolean {
  return awaitsAnswer(waitingIn(session, userId, now));
}

/**
 * Whether questions still wait for an answer; every question answered, the
 * prompt is being accepted and no answer is due.
 */
export function awaitsAnswer(
  pending: PendingQuestions | null | undefined,
): boolean {
  return pending !== null && pending !== undefined &&
    pending.answers.length < pending.questions.length;
}

/** The questions waiting for `userId` in a chat's session as read from KV. */
function waitingIn(
  session: unknown,
  userId: number,
  now: number,
): PendingQuestions | undefined {
  const pending = (session as SessionData | null)?.pending?.[String(userId)];
  return pending !== undefined && pending.expiresAt > now ? pending : undefined;
}

/** An answer to the current question: a suggested one, or a skip. */
type Answer = { option: number } | { skip: "one" | "all" } | {
  text: string;
  /** Set for the text kept under this "answer or new idea?" message. */
  kept?: number;
};

/** A tap under a question. */
async function answerQuestion(
  ctx: Tap,
  askId: string,
  question: number,
  answer: Answer,
): Promise<void> {
  const outcome = await recordAnswer(ctx, askId, question, answer);
  if (outcome === "expired") {
    const mine = await questionsOfOther(ctx, askId);
    return await toast(
      ctx,
      ctx.t(mine ? "questions-not-yours" : "questions-expired"),
      true,
    );
  }
  // A refusal has answered the tap already, with its notice.
  if (outcome !== "refused") await toast(ctx, "");
}

/**
 * A text typed while questions wait for the user: the answer to the current
 * one. One that reads like a new idea (see {@linkcode looksLikeNewIdea}) is
 * kept with the questions instead, and the user is asked which it is; a
 * reply to the questions' message is always the answer.
 */
export async function answerTyped(
  ctx: BotContext,
  text: string,
): Promise<void> {
  if (!(await claimFirst(ctx)) || !(await admitted(ctx))) return;
  await settleLocale(ctx);
  const pending = await ctx.deps.sessions.pending(
    ctx.chat!.id,
    ctx.from!.id,
    ctx.deps.clock.now(),
  );
  if (pending === null) {
    await ctx.reply(ctx.t("questions-expired"));
    return;
  }
  const question = pending.answers.length;
  if (question >= pending.questions.length) {
    // All answered a moment ago (another tap, another instance): too late.
    await ctx.reply(ctx.t("questions-expired"));
    return;
  }
  const replied = ctx.msg?.reply_to_message?.message_id;
  if (
    replied !== pending.messageId &&
    looksLikeNewIdea(text, pending.request, pending.questions[question])
  ) {
    return await askWhichTyped(ctx, pending, text);
  }
  await recordAnswer(ctx, pending.askId, question, { text });
}

/**
 * Ask whether `text` answers the current question or is a new idea, and keep
 * it with the questions until a button says which (a newer text typed
 * meanwhile takes its place).
 */
async function askWhichTyped(
  ctx: BotContext,
  pending: PendingQuestions,
  text: string,
): Promise<void> {
  const chatId = ctx.chat!.id;
  const question = pending.answers.length;
  const source = ctx.msg!;
  const sent = await ctx.reply(
    ctx.t("questions-typed-which", {
      question: pending.questions[question].text,
    }),
    {
      reply_parameters: {
        message_id: source.message_id,
        allow_sending_without_reply: true,
      },
      reply_markup: typedTextKeyboard(ctx.t, pending.askId, question),
    },
  );
  let replaced: TypedText | undefined;
  const kept = await ctx.deps.sessions.changePending(
    chatId,
    ctx.from!.id,
    (current) => {
      if (current?.askId !== pending.askId) return current;
      if (current.answers.length !== question) return current;
      replaced = current.typed;
      const typed: TypedText = {
        text,
        question,
        messageId: sent.message_id,
        sourceId: source.message_id,
      };
      return { ...current, typed };
    },
  );
  if (kept?.typed?.messageId !== sent.message_id) {
    // Answered or gone meanwhile (another tap, another instance).
    await ctx.api.editMessageText(
      chatId,
      sent.message_id,
      ctx.t("questions-expired"),
    ).catch(() => {});
    return;
  }
  if (replaced) {
    await closeKept(ctx, replaced.messageId, "questions-typed-replaced");
  }
}

/**
 * A button under "Is this your answer, or a new idea?": record the kept text
 * as the answer, or accept it as a new prompt, which sets the questions aside.
 */
async function decideTyped(
  ctx: Tap,
  askId: string,
  question: number,
  as: "answer" | "idea",
): Promise<void> {
  const pending = await ctx.deps.sessions.pending(
    ctx.chat!.id,
    ctx.from.id,
    ctx.deps.clock.now(),
  );
  const typed = pending?.askId === askId ? pending.typed : undefined;
  const messageId = ctx.callbackQuery.message?.message_id;
  if (
    pending === null || typed === undefined ||
    typed.question !== question || typed.messageId !== messageId
  ) {
    const theirs = await questionsOfOther(ctx, askId);
    return await toast(
      ctx,
      ctx.t(theirs ? "questions-not-yours" : "questions-expired"),
      true,
    );
  }
  if (as === "answer") {
    const outcome = await recordAnswer(ctx, askId, question, {
      text: typed.text,
      kept: typed.messageId,
    });
    if (outcome === "refused" || outcome === "queue_full") return;
    if (outcome === "recorded") {
      await toast(ctx, "");
      await ctx.editMessageText(ctx.t("questions-typed-as-answer"))
        .catch(() => {});
      return;
    }
    // Replaced or answered meanwhile.
    return await toast(ctx, ctx.t("workshop-already"));
  }
  await startTypedIdea(ctx, pending!, typed);
}

/**
 * Accept the kept text as a new prompt: the commit that writes its job also
 * drops the questions it replaces (only those: the new prompt's own may
 * wait by the time it runs), checked unchanged since they were read. So the
 * text is used once: "✍️ My answer" committed first makes this find it gone,
 * and after this commit that button finds no questions; a crash leaves
 * either both (tap again) or neither. Refused or limited, nothing changes:
 * the text stays kept and both buttons keep working.
 */
async function startTypedIdea(
  ctx: Tap,
  pending: PendingQuestions,
  typed: TypedText,
): Promise<void> {
  const userId = ctx.from.id;
  const chatId = ctx.chat!.id;
  const checked = validateRoughPrompt(typed.text);
  if (!checked.ok) {
    return await toast(ctx, ctx.t("prompt-empty"), true);
  }
  const message = ctx.callbackQuery.message;
  const { sessions, clock } = ctx.deps;
  const now = clock.now();
  const outcome = await ctx.deps.jobs.accept(
    userId,
    promptInput(ctx, checked.text, {
      replyTo: ctx.chat?.type === "private" ? undefined : typed.sourceId,
      threadId: message?.is_topic_message
        ? message.message_thread_id
        : undefined,
    }),
    {
      profileKey: userKey(userId),
      ...admissionFor(ctx, userId),
      divertKey: sessionKey(chatId),
      // Gone meanwhile (answered, replaced, taken by another tap).
      divert: (session) =>
        waitingIn(session, userId, now)?.typed?.messageId !== typed.messageId,
      settle: (entry, op) =>
        sessions.dropPendingIn(op, entry, userId, pending.askId, now),
    },
  );
  if (!outcome.ok && outcome.reason === "duplicate") {
    throw new Error("Cannot accept a typed idea: no update or tap to repeat");
  }
  if (!outcome.ok && outcome.reason === "diverted") {
    return await toast(ctx, ctx.t("workshop-already"));
  }
  await toast(ctx, tapOutcomeText(ctx, outcome), !outcome.ok);
  if (!outcome.ok) return;
  sessions.evict(chatId);
  await ctx.editMessageText(ctx.t("questions-typed-as-idea")).catch(() => {});
  await ctx.api.editMessageText(
    chatId,
    pending.messageId,
    ctx.t("questions-set-aside"),
  ).catch(() => {});
}

/**
 * Say under an "answer or new idea?" message, in place of its buttons, why
 * its text is no longer kept; gone already is fine.
 */
async function closeKept(
  ctx: BotContext,
  messageId: number,
  why: "questions-typed-replaced" | "questions-typed-unused",
): Promise<void> {
  await ctx.api.editMessageText(ctx.chat!.id, messageId, ctx.t(why))
    .catch(() => {});
}

/** Whether questions `askId` wait in this chat for someone other than the tapper. */
async function questionsOfOther(ctx: BotContext, askId: string) {
  const session = await ctx.deps.sessions.get(ctx.chat!.id, { fresh: true });
  return Object.entries(session?.pending ?? {}).some(([userId, pending]) =>
    userId !== String(ctx.from!.id) && pending.askId === askId
  );
}

/**
 * Record an answer to question `question` of `askId` (atomically: a second
 * tap of the same question changes nothing), then show the next question, or
 * accept the job that writes the prompt with every answer.
 */
async function recordAnswer(
  ctx: BotContext,
  askId: string,
  question: number,
  answer: Answer,
): Promise<
  "expired" | "recorded" | "stale" | "refused" | "queue_full" | "taken"
> {
  const chatId = ctx.chat!.id;
  const userId = ctx.from!.id;
  let stale = false;
  let taken = false;
  let typed: TypedText | undefined;
  const updated = await ctx.deps.sessions.changePending(
    chatId,
    userId,
    (current) => {
      if (current === null || current.askId !== askId) return current;
      if (current.answers.length !== question) {
        stale = true;
        return current;
      }
      const kept = "text" in answer ? answer.kept : undefined;
      if (
        kept !== undefined &&
        current.typed?.messageId !== kept
      ) {
        // The kept text was replaced, or taken as an answer or a new idea.
        taken = true;
        return current;
      }
      // A text kept for "answer or new idea?" goes with the question answered.
      typed = current.typed;
      const given = "option" in answer
        ? current.questions[question].options[answer.option] ?? ""
        : "text" in answer
        ? answer.text
        : "";
      const answers = [...current.answers, given];
      if ("skip" in answer && answer.skip === "all") {
        while (answers.length < current.questions.length) answers.push("");
      }
      const { typed: _, ...rest } = current;
      return { ...rest, answers };
    },
  );
  if (updated === null || updated.askId !== askId) return "expired";
  if (stale && updated.answers.length >= updated.questions.length) {
    // All answered, the prompt never accepted (the instance that took the
    // last answer stopped): accept it now, once (see writeWithAnswers).
    const written = await writeWithAnswers(ctx, updated, undefined);
    return written === "written" ? "recorded" : written;
  }
  if (stale) return "stale";
  if (taken) return "taken";
  const tapped = ctx.callbackQuery?.message?.message_id;
  if (typed && typed.messageId !== tapped) {
    await closeKept(ctx, typed.messageId, "questions-typed-unused");
  }
  if (updated.answers.length < updated.questions.length) {
    await showQuestion(ctx, updated);
    return "recorded";
  }
  const fromKept = "text" in answer && answer.kept !== undefined;
  const written = await writeWithAnswers(
    ctx,
    updated,
    fromKept ? typed : undefined,
  );
  return written === "written" ? "recorded" : written;
}

/** Edit the questions' message to the next question. */
async function showQuestion(
  ctx: BotContext,
  pending: PendingQuestions,
): Promise<void> {
  const index = pending.answers.length;
  await ctx.api.editMessageText(
    ctx.chat!.id,
    pending.messageId,
    questionText(ctx.t, pending.questions, index),
    {
      reply_markup: questionKeyboard(
        ctx.t,
        pending.askId,
        pending.questions,
        index,
      ),
    },
  ).catch(ignoreNotModified).catch((error) =>
    log.warn("Cannot show the next question: {error}", {
      userId: ctx.from!.id,
      error: String(error instanceof Error ? error.name : error),
    })
  );
}

/**
 * Every question answered: accept the job that writes the prompt with the
 * answers (once: keyed by the questions' job), then drop the questions and
 * show the answers given.
 *
 * @param typed the text kept for "answer or new idea?" that the last answer
 *   dropped: kept again when the answer is taken back
 * @returns "refused" when the user is no longer served (told, questions
 *   dropped), "queue_full" when the last answer was taken back (told)
 */
async function writeWithAnswers(
  ctx: BotContext,
  pending: PendingQuestions,
  typed: TypedText | undefined,
): Promise<"written" | "refused" | "queue_full"> {
  const userId = ctx.from!.id;
  const answers = pending.questions.map((question, i) => ({
    question: question.text,
    answer: pending.answers[i] ?? "",
    ...(question.id === undefined ? {} : { id: question.id }),
  }));
  const { mode: _mode, ...request } = pending.request;
  // One request with its questions: counted when asked, so no limit here;
  // but the role is read again with the job, and a ban since refuses it.
  const { sessions, clock } = ctx.deps;
  const chatId = ctx.chat!.id;
  const now = clock.now();
  // The commit that writes the job drops the questions: once, whoever taps.
  const outcome = await ctx.deps.jobs.accept(userId, {
    ...request,
    mode: "write",
    answers,
  }, {
    tapKey: tapKey(pending.askId, "answers"),
    gate: accessGate(ctx, userId),
    divertKey: sessionKey(chatId),
    divert: (session) =>
      waitingIn(session, userId, now)?.askId !== pending.askId,
    settle: (entry, op) =>
      sessions.dropPendingIn(op, entry, userId, pending.askId, now),
  });
  if (
    !outcome.ok &&
    (outcome.reason === "diverted" || outcome.reason === "duplicate")
  ) {
    // Written by another tap or instance, which shows the answers.
    return "written";
  }
  if (!outcome.ok && outcome.reason === "refused") {
    await ctx.deps.sessions.changePending(
      ctx.chat!.id,
      userId,
      (current) => (current?.askId === pending.askId ? null : current),
    );
    await ctx.api.editMessageReplyMarkup(ctx.chat!.id, pending.messageId)
      .catch(() => {});
    await refuseAccess(ctx, outcome.refusal);
    return "refused";
  }
  if (!outcome.ok && outcome.reason === "queue_full") {
    // Not accepted: the last answer is taken back, so it can be given again;
    // once, however many taps or instances found the queue full.
    await ctx.deps.sessions.changePending(
      ctx.chat!.id,
      userId,
      (current) =>
        current?.askId === pending.askId &&
          current.answers.length === pending.answers.length
          ? {
            ...current,
            answers: current.answers.slice(0, -1),
            ...(typed && !current.typed ? { typed } : {}),
          }
          : current,
    );
    await acknowledge(ctx, outcome);
    return "queue_full";
  }
  sessions.evict(chatId);
  const summary = answers
    .filter((qa) => qa.answer !== "")
    .map((qa) =>
      ctx.t("questions-answered", { question: qa.question, answer: qa.answer })
    );
  await ctx.api.editMessageText(
    ctx.chat!.id,
    pending.messageId,
    [...summary, "", ctx.t("questions-done")].join("\n").trim(),
  ).catch(() => {});
  if (outcome.ok && outcome.position > 0) await acknowledge(ctx, outcome);
  return "written";
}

export { composer as workshopFeature };
