/** Largest page an anonymous reader may ask for; the public site reads through the Local API. */
export const ANONYMOUS_MAX_LIMIT = 50;
/** Deepest relationship population an anonymous reader may ask for. */
export const ANONYMOUS_MAX_DEPTH = 2;
/** Staff: Payload's own ceiling for depth is 10; pages beyond this are never real. */
export const MAX_PAGE = 100_000;
export const STAFF_MAX_LIMIT = 1_000;
