const FORMAT = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** The inbox title of a conversation: when it started, in Dutch time. Says nothing about the person. */
export function conversationTitle(startedAt: Date): string {
  return `Gesprek van ${FORMAT.format(startedAt)}`;
}
