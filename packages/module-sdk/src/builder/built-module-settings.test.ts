import { describe, expect, it } from 'vitest';
import { applyBuiltModuleSettings, builtModuleSettingsSchema } from './built-module-settings.ts';
import { compileEntrySchema } from './compile-entry-schema.ts';
import { terrace } from './test-definitions.ts';

describe('settings of a built module', () => {
  const definition = terrace();
  const schema = builtModuleSettingsSchema(definition);

  it('defaults every adoptable setting to the author’s text', () => {
    const defaults = schema.parse({});
    expect(Object.keys(defaults).sort()).toEqual([
      'choiceOptions.permit.district',
      'formConfirmation.request',
      'stateEmail.permit.approved',
      'stateEmail.permit.rejected',
    ]);
    expect((defaults['choiceOptions.permit.district'] as unknown[]).length).toBe(5);
  });

  it('validates a city’s changes, naming the setting', () => {
    const bad = schema.safeParse({ 'choiceOptions.permit.district': [], 'stateEmail.permit.approved': { subject: { en: '' } } });
    const paths = bad.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toContain('choiceOptions.permit.district');
    expect(paths.some((p) => p.startsWith('stateEmail.permit.approved'))).toBe(true);
  });

  it('serves the city’s own options and texts', () => {
    const settings = schema.parse({
      'choiceOptions.permit.district': [{ value: 'harbor', label: { en: 'Inner Harbor', hu: 'Kikötő' } }],
      'formConfirmation.request': { en: 'Thanks, Baltimore has it.', hu: 'Köszönjük.' },
    });
    const served = applyBuiltModuleSettings(definition, settings);
    expect(served.forms[0]!.confirmation.en).toBe('Thanks, Baltimore has it.');
    const entry = compileEntrySchema(served, 'permit').safeParse({ district: 'd5' });
    expect(entry.error!.issues.find((i) => i.path[0] === 'district')!.message).toMatch(/not one of the options/);
    // The author's definition is untouched.
    expect(definition.forms[0]!.confirmation.en).toMatch(/Thank you/);
  });
});
