import type { BuiltModuleDefinition } from './definition-schema.ts';
import type { BuilderField } from './field-schema.ts';
import type { BuilderText } from './localized-text.ts';
import { maxLevel, type ChangeLevel } from './version-rules.ts';

export interface ChangeReason {
  level: Exclude<ChangeLevel, 'none'>;
  /** By keys: `entityTypes[permit].fields[email]`. */
  path: string;
  message: string;
}

export interface ChangeClassification {
  level: ChangeLevel;
  reasons: ChangeReason[];
}

type Add = (level: ChangeReason['level'], path: string, message: string) => void;
type Keyed = { key: string };

/**
 * How big the step from one published definition to the next is. Major: entries or adopting cities
 * could break (a field or state removed, a type changed, a new required field, a rule tightened).
 * Minor: something new that old entries still satisfy. Patch: texts only.
 */
export function classifyChange(prev: BuiltModuleDefinition, next: BuiltModuleDefinition): ChangeClassification {
  const reasons: ChangeReason[] = [];
  const add: Add = (level, path, message) => reasons.push({ level, path, message });

  if (prev.id !== next.id) add('major', 'id', `the module id changed from ${prev.id} to ${next.id}`);
  for (const l of prev.locales) if (!next.locales.includes(l)) add('major', 'locales', `locale ${l} removed`);
  for (const l of next.locales) if (!prev.locales.includes(l)) add('minor', 'locales', `locale ${l} added`);
  texts(prev, next, ['name', 'description', 'privacy'], '', add);
  if (prev.category !== next.category) add('patch', 'category', `category changed to ${next.category}`);
  if (prev.author !== next.author) add('minor', 'author', `author changed to ${next.author}`);

  byKey(prev.permissions.map(withVerb), next.permissions.map(withVerb), 'permissions', add, {
    removed: 'major',
    added: 'minor',
    compare: (a, b, path) => {
      texts(a, b, ['description'], path, add);
      if (JSON.stringify([...a.defaultRoles].sort()) !== JSON.stringify([...b.defaultRoles].sort())) add('minor', path, 'default roles changed');
    },
  });

  byKey(prev.entityTypes, next.entityTypes, 'entityTypes', add, {
    removed: 'major',
    added: 'minor',
    compare: (a, b, path) => {
      texts(a, b, ['label'], path, add);
      byKey(a.fields, b.fields, `${path}.fields`, add, {
        removed: 'major',
        added: (f) => (f.required && f.type !== 'submitter' ? 'major' : 'minor'),
        addedMessage: (f) => (f.required ? `new required field ${f.key}` : `new optional field ${f.key}`),
        compare: (fa, fb, fp) => compareField(fa, fb, fp, add),
      });
      const wa = a.workflow;
      const wb = b.workflow;
      if (wa.initial !== wb.initial) add('minor', `${path}.workflow.initial`, `new entries now start in ${wb.initial}`);
      byKey(wa.states, wb.states, `${path}.workflow.states`, add, {
        removed: 'major',
        added: 'minor',
        compare: (sa, sb, sp) => {
          texts(sa, sb, ['label'], sp, add);
          if (sa.terminal !== sb.terminal) add('minor', sp, sb.terminal ? 'is now terminal' : 'is no longer terminal');
          if (sa.dueInDays !== sb.dueInDays) add('minor', sp, 'due time changed');
          if (!!sa.email !== !!sb.email) add('minor', `${sp}.email`, sb.email ? 'now sends an email' : 'no longer sends an email');
          else if (sa.email && sb.email) texts(sa.email, sb.email, ['subject', 'body'], `${sp}.email`, add);
        },
      });
      byKey(wa.transitions, wb.transitions, `${path}.workflow.transitions`, add, {
        removed: 'minor',
        added: 'minor',
        compare: (ta, tb, tp) => {
          texts(ta, tb, ['label'], tp, add);
          otherProps(ta, tb, ['key', 'label'], tp, add);
        },
      });
    },
  });

  byKey(prev.forms, next.forms, 'forms', add, {
    removed: 'major',
    added: 'minor',
    compare: (a, b, path) => {
      texts(a, b, ['title', 'intro', 'confirmation'], path, add);
      otherProps(a, b, ['key', 'title', 'intro', 'confirmation'], path, add);
    },
  });
  byKey(prev.pages, next.pages, 'pages', add, {
    removed: 'minor',
    added: 'minor',
    compare: (a, b, path) => {
      texts(a as { title: BuilderText; intro?: BuilderText }, b, ['title', 'intro'], path, add);
      otherProps(a, b, ['key', 'title', 'intro'], path, add);
    },
  });
  const settingsKey = (s: BuiltModuleDefinition['settings'][number]) => ({ ...s, key: JSON.stringify(s) });
  byKey(prev.settings.map(settingsKey), next.settings.map(settingsKey), 'settings', add, { removed: 'major', added: 'minor' });

  return { level: reasons.reduce<ChangeLevel>((l, r) => maxLevel(l, r.level), 'none'), reasons };
}

const withVerb = <T extends { verb: string }>(p: T) => ({ ...p, key: p.verb });

function byKey<T extends Keyed>(
  prev: T[],
  next: T[],
  path: string,
  add: Add,
  rules: {
    removed: ChangeReason['level'];
    added: ChangeReason['level'] | ((item: T) => ChangeReason['level']);
    addedMessage?: (item: T) => string;
    compare?: (a: T, b: T, path: string) => void;
  },
) {
  const before = new Map(prev.map((x) => [x.key, x]));
  const after = new Map(next.map((x) => [x.key, x]));
  for (const [key] of before) if (!after.has(key)) add(rules.removed, `${path}[${key}]`, `${key} removed`);
  for (const [key, item] of after) {
    const was = before.get(key);
    if (!was) {
      const level = typeof rules.added === 'function' ? rules.added(item) : rules.added;
      add(level, `${path}[${key}]`, rules.addedMessage?.(item) ?? `${key} added`);
    } else rules.compare?.(was, item, `${path}[${key}]`);
  }
}

