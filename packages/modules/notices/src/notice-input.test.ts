import { describe, expect, it } from 'vitest';
import { noticeInput } from './notice-input.ts';

const now = new Date('2026-12-01T10:00:00Z');
const parse = (body: unknown) => noticeInput('Europe/Budapest', now).safeParse(body);
const base = { title: 'Water main works', body: 'Váci út is closed.', severity: 'warning' };

describe('noticeInput', () => {
  it('reads times on the city’s clock and starts now when no start is given', () => {
    const result = parse({ ...base, endsAt: '2026-12-01T18:00' });
    expect(result.data).toEqual({ ...base, startsAt: now, endsAt: new Date('2026-12-01T17:00:00Z') });
    expect(parse({ ...base, startsAt: '', endsAt: '' }).data).toMatchObject({ startsAt: now, endsAt: null });
  });

  it('refuses an end that is not after the start, naming endsAt', () => {
    const result = parse({ ...base, startsAt: '2026-12-02T08:00', endsAt: '2026-12-02T08:00' });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['endsAt', 'The end must be after the start']]);
  });

  it('names every field at fault', () => {
    const result = parse({ title: ' ', body: '', severity: 'panic', startsAt: '2026-02-30T08:00', endsAt: 'tomorrow' });
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['body', 'endsAt', 'severity', 'title']);
    expect(parse({ ...base, startsAt: '2026-02-30T08:00' }).error?.issues[0]).toMatchObject({ path: ['startsAt'], message: 'This date does not exist' });
  });
});
