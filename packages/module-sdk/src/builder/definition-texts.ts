import type { BuiltModuleDefinition } from './definition-schema.ts';
import type { BuilderText } from './localized-text.ts';

export type DefinitionPath = (string | number)[];
export interface DefinitionText {
  path: DefinitionPath;
  text: BuilderText;
}

/** Every translatable text of a definition with its path: for locale checks, diffs and the editor. */
export function definitionTexts(d: BuiltModuleDefinition): DefinitionText[] {
  const out: DefinitionText[] = [];
  const add = (path: DefinitionPath, text: BuilderText | undefined) => {
    if (text) out.push({ path, text });
  };
  add(['name'], d.name);
  add(['description'], d.description);
  add(['privacy'], d.privacy);
  d.permissions.forEach((p, i) => add(['permissions', i, 'description'], p.description));
  d.entityTypes.forEach((e, ei) => {
    const at = ['entityTypes', ei];
    add([...at, 'label'], e.label);
    e.fields.forEach((f, fi) => {
      const fp = [...at, 'fields', fi];
      add([...fp, 'label'], f.label);
      add([...fp, 'help'], f.help);
      if (f.type === 'shortText') add([...fp, 'patternMessage'], f.patternMessage);
      if (f.type === 'number') add([...fp, 'unit'], f.unit);
      if (f.type === 'singleChoice' || f.type === 'multipleChoice') {
        f.options.forEach((o, oi) => add([...fp, 'options', oi, 'label'], o.label));
      }
    });
    e.workflow.states.forEach((s, si) => {
      const sp = [...at, 'workflow', 'states', si];
      add([...sp, 'label'], s.label);
      add([...sp, 'email', 'subject'], s.email?.subject);
      add([...sp, 'email', 'body'], s.email?.body);
    });
    e.workflow.transitions.forEach((t, ti) => add([...at, 'workflow', 'transitions', ti, 'label'], t.label));
  });
  d.forms.forEach((f, i) => {
    add(['forms', i, 'title'], f.title);
    add(['forms', i, 'intro'], f.intro);
    add(['forms', i, 'confirmation'], f.confirmation);
  });
  d.pages.forEach((p, i) => {
    add(['pages', i, 'title'], p.title);
    if (p.kind === 'list') add(['pages', i, 'intro'], p.intro);
  });
  return out;
}
