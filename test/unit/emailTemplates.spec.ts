import { describe, expect, test } from 'vitest';
import { cancelled } from '../../cms/email/templates/cancelled';
import { confirmEmail } from '../../cms/email/templates/confirmEmail';
import { type CoordinatorNoticeInput, coordinatorNotice } from '../../cms/email/templates/coordinatorNotice';
import { escapeHtml, renderEmail } from '../../cms/email/templates/layout';
import { placeOffered } from '../../cms/email/templates/placeOffered';
import { type RegisteredPlace, registered } from '../../cms/email/templates/registered';
import { reminder } from '../../cms/email/templates/reminder';
import { waitingList } from '../../cms/email/templates/waitingList';
import { formatMeeting, formatMeetingDay, type MeetingTime } from '../../cms/groups/formatMeeting';

const MEETINGS = ['2027-02-02', '2027-03-02', '2027-03-30', '2027-04-27', '2027-06-01'].map((date) => ({
  date,
  start: '19:30',
  end: '21:30',
}));
const [FIRST, SECOND] = MEETINGS as [MeetingTime, MeetingTime];
const ONLINE_LINK = 'https://meet.example.org/room/8f3k-secret';
const base = { name: 'Sam', groupTitle: 'Groep Utrecht, voorjaar 2027', senderName: 'Het groepsteam' };
const inPerson = { kind: 'in-person' as const, address: 'Oudegracht 1, Utrecht' };

/** Every email the system sends, with realistic input. */
function allEmails(name = base.name) {
  const who = { ...base, name };
  return {
    confirmEmail: confirmEmail({ ...who, confirmUrl: 'https://groepen.example.org/bevestig?t=abc' }),
    registered: registered({
      ...who,
      meetings: MEETINGS,
      place: inPerson,
      cancelUrl: 'https://groepen.example.org/annuleer?t=abc',
    }),
    waitingList: waitingList({ ...who, cancelUrl: 'https://groepen.example.org/annuleer?t=abc' }),
    placeOffered: placeOffered({ ...who, meetings: MEETINGS, acceptUrl: 'https://groepen.example.org/plek?t=abc' }),
    reminder: reminder({ ...who, meeting: FIRST, meetingNumber: 1, meetingCount: 5, place: inPerson }),
    cancelled: cancelled(who),
    coordinatorNotice: coordinatorNotice({
      groupTitle: base.groupTitle,
      adminUrl: 'https://groepen.example.org/admin/x/1',
    }),
  };
}

