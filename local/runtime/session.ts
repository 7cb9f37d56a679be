// The local Session service: a switchable active user ('' models an identity Apps Script hides), the effective user, time zone and locale.
import type { LocalUserApi } from './api';
import { createHash } from 'node:crypto';
import type { CallCounter } from './counter';

/** Who runs the script now. activeUser '' is what Apps Script returns when policy hides the identity (simple triggers, custom functions). */
export interface SessionState {
  activeUser: string;
  effectiveUser: string;
  scriptTimeZone: string;
  userLocale: string;
}

/** A User as Session returns it. Calls count under "Session". */
export class LocalUser implements LocalUserApi {
  constructor(
    private readonly email: string,
    private readonly counter: CallCounter,
  ) {}

  getEmail(): string {
    this.counter.count('Session', 'User.getEmail');
    return this.email;
  }

  /** Equals the email, as in Apps Script. */
  toString(): string {
    return this.email;
  }
}

/** The Session global. */
export function createSession(state: SessionState, counter: CallCounter): Record<string, unknown> {
  const count = (method: string) => counter.count('Session', `Session.${method}`);
  return {
    getActiveUser: () => {
      count('getActiveUser');
      return new LocalUser(state.activeUser, counter);
    },
    getEffectiveUser: () => {
      count('getEffectiveUser');
      return new LocalUser(state.effectiveUser, counter);
    },
    getScriptTimeZone: () => {
      count('getScriptTimeZone');
      return state.scriptTimeZone;
    },
    getActiveUserLocale: () => {
      count('getActiveUserLocale');
      return state.userLocale;
    },
    /** Stable per effective user within a runtime; opaque, as in Apps Script (which rotates it every 30 days). */
    getTemporaryActiveUserKey: () => {
      count('getTemporaryActiveUserKey');
      return createHash('sha256').update(`temporary-key:${state.effectiveUser}`).digest('base64').slice(0, 43);
    },
  };
}
