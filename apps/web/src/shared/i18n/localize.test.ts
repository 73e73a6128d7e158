import { describe, expect, it } from 'vitest';
import { localize } from './localize.ts';

describe('localize', () => {
  const text = { en: 'City contacts', hu: 'Városi elérhetőségek' };
  it('uses the current locale when the module ships it', () => {
    expect(localize(text, 'hu')).toBe('Városi elérhetőségek');
    expect(localize(text, 'hu-HU')).toBe('Városi elérhetőségek');
  });
  it('falls back to English, also for an empty translation', () => {
    expect(localize(text, 'fr')).toBe('City contacts');
    expect(localize({ en: 'Notices', es: '' }, 'es')).toBe('Notices');
  });
  it('passes plain strings through', () => {
    expect(localize('Paris', 'fr')).toBe('Paris');
  });
});
