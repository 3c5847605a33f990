import { randomBytes } from 'node:crypto';
import type { Payload } from 'payload';
import { attemptCounter } from '../lib/rateLimit/attemptCounter';
import type { AttemptCounter } from '../lib/rateLimit/types';
import { addPersonMessage } from './addPersonMessage';
import { contactSettings } from './contactSettings';
import { deleteSchema, parseForm, replySchema, startSchema, unlockSchema } from './contactSchema';
import { formatInGroups } from './conversationCodes';
import { forgetEmail } from './forgetEmail';
import { personView } from './personView';
import * as say from './siteMessages';
import { startConversation } from './startConversation';
import type { ContactFormInfo, ContactSite, ConversationAction, ConversationResult, StartResult, StartValues } from './types';
import { unlockConversation } from './unlockConversation';

/** Conversations one connection may start per hour: plenty for a person, little for a bot. */
export const START_LIMIT = { perClient: 10, windowMs: 60 * 60 * 1000 } as const;

const DEFAULT_ANSWER_TIME = 'We antwoorden meestal binnen twee werkdagen.';
// Longer than any field allows; enough to give back what a person typed, not a pasted book.
const MAX_VALUE_CHARS = 6000;
const ACTIONS: ConversationAction[] = ['open', 'reply', 'delete', 'stopEmail'];

export interface ContactSiteOptions {
  now?: () => Date;
  counter?: AttemptCounter;
}

const keep = (value: unknown) => (typeof value === 'string' ? value.slice(0, MAX_VALUE_CHARS) : undefined);

/**
 * The contact form and conversations for the public site (see types.ts): validation with one
 * schema per form, throttles through the shared attempt counter, then the services.
 */
export function createContactSite(payload: Payload, options: ContactSiteOptions = {}): ContactSite {
  const now = options.now ?? (() => new Date());
  const counter = () => options.counter ?? attemptCounter(payload);
  const submissionKey = () => randomBytes(16).toString('base64url');

  async function info(): Promise<ContactFormInfo> {
    const helpline = (await payload.findGlobal({ slug: 'helpline', overrideAccess: false, depth: 0 })) as unknown as Record<string, unknown>;
    return {
      enabled: helpline.contactFormEnabled !== false,
      answerTime: typeof helpline.contactAnswerTime === 'string' && helpline.contactAnswerTime.trim() ? helpline.contactAnswerTime.trim() : DEFAULT_ANSWER_TIME,
      retentionDays: contactSettings().retentionDays,
    };
  }

  async function start(form: Record<string, string>, clientAddress: string | undefined): Promise<StartResult> {
    const values: StartValues = { message: keep(form.message), about: keep(form.about), name: keep(form.name), email: keep(form.email) };
    const again = (errors: Record<string, string>, formError?: string): StartResult => ({ kind: 'form', errors, formError, values, submission: submissionKey() });
    if (!(await info()).enabled) return { kind: 'closed' };
    const parsed = parseForm(startSchema, form);
    // Field errors first, and not counted: correcting a typo never uses up attempts.
    if (!parsed.ok) return again(parsed.errors);
    // The honeypot: a person never sees this field. Nothing is stored for a bot.
    if (parsed.data.website.trim() !== '') return again({}, say.FORM_UNREADABLE);
    if (clientAddress && (await counter().hit('contact-start', clientAddress, START_LIMIT.windowMs)) > START_LIMIT.perClient) {
      return again({}, say.TOO_MANY_STARTS);
    }
    const result = await startConversation(payload, parsed.data, now());
    if (result.outcome === 'duplicate') return { kind: 'duplicate' };
    return { kind: 'created', code: formatInGroups(result.code), secret: formatInGroups(result.secret), notifyByEmail: Boolean(parsed.data.email) };
  }

  async function conversation(form: Record<string, string>, clientAddress: string | undefined): Promise<ConversationResult> {
    const action = ACTIONS.find((a) => a === form.action) ?? 'open';
    const pendingMessage = action === 'reply' ? keep(form.message) : keep(form.pending);
    const locked = (reason: 'invalid' | 'wrong' | 'throttled', errors: Record<string, string>, formError?: string): ConversationResult => ({
      kind: 'locked',
      reason,
      errors,
      formError,
      values: { code: keep(form.code)?.slice(0, 40), secret: keep(form.secret)?.slice(0, 40) },
      ...(pendingMessage?.trim() ? { pendingMessage } : {}),
    });

    const credentials = parseForm(unlockSchema, form);
    if (!credentials.ok) return locked('invalid', credentials.errors);
    const { retentionDays } = await info();
    const unlocked = await unlockConversation(payload, credentials.data, clientAddress, counter());
    if (unlocked.outcome === 'throttled') return locked('throttled', {}, say.THROTTLED);
    if (unlocked.outcome === 'wrong') return locked('wrong', {}, say.wrongCodeOrSecret(retentionDays));
    const { id } = unlocked;

    const open = async (extra: { notice?: string; replyError?: string; replyValue?: string; deleteError?: string } = {}): Promise<ConversationResult> => {
      const view = await personView(payload, id);
      if (!view) return locked('wrong', {}, say.wrongCodeOrSecret(retentionDays));
      return {
        kind: 'open',
        code: formatInGroups(credentials.data.code),
        secret: formatInGroups(credentials.data.secret),
        conversation: view,
        submission: submissionKey(),
        ...extra,
      };
    };

    if (action === 'reply') {
      const reply = parseForm(replySchema, form);
      if (!reply.ok) return open({ replyError: reply.errors.message ?? reply.errors.submission, replyValue: keep(form.message) });
      const added = await addPersonMessage(payload, id, reply.data, now());
      return open({ notice: added ? say.REPLY_SENT : say.REPLY_ALREADY_SENT });
    }
    if (action === 'delete') {
      const confirmed = parseForm(deleteSchema, form);
      if (!confirmed.ok) return open({ deleteError: confirmed.errors.confirm });
      await payload.delete({ collection: 'conversations', id, overrideAccess: true });
      return { kind: 'deleted' };
    }
    if (action === 'stopEmail') {
      await forgetEmail(payload, id);
      return open({ notice: say.EMAIL_FORGOTTEN });
    }
    return open(pendingMessage?.trim() ? { replyValue: pendingMessage } : {});
  }

  return { info, submissionKey, start, conversation };
}
