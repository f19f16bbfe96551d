import { describe, expect, it } from 'vitest';
import {
  ANONYMOUS,
  authScopesFor,
  hasScope,
  missingApiScope,
  unauthorizedError,
  userIdOf,
  type Identity,
} from '@capstone/auth';

const user: Identity = { kind: 'user', userId: 'u1', role: 'USER' };
const admin: Identity = { kind: 'user', userId: 'a1', role: 'ADMIN' };
const adminKey: Identity = {
  kind: 'apiKey',
  userId: 'a1',
  role: 'ADMIN',
  keyId: 'k1',
  scopes: ['market:read'],
};

describe('auth scopes', () => {
  it('let a signed-in user use every API scope, and a key only those it names', () => {
    expect(hasScope(user, 'portfolio:write')).toBe(true);
    expect(hasScope(adminKey, 'market:read')).toBe(true);
    expect(hasScope(adminKey, 'portfolio:write')).toBe(false);
    expect(hasScope(ANONYMOUS, 'market:read')).toBe(false);
  });

  it('count a key as authenticated but never as a session, even an administrator’s', () => {
    const scopes = authScopesFor(adminKey);
    expect(scopes).toMatchObject({ authenticated: true, session: false, admin: true });
    expect(authScopesFor(admin)).toMatchObject({ session: true, admin: true });
    expect(authScopesFor(ANONYMOUS)).toMatchObject({ authenticated: false, admin: false });
  });

  it('give the user an identity acts for, and none for the anonymous', () => {
    expect(userIdOf(adminKey)).toBe('a1');
    expect(userIdOf(ANONYMOUS)).toBeUndefined();
  });
});

describe('refusals', () => {
  const lacksWrite = {
    kind: 'AllAuthScopes',
    failures: [
      { kind: 'AuthScope', scope: 'authenticated', parameter: true },
      {
        kind: 'AnyAuthScopes',
        failures: [{ kind: 'AuthScope', scope: 'scope', parameter: 'portfolio:write' }],
      },
    ],
  };

  it('find the API scope a refusal asked for, however deep it is nested', () => {
    expect(missingApiScope(lacksWrite)).toBe('portfolio:write');
    expect(missingApiScope({ kind: 'AuthScope', scope: 'admin', parameter: true })).toBeUndefined();
  });

  it('name the missing scope only to an API key; a user is simply not allowed', () => {
    expect(unauthorizedError(adminKey, lacksWrite).extensions).toMatchObject({
      code: 'FORBIDDEN',
      requiredScope: 'portfolio:write',
    });
    expect(unauthorizedError(user, lacksWrite).extensions).not.toHaveProperty('requiredScope');
    expect(unauthorizedError(user, lacksWrite).extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(unauthorizedError(ANONYMOUS, lacksWrite).extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });

  it('say so in Korean, and in English for the gateway to answer with', () => {
    const refusal = unauthorizedError(adminKey, lacksWrite);
    expect(refusal.message).toBe(
      '이 API 키에는 portfolio:write 권한이 없습니다. 그 권한이 있는 키를 만드세요',
    );
    expect(refusal.extensions.messages).toEqual({
      ko: refusal.message,
      en: 'This API key lacks the scope portfolio:write; create a key that has it',
    });
  });
});
