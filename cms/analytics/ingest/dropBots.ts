import { type Dropped, drop } from './drop';

/**
 * User agents that are not people: crawlers, headless browsers, monitoring, HTTP
 * libraries and link-preview fetchers of chat apps and social networks. Matched
 * case-insensitively anywhere in the user agent.
 */
export const BOT_USER_AGENT_PATTERNS: readonly RegExp[] = [
  /bot/i, // googlebot, bingbot, uptimerobot, applebot, ...
  /crawl/i,
  /spider/i,
  /slurp/i,
  /headless/i, // HeadlessChrome (Puppeteer, Playwright)
  /lighthouse/i,
  /pingdom|statuscake|uptime|monitor/i,
  /curl|wget|python-requests|go-http-client|java\/|node-fetch|axios|okhttp/i,
  /facebookexternalhit|whatsapp|telegrambot|slackbot|discordbot|linkedinbot|twitterbot/i,
];

/** True for a missing or blank user agent or one that matches a bot pattern. */
export function isBotUserAgent(userAgent: string | undefined): boolean {
  if (userAgent === undefined || userAgent.trim() === '') return true;
  return BOT_USER_AGENT_PATTERNS.some((pattern) => pattern.test(userAgent));
}

/**
 * Step 3: drops events sent by bots. The user agent is only inspected here; it is never
 * returned, stored or logged.
 */
export function dropBots(userAgent: string | undefined) {
  const bot = isBotUserAgent(userAgent);
  return <T>(event: T): T | Dropped => (bot ? drop('bot') : event);
}
