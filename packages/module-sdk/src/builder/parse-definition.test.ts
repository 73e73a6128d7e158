import { describe, expect, it } from 'vitest';
import { BUILDER_LIMITS } from './limits.ts';
import { assertBuiltModuleDefinition, BuiltModuleDefinitionError, parseBuiltModuleDefinition } from './parse-definition.ts';
import { minimalInput, terraceInput } from './test-definitions.ts';

const errorsOf = (input: unknown) => {
  const result = parseBuiltModuleDefinition(input);
  if (result.success) throw new Error('expected the definition to be refused');
  return result.errors;
};
const expectError = (input: unknown, path: string, message: RegExp) => {
  const errors = errorsOf(input);
  expect(errors, JSON.stringify(errors)).toContainEqual({ path, message: expect.stringMatching(message) });
};
const fields = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `f${i}`, type: 'shortText', label: { en: `F${i}` } }));
const states = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `s${i}`, label: { en: `S${i}` } }));

describe('a built module definition', () => {
  it('accepts the terrace permits example and fills in defaults', () => {
    const d = assertBuiltModuleDefinition(terraceInput());
    const business = d.entityTypes[0]!.fields.find((f) => f.key === 'businessName')!;
    expect(business).toMatchObject({ required: true, visibility: 'resident', maxLength: 120 });
    expect(d.entityTypes[0]!.workflow.transitions.find((t) => t.key === 'startReview')!.comment).toBe('none');
    expect(d.forms[0]!.submitters).toBe('verifiedResident');
  });

  it('accepts the smallest definition', () => {
    expect(parseBuiltModuleDefinition(minimalInput()).success).toBe(true);
  });

  it('names the path of a bad shape by keys, not positions', () => {
    const input = terraceInput();
    input.entityTypes[0].fields[3].type = 'telepathy';
    expectError(input, 'entityTypes[permit].fields[email].type', /./);
  });

  it('refuses an unknown property rather than ignoring it', () => {
    const input = minimalInput();
    input.entityTypes[0].fields[0].script = 'alert(1)';
    expect(errorsOf(input)[0]!.path).toBe('entityTypes[item].fields[title]');
  });

  it.each([
    ['id', (d: any) => (d.id = 'Bad Id'), 'id', /lower-case/],
    ['schema version', (d: any) => (d.schemaVersion = 2), 'schemaVersion', /./],
    ['locales without English', (d: any) => (d.locales = ['fr']), 'locales', /en/],
    ['author', (d: any) => (d.author = 'Paris!'), 'author', /slug/],
    ['category', (d: any) => (d.category = 'fun'), 'category', /./],
    ['empty label', (d: any) => (d.entityTypes[0].fields[0].label = { en: ' ' }), 'entityTypes[item].fields[title].label.en', /empty/],
    ['field key', (d: any) => (d.entityTypes[0].fields[0].key = 'Title-1'), 'entityTypes[item].fields[Title-1].key', /lower-case letter/],
  ])('names a bad %s', (_what, change, path, message) => {
    const input = minimalInput();
    change(input);
    expectError(input, path, message);
  });

  describe('limits', () => {
    it(`refuses more than ${BUILDER_LIMITS.fieldsPerEntityType} fields`, () => {
      const input = minimalInput();
      input.entityTypes[0].fields = fields(BUILDER_LIMITS.fieldsPerEntityType + 1);
      expectError(input, 'entityTypes[item].fields', /at most 100 fields/);
      input.entityTypes[0].fields = fields(BUILDER_LIMITS.fieldsPerEntityType);
      expect(parseBuiltModuleDefinition(input).success).toBe(true);
    });

    it(`refuses more than ${BUILDER_LIMITS.statesPerWorkflow} states`, () => {
      const input = minimalInput();
      input.entityTypes[0].workflow = { initial: 's0', states: states(31) };
      expectError(input, 'entityTypes[item].workflow.states', /at most 30 states/);
    });

    it.each([
      ['entity types', (d: any) => (d.entityTypes = Array.from({ length: 11 }, (_, i) => ({ ...d.entityTypes[0], key: `e${i}` }))), 'entityTypes', /at most 10/],
      ['options', (d: any) => (d.entityTypes[0].fields[0] = { key: 'c', type: 'singleChoice', label: { en: 'C' }, options: Array.from({ length: 101 }, (_, i) => ({ value: `o${i}`, label: { en: 'o' } })) }), 'entityTypes[item].fields[c].options', /at most 100 options/],
      ['short text length', (d: any) => (d.entityTypes[0].fields[0].maxLength = 501), 'entityTypes[item].fields[title].maxLength', /at most 500/],
      ['file size', (d: any) => (d.entityTypes[0].fields[0] = { key: 'f', type: 'file', label: { en: 'F' }, maxSizeBytes: 26 * 1024 * 1024 }), 'entityTypes[item].fields[f].maxSizeBytes', /at most/],
      ['files per field', (d: any) => (d.entityTypes[0].fields[0] = { key: 'f', type: 'photo', label: { en: 'F' }, maxFiles: 11 }), 'entityTypes[item].fields[f].maxFiles', /at most 10/],
      ['due time', (d: any) => (d.entityTypes[0].workflow.states[0].dueInDays = 400), 'entityTypes[item].workflow.states[open].dueInDays', /at most 365/],
      ['list page size', (d: any) => (d.pages = [{ kind: 'list', key: 'all', entityType: 'item', title: { en: 'All' }, columns: ['title'], pageSize: 500 }]), 'pages[all].pageSize', /at most 100/],
      ['label length', (d: any) => (d.entityTypes[0].label = { en: 'x'.repeat(201) }), 'entityTypes[item].label.en', /at most 200/],
      ['permissions', (d: any) => (d.permissions = Array.from({ length: 11 }, (_, i) => ({ verb: `v${i}`, description: { en: 'v' } }))), 'permissions', /at most 10/],
      ['forms', (d: any) => (d.forms = Array.from({ length: 21 }, (_, i) => ({ key: `f${i}`, entityType: 'item', title: { en: 'F' }, confirmation: { en: 'Thanks' } }))), 'forms', /at most 20/],
    ])('refuses too many %s', (_what, change, path, message) => {
      const input = minimalInput();
      change(input);
      expectError(input, path, message);
    });

    it('refuses a definition too large as a whole', () => {
      const input = minimalInput();
      input.entityTypes[0].fields = fields(100).map((f) => ({ ...f, help: { en: 'h'.repeat(1000) } }));
      input.entityTypes = Array.from({ length: 6 }, (_, i) => ({ ...input.entityTypes[0], key: `e${i}` }));
      expectError(input, '', /bytes as JSON/);
    });
  });

  describe('translations', () => {
    it('needs every text in every locale of the module, and no other', () => {
      const input = terraceInput();
      delete input.entityTypes[0].fields[2].label.hu;
      input.forms[0].title.fr = 'Demander';
      const errors = errorsOf(input);
      expect(errors).toContainEqual({ path: 'entityTypes[permit].fields[contactName].label.hu', message: 'is missing its hu text' });
      expect(errors).toContainEqual({ path: 'forms[request].title.fr', message: expect.stringMatching(/not one of the module's locales/) });
    });

    it('checks option labels and state emails too', () => {
      const input = terraceInput();
      delete input.entityTypes[0].fields[5].options[1].label.en;
      delete input.entityTypes[0].workflow.states[2].email.body.hu;
      const paths = errorsOf(input).map((e) => e.path);
      expect(paths).toContain('entityTypes[permit].fields[district].options[1].label.en');
      expect(paths).toContain('entityTypes[permit].workflow.states[approved].email.body.hu');
    });
  });

  describe('references', () => {
    it.each([
      ['a duplicate field key', (d: any) => (d.entityTypes[0].fields[2].key = 'businessName'), 'entityTypes[permit].fields[businessName].key', /used twice/],
      ['an unknown initial state', (d: any) => (d.entityTypes[0].workflow.initial = 'draft'), 'entityTypes[permit].workflow.initial', /not a state/],
      ['a transition to nowhere', (d: any) => (d.entityTypes[0].workflow.transitions[0].to = 'nowhere'), 'entityTypes[permit].workflow.transitions[startReview].to', /not a state/],
      ['a transition from a terminal state', (d: any) => d.entityTypes[0].workflow.transitions[0].from.push('approved'), 'entityTypes[permit].workflow.transitions[startReview].from[1]', /terminal/],
      ['an unknown permission', (d: any) => (d.entityTypes[0].workflow.transitions[1].permission = 'sign'), 'entityTypes[permit].workflow.transitions[approve].permission', /not one of the module's permissions/],
      ['an unknown email placeholder', (d: any) => (d.entityTypes[0].workflow.states[2].email.body.en = 'Hi {{name}}'), 'entityTypes[permit].workflow.states[approved].email.body.en', /\{\{name\}\}/],
      ['a reference to an unknown entity type', (d: any) => d.entityTypes[0].fields.push({ key: 'parent', type: 'reference', entityType: 'shop', label: { hu: 'x', en: 'x' } }), 'entityTypes[permit].fields[parent].entityType', /not an entity type/],
      ['a second submitter field', (d: any) => d.entityTypes[0].fields.push({ key: 'by', type: 'submitter', label: { hu: 'x', en: 'x' } }), 'entityTypes[permit].fields', /only one submitter/],
      ['a form of an unknown entity type', (d: any) => (d.forms[0].entityType = 'shop'), 'forms[request].entityType', /not an entity type/],
      ['a form asking for a staff field', (d: any) => (d.forms[0].fields = ['businessName', 'inspectorNotes']), 'forms[request].fields[1]', /staff only/],
      ['a form asking for the submitter', (d: any) => (d.forms[0].fields = ['applicant']), 'forms[request].fields[0]', /filled in by the platform/],
      ['anonymous once-only forms', (d: any) => Object.assign(d.forms[0], { submitters: 'anyone', frequency: 'once' }), 'forms[request].frequency', /sign in/],
      ['a window closing before it opens', (d: any) => Object.assign(d.forms[0], { opensAt: '2026-06-01T00:00:00+02:00', closesAt: '2026-05-01T00:00:00+02:00' }), 'forms[request].closesAt', /after opensAt/],
      ['a filter on a text field', (d: any) => d.pages[0].filters.push('businessName'), 'pages[approved].filters[2]', /filter on choice/],
      ['a staff field in a public list', (d: any) => d.pages[0].columns.push('inspectorNotes'), 'pages[approved].columns[4]', /staff only/],
      ['the submitter in a list', (d: any) => d.pages[0].detailFields.push('applicant'), 'pages[approved].detailFields[6]', /names a resident/],
      ['a list of an unknown state', (d: any) => (d.pages[0].states = ['granted']), 'pages[approved].states[0]', /not a state/],
      ['a setting for a field without options', (d: any) => (d.settings[0].field = 'seats'), 'settings[0].field', /no choice options/],
      ['a setting for a state without email', (d: any) => (d.settings[1].state = 'underReview'), 'settings[1].state', /sends no email/],
    ])('names %s', (_what, change, path, message) => {
      const input = terraceInput();
      change(input);
      expectError(input, path, message);
    });
  });

  describe('field rules', () => {
    it.each([
      ['min above max', { key: 'n', type: 'number', label: { en: 'N' }, min: 5, max: 1 }, 'entityTypes[item].fields[n].min', /greater than max/],
      ['minLength above maxLength', { key: 't', type: 'longText', label: { en: 'T' }, minLength: 50, maxLength: 10 }, 'entityTypes[item].fields[t].minLength', /greater than maxLength/],
      ['a bad currency', { key: 'm', type: 'money', label: { en: 'M' }, currency: 'euro' }, 'entityTypes[item].fields[m].currency', /ISO 4217/],
      ['a date range the wrong way round', { key: 'd', type: 'date', label: { en: 'D' }, notBefore: '2026-12-01', notAfter: '2026-01-01' }, 'entityTypes[item].fields[d].notBefore', /after notAfter/],
      ['an invalid pattern', { key: 'p', type: 'shortText', label: { en: 'P' }, pattern: '([a-z' }, 'entityTypes[item].fields[p].pattern', /not a valid regular expression/],
      ['a pattern that could run for ever', { key: 'p', type: 'shortText', label: { en: 'P' }, pattern: '(a+)+b' }, 'entityTypes[item].fields[p].pattern', /for ever/],
      ['a file type no store accepts', { key: 'f', type: 'file', label: { en: 'F' }, accept: ['application/x-msdownload'] }, 'entityTypes[item].fields[f].accept[0]', /./],
      ['a photo that is a PDF', { key: 'f', type: 'photo', label: { en: 'F' }, accept: ['application/pdf'] }, 'entityTypes[item].fields[f].accept[0]', /./],
      ['more choices than options', { key: 'c', type: 'multipleChoice', label: { en: 'C' }, options: [{ value: 'a', label: { en: 'A' } }], maxSelected: 3 }, 'entityTypes[item].fields[c].maxSelected', /more than the number of options/],
      ['a choice without options', { key: 'c', type: 'singleChoice', label: { en: 'C' }, options: [] }, 'entityTypes[item].fields[c].options', /at least one option/],
    ])('names %s', (_what, field, path, message) => {
      const input = minimalInput();
      input.entityTypes[0].fields.push(field);
      expectError(input, path, message);
    });
  });

  describe('conditions', () => {
    const withCondition = (visibleWhen: unknown, extra: Record<string, unknown>[] = []) => {
      const input = minimalInput();
      input.entityTypes[0].fields.push(
        { key: 'kind', type: 'singleChoice', label: { en: 'Kind' }, options: [{ value: 'shop', label: { en: 'Shop' } }] },
        { key: 'shopName', type: 'shortText', label: { en: 'Shop' }, visibleWhen },
        ...extra,
      );
      return input;
    };

    it('accepts a condition on an option of a choice field', () => {
      expect(parseBuiltModuleDefinition(withCondition({ field: 'kind', operator: 'equals', value: 'shop' })).success).toBe(true);
    });

    it.each([
      ['an unknown field', { field: 'colour', operator: 'equals', value: 'red' }, 'field', /not a field/],
      ['a value that is not an option', { field: 'kind', operator: 'equals', value: 'bank' }, 'value', /not an option/],
      ['a missing value', { field: 'kind', operator: 'equals' }, 'value', /needs a value/],
      ['a value where none is taken', { field: 'kind', operator: 'isSet', value: 'shop' }, 'value', /takes no value/],
      ['a single value for "in"', { field: 'kind', operator: 'in', value: 'shop' }, 'value', /list of values/],
      ['"contains" on a single choice', { field: 'kind', operator: 'contains', value: 'shop' }, 'operator', /multiple-choice/],
      ['"greaterThan" on a choice', { field: 'kind', operator: 'greaterThan', value: 3 }, 'operator', /compares number/],
      ['an unknown operator', { field: 'kind', operator: 'matches', value: 'x' }, 'operator', /./],
      ['a field depending on itself', { field: 'shopName', operator: 'isSet' }, 'field', /itself/],
    ])('names %s', (_what, condition, part, message) => {
      expectError(withCondition(condition), `entityTypes[item].fields[shopName].visibleWhen.${part}`, message);
    });

    it('refuses conditions that depend on each other in a loop', () => {
      const input = withCondition({ field: 'other', operator: 'isSet' }, [
        { key: 'other', type: 'shortText', label: { en: 'Other' }, visibleWhen: { field: 'shopName', operator: 'isSet' } },
      ]);
      expectError(input, 'entityTypes[item].fields', /depend on each other: shopName → other → shopName/);
    });

    it('refuses a resident field that depends on a staff field', () => {
      const input = withCondition({ field: 'kind', operator: 'isSet' });
      input.entityTypes[0].fields[1].visibility = 'staff';
      expectError(input, 'entityTypes[item].fields[shopName].visibleWhen.field', /staff only/);
    });
  });

  it('throws an error listing every problem', () => {
    const input = minimalInput();
    input.id = 'X';
    input.entityTypes[0].workflow.initial = 'closed';
    expect(() => assertBuiltModuleDefinition(input)).toThrow(BuiltModuleDefinitionError);
    expect(() => assertBuiltModuleDefinition(input)).toThrow(/id: .*lower-case/);
  });
});