function texts<T extends object>(a: T, b: T, keys: (keyof T & string)[], path: string, add: Add) {
  for (const key of keys) {
    const ta = a[key] as BuilderText | undefined;
    const tb = b[key] as BuilderText | undefined;
    if (JSON.stringify(ta ?? null) === JSON.stringify(tb ?? null)) continue;
    const locales = [...new Set([...Object.keys(ta ?? {}), ...Object.keys(tb ?? {})])].filter(
      (l) => ta?.[l as keyof BuilderText] !== tb?.[l as keyof BuilderText],
    );
    add('patch', path ? `${path}.${key}` : key, `text changed (${locales.join(', ')})`);
  }
}

/** Any difference not covered by a rule is at least minor: never mistaken for a text change. */
function otherProps<T extends object>(a: T, b: T, skip: string[], path: string, add: Add) {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    if (skip.includes(key)) continue;
    const va = (a as Record<string, unknown>)[key];
    const vb = (b as Record<string, unknown>)[key];
    if (JSON.stringify(va ?? null) !== JSON.stringify(vb ?? null)) add('minor', `${path}.${key}`, `${key} changed`);
  }
}

const TEXT_PROPS = ['label', 'help', 'patternMessage', 'unit'];

function compareField(a: BuilderField, b: BuilderField, path: string, add: Add) {
  if (a.type !== b.type) return add('major', path, `type changed from ${a.type} to ${b.type}`);
  texts(a, b, TEXT_PROPS as never, path, add);
  if (a.required !== b.required) add(b.required ? 'major' : 'minor', `${path}.required`, b.required ? 'is now required' : 'is now optional');
  if (a.visibility !== b.visibility) add('minor', `${path}.visibility`, `is now visible to ${b.visibility}`);
  if (JSON.stringify(a.visibleWhen ?? null) !== JSON.stringify(b.visibleWhen ?? null)) add('minor', `${path}.visibleWhen`, 'condition changed');

  const ra = a as unknown as Record<string, unknown>;
  const rb = b as unknown as Record<string, unknown>;
  const handled = new Set(['key', 'type', 'required', 'visibility', 'visibleWhen', 'options', ...TEXT_PROPS]);
  /** A bound that residents' old answers might no longer meet is major; one that lets more in is minor. */
  const bound = (prop: string, tighterWhen: 'lower' | 'higher') => {
    handled.add(prop);
    const va = ra[prop] as number | string | undefined;
    const vb = rb[prop] as number | string | undefined;
    if (va === vb) return;
    const tighter = vb !== undefined && (va === undefined || (tighterWhen === 'lower' ? vb < va : vb > va));
    add(tighter ? 'major' : 'minor', `${path}.${prop}`, `${prop} ${tighter ? 'tightened' : 'loosened'} (${va ?? 'none'} → ${vb ?? 'none'})`);
  };
  bound('maxLength', 'lower');
  bound('minLength', 'higher');
  bound('max', 'lower');
  bound('min', 'higher');
  bound('decimals', 'lower');
  bound('notAfter', 'lower');
  bound('notBefore', 'higher');
  bound('maxSizeBytes', 'lower');
  bound('maxFiles', 'lower');
  bound('maxSelected', 'lower');
  bound('minSelected', 'higher');

  for (const prop of ['pattern', 'currency', 'entityType']) {
    handled.add(prop);
    if (ra[prop] !== rb[prop]) add('major', `${path}.${prop}`, `${prop} changed`);
  }
  if (a.type === 'yesNo' && b.type === 'yesNo') {
    handled.add('mustBeYes');
    if (a.mustBeYes !== b.mustBeYes) add(b.mustBeYes ? 'major' : 'minor', `${path}.mustBeYes`, b.mustBeYes ? 'must now be yes' : 'may now be no');
  }
  if (a.type === 'address' && b.type === 'address') {
    handled.add('mapPoint');
    if (a.mapPoint !== b.mapPoint) {
      // Requiring a point refuses old answers; dropping it loses the points kept.
      const major = b.mapPoint === 'required' || b.mapPoint === 'none';
      add(major ? 'major' : 'minor', `${path}.mapPoint`, `map point ${a.mapPoint} → ${b.mapPoint}`);
    }
  }
  if ((a.type === 'file' || a.type === 'photo') && (b.type === 'file' || b.type === 'photo')) {
    handled.add('accept');
    const removed = a.accept.filter((t) => !(b.accept as string[]).includes(t));
    const added = b.accept.filter((t) => !(a.accept as string[]).includes(t));
    if (removed.length) add('major', `${path}.accept`, `no longer accepts ${removed.join(', ')}`);
    if (added.length) add('minor', `${path}.accept`, `now accepts ${added.join(', ')}`);
  }
  if ((a.type === 'singleChoice' || a.type === 'multipleChoice') && (b.type === 'singleChoice' || b.type === 'multipleChoice')) {
    const options = (f: typeof a) => f.options.map((o) => ({ ...o, key: o.value }));
    byKey(options(a), options(b), `${path}.options`, add, {
      removed: 'major',
      added: 'minor',
      compare: (oa, ob, op) => texts(oa, ob, ['label'], op, add),
    });
  }
  otherProps(a, b, [...handled], path, add);
}
