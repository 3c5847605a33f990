import type { Access } from 'payload';

/** Public: the anonymous site may do this. */
export const anyone: Access = () => true;
