import { describe, expect, it } from 'vitest';
import { classifyChange } from './classify-change.ts';
import { assertBuiltModuleDefinition } from './parse-definition.ts';
import { terrace, terraceInput } from './test-definitions.ts';

/** Classifies the example against a changed copy of itself. */
const afterChange = (change: (d: any) => void) => {
  const input = terraceInput();
  change(input);
  return classifyChange(terrace(), assertBuiltModuleDefinition(input));
};
const permit = (d: any) => d.entityTypes[0];
const field = (d: any, key: string) => permit(d).fields.find((f: any) => f.key === key);

describe('classifyChange', () => {
  it('finds nothing between a definition and itself', () => {
    expect(classifyChange(terrace(), terrace())).toEqual({ level: 'none', reasons: [] });
  });

  it.each([
    ['a changed label', (d: any) => (field(d, 'email').label.en = 'Your email'), 'entityTypes[permit].fields[email].label'],
    ['a changed help text', (d: any) => (field(d, 'location').help.hu = 'Utca'), 'entityTypes[permit].fields[location].help'],
    ['a changed option label', (d: any) => (field(d, 'district').options[0].label.en = 'Belváros'), 'entityTypes[permit].fields[district].options[d5].label'],
    ['a changed email text', (d: any) => (permit(d).workflow.states[2].email.body.en = 'Approved!'), 'entityTypes[permit].workflow.states[approved].email.body'],
    ['a changed module name', (d: any) => (d.name.en = 'Terraces'), 'name'],
    ['a changed confirmation', (d: any) => (d.forms[0].confirmation.hu = 'Köszönjük!'), 'forms[request].confirmation'],
  ])('calls %s a patch', (_what, change, path) => {
    const result = afterChange(change);
    expect(result.level).toBe('patch');
    expect(result.reasons).toEqual([expect.objectContaining({ level: 'patch', path })]);
  });

  it.each([
    ['a new optional field', (d: any) => permit(d).fields.push({ key: 'website', type: 'shortText', label: { hu: 'Honlap', en: 'Website' } }), /new optional field website/],
    ['a new option', (d: any) => field(d, 'district').options.push({ value: 'd9', label: { hu: 'IX.', en: 'IX' } }), /d9 added/],
    ['a new state', (d: any) => permit(d).workflow.states.push({ key: 'withdrawn', label: { hu: 'Visszavonva', en: 'Withdrawn' }, terminal: true }), /withdrawn added/],
    ['a required field made optional', (d: any) => (field(d, 'phone').required = false, field(d, 'seats').required = false), /now optional/],
    ['a longer maximum length', (d: any) => (field(d, 'businessName').maxLength = 200), /maxLength loosened \(120 → 200\)/],
    ['a higher maximum', (d: any) => (field(d, 'seats').max = 500), /max loosened/],
    ['more photos allowed', (d: any) => (field(d, 'photo').maxFiles = 5), /maxFiles loosened \(3 → 5\)/],
    ['a removed transition', (d: any) => permit(d).workflow.transitions.pop(), /reject removed/],
    ['a new condition', (d: any) => (field(d, 'notes').visibleWhen = { field: 'heaters', operator: 'equals', value: true }), /condition changed/],
    ['a form opening window', (d: any) => (d.forms[0].closesAt = '2027-09-30T23:59:00+02:00'), /closesAt changed/],
    ['a due time', (d: any) => (permit(d).workflow.states[0].dueInDays = 3), /due time/],
    ['a new adoptable setting', (d: any) => d.settings.push({ kind: 'fieldLabel', entityType: 'permit', field: 'seats' }), /added/],
  ])('calls %s minor', (_what, change, message) => {
    const result = afterChange(change);
    expect(result.level, JSON.stringify(result.reasons)).toBe('minor');
    expect(result.reasons.map((r) => r.message).join('; ')).toMatch(message);
  });

  it.each([
    ['a removed field', (d: any) => (permit(d).fields = permit(d).fields.filter((f: any) => f.key !== 'notes')), 'entityTypes[permit].fields[notes]', /notes removed/],
    ['a changed type', (d: any) => Object.assign(field(d, 'notes'), { type: 'richText' }), 'entityTypes[permit].fields[notes]', /type changed from longText to richText/],
    ['a removed state', (d: any) => {
      permit(d).workflow.states = permit(d).workflow.states.filter((s: any) => s.key !== 'underReview');
      permit(d).workflow.transitions = [{ key: 'approve', label: { hu: 'J', en: 'A' }, from: ['submitted'], to: 'approved', permission: 'decide' }];
      d.pages[0].states = ['approved'];
    }, 'entityTypes[permit].workflow.states[underReview]', /underReview removed/],
    ['a new required field', (d: any) => permit(d).fields.push({ key: 'taxNumber', type: 'shortText', required: true, label: { hu: 'Adószám', en: 'Tax number' } }), 'entityTypes[permit].fields[taxNumber]', /new required field/],
    ['an optional field made required', (d: any) => (field(d, 'phone').required = true), 'entityTypes[permit].fields[phone].required', /now required/],
    ['a shorter maximum length', (d: any) => (field(d, 'businessName').maxLength = 60), 'entityTypes[permit].fields[businessName].maxLength', /tightened/],
    ['a removed option', (d: any) => field(d, 'district').options.pop(), 'entityTypes[permit].fields[district].options[other]', /removed/],
    ['a file type no longer accepted', (d: any) => (field(d, 'photo').accept = ['image/jpeg']), 'entityTypes[permit].fields[photo].accept', /no longer accepts/],
    ['a new pattern', (d: any) => (field(d, 'businessName').pattern = '[A-Za-z ]+'), 'entityTypes[permit].fields[businessName].pattern', /pattern changed/],
    ['a removed entity type', (d: any) => {
      d.entityTypes.push({ ...structuredClone(permit(d)), key: 'bench' });
    }, 'entityTypes[bench]', /bench added/],
    ['a removed form', (d: any) => {
      d.forms = [];
      d.settings = d.settings.filter((s: any) => s.kind !== 'formConfirmation');
    }, 'forms[request]', /request removed/],
    ['a removed locale', (d: any) => {
      d.locales = ['en'];
      const strip = (o: any): void => {
        if (o && typeof o === 'object') {
          if ('hu' in o && 'en' in o && typeof o.hu === 'string') delete o.hu;
          Object.values(o).forEach(strip);
        }
      };
      strip(d);
    }, 'locales', /locale hu removed/],
  ])('calls %s major and says why', (what, change, path, message) => {
    const result = afterChange(change);
    if (what === 'a removed entity type') {
      // Adding one is minor; taking it away again is major.
      const withBench = assertBuiltModuleDefinition((() => { const i = terraceInput(); change(i); return i; })());
      const back = classifyChange(withBench, terrace());
      expect(back.level).toBe('major');
      expect(back.reasons).toContainEqual(expect.objectContaining({ level: 'major', path, message: expect.stringMatching(/bench removed/) }));
      expect(result.level).toBe('minor');
      return;
    }
    expect(result.level).toBe('major');
    expect(result.reasons).toContainEqual(expect.objectContaining({ level: 'major', path, message: expect.stringMatching(message) }));
  });

  it('reports the highest level and keeps every reason', () => {
    const result = afterChange((d) => {
      field(d, 'email').label.en = 'Your email';
      permit(d).fields.push({ key: 'website', type: 'shortText', label: { hu: 'Honlap', en: 'Website' } });
      field(d, 'seats').max = 100;
    });
    expect(result.level).toBe('major');
    expect(result.reasons.map((r) => r.level).sort()).toEqual(['major', 'minor', 'patch']);
  });
});
