import { describe, expect, it } from 'vitest';
import { groupTimeZones } from './time-zones.ts';

describe('groupTimeZones', () => {
  it('groups zones by region, named by place, with the rest last', () => {
    expect(groupTimeZones(['UTC', 'Europe/Paris', 'America/Argentina/Buenos_Aires', 'Europe/Budapest'], 'Other')).toEqual([
      { region: 'America', zones: [{ id: 'America/Argentina/Buenos_Aires', label: 'Argentina – Buenos Aires' }] },
      { region: 'Europe', zones: [{ id: 'Europe/Budapest', label: 'Budapest' }, { id: 'Europe/Paris', label: 'Paris' }] },
      { region: 'Other', zones: [{ id: 'UTC', label: 'UTC' }] },
    ]);
  });
});
