import { describe, expect, it } from 'vitest';
import { contactsSettings } from './contacts-settings.ts';
import { starterText } from './starter-text.ts';

const shipped = contactsSettings.parse({}).categories;

describe('starterText', () => {
  it('speaks the city’s language when the module has it, English otherwise', () => {
    expect(starterText('fr', shipped)).toEqual({ name: 'Mairie', category: 'Services de la mairie' });
    expect(starterText('hu', shipped)).toEqual({ name: 'Városháza', category: 'Városházi ügyintézés' });
    expect(starterText('es-MX', shipped)).toEqual({ name: 'Ayuntamiento', category: 'Servicios del ayuntamiento' });
    expect(starterText('en', shipped)).toEqual({ name: 'Town hall', category: 'Town hall services' });
    expect(starterText('de', shipped)).toEqual({ name: 'Town hall', category: 'Town hall services' });
  });

  it('files the entry under the city’s own first category when it set its own', () => {
    expect(starterText('fr', ['Mairie annexe', 'Bibliothèques'])).toEqual({ name: 'Mairie', category: 'Mairie annexe' });
    expect(starterText('fr', [])).toEqual({ name: 'Mairie', category: 'Services de la mairie' });
  });
});