describe('email templates', () => {
  test('use the agreed discreet subjects', () => {
    const subjects = Object.fromEntries(Object.entries(allEmails()).map(([key, email]) => [key, email.subject]));
    expect(subjects).toEqual({
      confirmEmail: 'Bevestig je e-mailadres',
      registered: 'We houden een plek voor je vrij',
      waitingList: 'Je staat op de wachtlijst',
      placeOffered: 'Er is een plek vrij voor je',
      reminder: 'Herinnering: bijeenkomst op dinsdag 2 februari',
      cancelled: 'Je aanmelding is geannuleerd',
      coordinatorNotice: 'Nieuwe aanmelding',
    });
  });

  test('never reveal the topic, the group or the person in a subject', () => {
    for (const email of Object.values(allEmails('Lotgenoot Stop'))) {
      expect(email.subject).not.toMatch(/lotgenot|misbruik|stop it now|seksu|groep utrecht|sam/i);
    }
  });

  test('escape a script in the name in HTML and keep it as plain text in the text part', () => {
    const name = '<script>alert("x")</script>';
    for (const email of Object.values(allEmails(name))) {
      expect(email.html).not.toContain('<script');
      if (email.subject === 'Nieuwe aanmelding') continue;
      expect(email.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
      expect(email.text).toContain(`Hallo ${name},`);
    }
  });

  test('produce self-contained Dutch HTML without external images or fonts', () => {
    for (const email of Object.values(allEmails())) {
      expect(email.html).toMatch(/^<!doctype html>\n<html lang="nl">/);
      expect(email.html).toContain(`<title>${escapeHtml(email.subject)}</title>`);
      expect(email.html).not.toMatch(/<img|<link|@import|url\(|@font-face|src=/i);
    }
  });

  test('put the online meeting link only in the reminder, never in the registration email', () => {
    const online = { kind: 'online' as const, meetingUrl: ONLINE_LINK };
    const reminded = reminder({ ...base, meeting: SECOND, meetingNumber: 2, meetingCount: 5, place: online });
    // Even if a caller passes the full online place object, registered must not use the link.
    const confirmed = registered({
      ...base,
      meetings: MEETINGS,
      place: online as RegisteredPlace,
      cancelUrl: 'https://groepen.example.org/annuleer?t=abc',
    });
    expect(reminded.text).toContain(ONLINE_LINK);
    expect(reminded.html).toContain(`href="${ONLINE_LINK}"`);
    expect(confirmed.text).not.toContain('meet.example.org');
    expect(confirmed.html).not.toContain('meet.example.org');
    expect(confirmed.text).toContain('De link voor de online bijeenkomst krijg je later per e-mail.');
  });

  test('list all meeting dates, the address and the cancel link when a place is confirmed', () => {
    const { text, html } = allEmails().registered;
    expect(text).toContain('- dinsdag 2 februari 2027, 19:30–21:30');
    expect(text).toContain('- dinsdag 1 juni 2027, 19:30–21:30');
    expect(text).toContain('Plaats: Oudegracht 1, Utrecht');
    expect(text).toContain('Aanmelding annuleren:\nhttps://groepen.example.org/annuleer?t=abc');
    expect(html).toContain('<li>dinsdag 2 februari 2027, 19:30–21:30</li>');
    expect(html).toContain('href="https://groepen.example.org/annuleer?t=abc"');
  });

  test('say the get-to-know-you call decides, and never call the place settled before it', () => {
    const emails = allEmails();
    for (const email of [emails.registered, emails.placeOffered]) {
      expect(email.text).toContain('kennismakingsgesprek');
      expect(email.text).toMatch(/kijken we samen of de groep bij je past/);
      expect(`${email.subject}\n${email.text}`).not.toMatch(/\brond\b|definitief|je hebt een plek|je bent van harte welkom/i);
    }
  });

  test('give the reminder date, time and address for an in-person group', () => {
    const { text } = allEmails().reminder;
    expect(text).toContain('Wanneer: dinsdag 2 februari 2027, 19:30–21:30');
    expect(text).toContain('Waar: Oudegracht 1, Utrecht');
    expect(text).toContain('bijeenkomst 1 van 5');
  });

  test('say how long the confirmation and offer links work, and that declining needs no action', () => {
    const emails = allEmails();
    expect(emails.confirmEmail.text).toContain('De link werkt 48 uur.');
    expect(emails.confirmEmail.text).toContain('https://groepen.example.org/bevestig?t=abc');
    expect(emails.placeOffered.text).toContain('binnen 48 uur');
    expect(emails.placeOffered.text).toContain('Dan hoef je niets te doen.');
    expect(emails.placeOffered.text).toContain('https://groepen.example.org/plek?t=abc');
    expect(confirmEmail({ ...base, confirmUrl: 'https://x.example', validHours: 24 }).text).toContain(
      'De link werkt 24 uur.',
    );
  });

  test('keep personal data out of the coordinator notice', () => {
    const withPersonalData = {
      groupTitle: 'Groep Den Haag',
      adminUrl: 'https://groepen.example.org/admin/collections/registrations/17',
      name: 'Marieke',
      email: 'marieke@example.nl',
      phone: '0612345678',
    } as CoordinatorNoticeInput;
    const { subject, text, html } = coordinatorNotice(withPersonalData);
    for (const part of [subject, text, html]) {
      expect(part).not.toMatch(/marieke|0612345678/i);
    }
    expect(text).toContain('Er is een nieuwe aanmelding voor Groep Den Haag.');
    expect(html).toContain('href="https://groepen.example.org/admin/collections/registrations/17"');
  });
});

describe('renderEmail', () => {
  test('refuses links that are not http(s)', () => {
    const render = (url: string) => renderEmail({ subject: 'x', blocks: [{ kind: 'link', label: 'Klik', url }] });
    expect(() => render('javascript:alert(1)')).toThrow(/http\(s\)/);
    expect(() => render('data:text/html,hi')).toThrow(/http\(s\)/);
    expect(render('https://example.org/a?b=1&c=2').html).toContain('href="https://example.org/a?b=1&amp;c=2"');
  });
});

describe('escapeHtml', () => {
  test('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});

describe('formatMeeting', () => {
  test('formats a meeting in Dutch with weekday, date and time range', () => {
    expect(formatMeeting({ date: '2027-02-02', start: '19:30', end: '21:30' })).toBe(
      'dinsdag 2 februari 2027, 19:30–21:30',
    );
    expect(formatMeeting({ date: '2027-06-01', start: '09:05', end: '11:00' })).toBe(
      'dinsdag 1 juni 2027, 09:05–11:00',
    );
  });

  test('formats only the day for short texts', () => {
    expect(formatMeetingDay({ date: '2027-10-31', start: '19:30', end: '21:30' })).toBe('zondag 31 oktober');
  });
});
