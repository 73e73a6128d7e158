import { describe, expect, it } from 'vitest';
import { cityHomeUrl, cityHost } from './city-host.ts';

describe('cityHost', () => {
  it('puts the slug in place of the console label, keeping the port', () => {
    expect(cityHost('lyon', 'console.localhost:3000')).toBe('lyon.localhost:3000');
    expect(cityHost('lyon', 'console.civitas.example')).toBe('lyon.civitas.example');
    expect(cityHomeUrl('lyon', { protocol: 'https:', host: 'console.civitas.example' })).toBe('https://lyon.civitas.example/');
  });
});
