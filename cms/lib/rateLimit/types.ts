/**
 * Counts attempts per (bucket, key) in fixed windows. Buckets name what is limited
 * (`signup`, `contact-open:<conversation>`, `login-account`, …); keys are client addresses,
 * account e-mails and the like, which implementations store only as keyed hashes.
 */
export interface AttemptCounter {
  /**
   * Records one attempt and returns how many attempts this key made in the current window of
   * `windowMs`, this one included. Safe under concurrency: N simultaneous hits return 1…N.
   */
  hit(bucket: string, key: string, windowMs: number): Promise<number>;
  /** Attempts in the current window, without recording one. */
  peek(bucket: string, key: string, windowMs: number): Promise<number>;
  /** Forgets a key's attempts (e.g. after a successful login). */
  clear(bucket: string, key: string): Promise<void>;
}
