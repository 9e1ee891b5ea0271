import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isCommonPassword, rejectingCommonPasswords } from './password-policy';
import { newPasswordSchema } from './password-rules';

describe('new passwords', () => {
  it('need 8 to 128 characters and no particular mix of characters', () => {
    expect(newPasswordSchema.safeParse('short').error?.issues[0]?.message).toBe('tooShort');
    expect(newPasswordSchema.safeParse('x'.repeat(129)).error?.issues[0]?.message).toBe('tooLong');
    expect(newPasswordSchema.safeParse('river stones at dusk').success).toBe(true);
  });

  it('refuse the common passwords of a list of tens of thousands', () => {
    expect(isCommonPassword('password1')).toBe(true);
    expect(isCommonPassword('Qwertyuiop')).toBe(true);
    const form = rejectingCommonPasswords(z.object({ password: newPasswordSchema }), 'password');
    expect(form.safeParse({ password: 'iloveyou' }).error?.issues[0]).toMatchObject({
      path: ['password'],
      message: 'tooCommon',
    });
    expect(form.safeParse({ password: 'river stones at dusk' }).success).toBe(true);
    expect(isCommonPassword('river stones at dusk')).toBe(false);
  });
});
