// A module resolve hook that adds the `production` export condition, for when the server is
// started without `node --conditions=production` (npm start passes it). With it, lexical's
// packages resolve to their production builds instead of wrappers that choose one with a
// top-level await, which under load sometimes left the start-up import hanging forever.
export async function resolve(specifier, context, nextResolve) {
  const conditions = context.conditions.includes('production') ? context.conditions : [...context.conditions, 'production'];
  return nextResolve(specifier, { ...context, conditions });
}
