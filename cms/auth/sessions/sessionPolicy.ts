/**
 * Staff sessions end after 30 minutes without activity (the admin renews the token while it is
 * used, and asks "stay signed in?" shortly before it runs out) and after 8 hours at the latest,
 * however active. A token is a JWT tied to a session on the account, so ending the session
 * (log out, "log out everywhere") makes it worthless at once.
 */
export const IDLE_TIMEOUT_SECONDS = 30 * 60;
export const MAX_SESSION_SECONDS = 8 * 60 * 60;
