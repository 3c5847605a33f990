import type { Access } from 'payload';

/** Nobody through the API; only server code with overrideAccess (e.g. the sign-up service). */
export const nobody: Access = () => false;
