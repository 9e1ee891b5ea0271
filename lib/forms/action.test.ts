import { describe, expect, it } from 'vitest';
import { formAction } from './action';
import type { SubmittedValues } from './result';

const formData = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
};

describe('a form action', () => {
  it('refuses a value with a NUL byte or another control character beside its field, before the write runs', async () => {
    const seen: SubmittedValues[] = [];
    const action = formAction(
      (values) => {
        seen.push(values);
        return Promise.resolve({ ok: true });
      },
      { lists: ['themes'], secret: ['password'] },
    );
    const answer = await action(
      null,
      formData([
        ['name', 'Ana\u0000'],
        ['themes', 'youth'],
        ['themes', 'x\u001b[31m'],
        ['password', 'secret\u0000'],
        ['note', 'two\nlines\tand a tab'],
      ]),
    );
    expect(answer).toMatchObject({
      ok: false,
      status: 400,
      message: 'invalidInput',
      fieldErrors: { name: ['invalidCharacters'], themes: ['invalidCharacters'], password: ['invalidCharacters'] },
      // Sent back without the characters, and never the secret.
      values: { name: 'Ana', themes: ['youth', 'x[31m'], note: 'two\nlines\tand a tab' },
    });
    expect(answer && 'values' in answer ? answer.values : {}).not.toHaveProperty('password');
    expect(seen).toEqual([]);
  });

  it('passes tabs and line breaks to the write', async () => {
    const action = formAction((values) => Promise.resolve({ ok: true, message: String(values.note) }));
    expect(await action(null, formData([['note', 'two\r\nlines\tand a tab']]))).toEqual({
      ok: true,
      message: 'two\r\nlines\tand a tab',
    });
  });

  it('refuses a call whose arguments are not a form (a hand-made request), before the write runs', async () => {
    let ran = false;
    const action = formAction(() => {
      ran = true;
      return Promise.resolve({ ok: true });
    });
    for (const argument of [42, null, 'text', ['nested'], { entries: 'not a function' }]) {
      expect(await action(null, argument as unknown as FormData)).toMatchObject({ ok: false, status: 400 });
    }
    expect(ran).toBe(false);
  });
});
