import type { ChannelHoursView, ChannelView, HelplineView, Weekday } from './types';

type Doc = Record<string, any>;

const AMSTERDAM_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });
/** The contact form's fixed route (site/pages/contact/index.astro). */
export const CONTACT_FORM_PATH = '/contact';

function hoursOf(doc: Doc, field: string, channel: string, today: string): ChannelHoursView {
  return {
    slots: ((doc[field] ?? []) as Doc[]).map((slot) => ({ weekday: Number(slot.weekday) as Weekday, opens: slot.opens, closes: slot.closes })),
    closedDates: ((doc.closedDates ?? []) as Doc[])
      // A closed date names its channels; dates saved before channels existed close them all.
      .filter((day) => !Array.isArray(day.channels) || day.channels.length === 0 || day.channels.includes(channel))
      .map((day) => ({ date: AMSTERDAM_DAY.format(new Date(day.date)), ...(day.label ? { label: String(day.label) } : {}) }))
      // Past days change nothing any more; leaving them out keeps every page a little smaller.
      .filter((day) => day.date >= today),
  };
}

function channel(doc: Doc, name: string, key: string, today: string): ChannelView {
  return { hours: hoursOf(doc, `${name}Hours`, key, today), note: String(doc[`${name}Note`] ?? '').trim() };
}

/** The Helpline global as the site renders it. A chat without an address does not exist. */
export function toHelplineView(doc: Doc, now: number): HelplineView {
  const today = AMSTERDAM_DAY.format(new Date(now));
  const chatUrl = typeof doc.chatUrl === 'string' ? doc.chatUrl.trim() : '';
  return {
    phone: doc.phone ?? '',
    phoneHref: doc.phoneHref ?? '',
    channels: {
      phone: channel(doc, 'phone', 'phone', today),
      chat: chatUrl ? { ...channel(doc, 'chat', 'chat', today), url: chatUrl } : null,
      contact:
        doc.contactFormEnabled === false
          ? null
          : { ...channel(doc, 'contact', 'contact', today), url: CONTACT_FORM_PATH, answerTime: String(doc.contactAnswerTime ?? '').trim() },
    },
    closedNote: doc.closedNote ?? '',
    hoursAreExamples: Boolean(doc.hoursAreExamples),
  };
}
