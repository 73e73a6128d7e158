import { describe, expect, it } from 'vitest';
import { compileEntrySchema } from './compile-entry-schema.ts';
import { terrace } from './test-definitions.ts';

const photo = { fileId: 'f-1', name: 'terrace.jpg', type: 'image/jpeg', size: 120_000 };
const valid = () => ({
  businessName: ' Café Gerbeaud ',
  contactName: 'Kovács Anna',
  email: 'Anna@Example.test',
  district: 'd5',
  location: { line: 'Vörösmarty tér 7', point: { lat: 47.4963, lng: 19.0509 } },
  areaSquareMetres: '24.5',
  seats: 40,
  startDate: '2027-04-01',
  endDate: '2027-10-31',
  heaters: false,
  photo: [photo],
  consent: true,
});

const fieldErrors = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('compileEntrySchema', () => {
  const schema = compileEntrySchema(terrace(), 'permit');

  it('accepts a valid submission and normalises it', () => {
    const data = schema.parse(valid());
    expect(data).toMatchObject({ businessName: 'Café Gerbeaud', email: 'anna@example.test', areaSquareMetres: 24.5, heaters: false });
    expect(data).not.toHaveProperty('heaterCount');
  });

  it('names each field at fault, with its label', () => {
    const result = schema.safeParse({ ...valid(), email: 'not-an-email', seats: 0, district: 'd99', startDate: '1 April', businessName: undefined });
    const errors = fieldErrors(result);
    expect(Object.keys(errors).sort()).toEqual(['businessName', 'district', 'email', 'seats', 'startDate']);
    expect(errors.businessName).toBe('“Name of the business” is required');
    expect(errors.email).toMatch(/email address/);
    expect(errors.seats).toMatch(/at least 1/);
    expect(errors.district).toMatch(/not one of the options/);
  });

  it('writes the labels in the requested locale', () => {
    const hu = compileEntrySchema(terrace(), 'permit', { locale: 'hu' });
    expect(fieldErrors(hu.safeParse({ ...valid(), contactName: '' })).contactName).toBe('“Kapcsolattartó neve” is required');
  });

  it('refuses fields the form does not have, the submitter and staff fields included', () => {
    const errors = fieldErrors(schema.safeParse({ ...valid(), applicant: '00000000-0000-4000-8000-000000000000', inspectorNotes: 'fine', colour: 'red' }));
    expect(Object.keys(errors).sort()).toEqual(['applicant', 'colour', 'inspectorNotes']);
  });

  it('lets staff fill in staff fields', () => {
    const staff = compileEntrySchema(terrace(), 'permit', { audience: 'staff' });
    expect(staff.parse({ ...valid(), inspectorNotes: 'Pavement wide enough' }).inspectorNotes).toBe('Pavement wide enough');
  });

  describe('conditions', () => {
    it('requires a shown field', () => {
      expect(fieldErrors(schema.safeParse({ ...valid(), heaters: true })).heaterCount).toMatch(/required/);
      expect(schema.parse({ ...valid(), heaters: true, heaterCount: 4 }).heaterCount).toBe(4);
    });

    it('neither requires nor keeps nor checks a hidden field', () => {
      expect(schema.safeParse({ ...valid(), heaters: false }).success).toBe(true);
      const data = schema.parse({ ...valid(), heaters: false, heaterCount: 'lots' });
      expect(data).not.toHaveProperty('heaterCount');
    });
  });

  describe('rules per type', () => {
    it.each([
      ['a number with too many decimals', { areaSquareMetres: 12.25 }, 'areaSquareMetres', /at most 1 decimals/],
      ['a whole number with decimals', { seats: 4.5 }, 'seats', /whole number/],
      ['a number as words', { seats: 'forty' }, 'seats', /number/],
      ['a consent that is no', { consent: false }, 'consent', /must be yes/],
      ['a phone number of letters', { phone: 'call me' }, 'phone', /phone number/],
      ['a photo of the wrong type', { photo: [{ ...photo, type: 'application/pdf' }] }, 'photo', /must be one of image/],
      ['a photo too large', { photo: [{ ...photo, size: 9 * 1024 * 1024 }] }, 'photo', /at most 8388608 bytes/],
      ['too many photos', { photo: [photo, photo, photo, photo] }, 'photo', /at most 3 files/],
      ['an empty list of photos', { photo: [] }, 'photo', /required/],
      ['an address without its street', { location: { line: '' } }, 'location', /required/],
      ['a map point off the globe', { location: { line: 'Tér 1', point: { lat: 123, lng: 0 } } }, 'location', /./],
      ['text too long', { notes: 'x'.repeat(2001) }, 'notes', /at most 2000 characters/],
    ])('refuses %s', (_what, change, field, message) => {
      expect(fieldErrors(schema.safeParse({ ...valid(), ...change }))[field]).toMatch(message);
    });
  });

  it('checks patterns, rich text, money and multiple choice of other definitions', async () => {
    const { assertBuiltModuleDefinition } = await import('./parse-definition.ts');
    const { minimalInput } = await import('./test-definitions.ts');
    const input = minimalInput();
    input.entityTypes[0].fields = [
      { key: 'plate', type: 'shortText', label: { en: 'Plate' }, pattern: '[A-Z]{3}-[0-9]{3}' },
      { key: 'story', type: 'richText', label: { en: 'Story' }, required: true },
      { key: 'fee', type: 'money', label: { en: 'Fee' }, currency: 'EUR', max: 100 },
      { key: 'yen', type: 'money', label: { en: 'Yen' }, currency: 'JPY' },
      {
        key: 'tags',
        type: 'multipleChoice',
        label: { en: 'Tags' },
        maxSelected: 2,
        options: ['a', 'b', 'c'].map((value) => ({ value, label: { en: value } })),
      },
      { key: 'parent', type: 'reference', entityType: 'item', label: { en: 'Parent' } },
    ];
    const s = compileEntrySchema(assertBuiltModuleDefinition(input), 'item');
    const ok = s.parse({ plate: 'ABC-123', story: '<p onclick="x()">Hi <script>alert(1)</script><a href="javascript:x">l</a></p>', fee: 9.99, yen: 500, tags: ['a', 'c'] });
    expect(ok.story).toBe('<p>Hi <a>l</a></p>');
    const errors = fieldErrors(
      s.safeParse({ plate: 'abc-1234', story: '<script>alert(1)</script>', fee: 1.005, yen: 1.5, tags: ['a', 'b', 'c'], parent: 'nope' }),
    );
    expect(errors).toMatchObject({
      plate: expect.stringMatching(/expected form/),
      story: expect.stringMatching(/required/),
      fee: expect.stringMatching(/2 decimals/),
      yen: expect.stringMatching(/whole number/),
      tags: expect.stringMatching(/at most 2 choices/),
      parent: expect.stringMatching(/id of an entry/),
    });
    expect(fieldErrors(s.safeParse({ story: 'x', tags: ['a', 'a'] })).tags).toMatch(/twice/);
  });

  it('refuses a body that is not an object', () => {
    expect(schema.safeParse(['a']).success).toBe(false);
  });
});
