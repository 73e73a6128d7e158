import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineModule } from './define-module.ts';
import { createModuleRegistry } from './module-registry.ts';

const mod = (id: string, dependsOn: Record<string, string> = {}, version = '1.0.0') =>
  defineModule({
    id,
    version,
    name: { en: id },
    description: { en: id },
    author: 'paris',
    category: 'information',
    dependsOn,
    settings: z.object({ greeting: z.string().default('hi') }),
    permissions: [],
    tables: [],
    changelog: [{ version, date: '2026-11-27', notes: { en: 'First release' } }],
    navigation: [],
  });

describe('createModuleRegistry', () => {
  it('resolves transitive dependencies, dependencies first', () => {
    const r = createModuleRegistry([mod('a', { b: '^1.0.0' }), mod('b', { c: '^1.0.0' }), mod('c')]);
    expect(r.closureOf('a')).toEqual(['c', 'b']);
    expect(r.dependentsOf('c')).toEqual(['b']);
  });
  it('refuses a cycle and names it', () => {
    expect(() => createModuleRegistry([mod('a', { b: '*' }), mod('b', { c: '*' }), mod('c', { a: '*' })])).toThrow(
      /cycle: a → b → c → a/,
    );
  });
  it('refuses a dependency that is missing or at a version outside the range', () => {
    expect(() => createModuleRegistry([mod('a', { b: '^1.0.0' })])).toThrow(/depends on b, which is not installed/);
    expect(() => createModuleRegistry([mod('a', { b: '^2.0.0' }), mod('b')])).toThrow(/needs b \^2.0.0, but 1.0.0/);
  });
});

describe('defineModule', () => {
  it('refuses settings without defaults', () => {
    expect(() =>
      defineModule({ ...mod('x'), hooks: undefined, sweep: undefined, settings: z.object({ required: z.string() }) }),
    ).toThrow(/default for every field \(required\)/);
  });
  it('refuses a version without a changelog entry', () => {
    expect(() => defineModule({ ...mod('x'), version: '1.1.0' })).toThrow(/changelog has no entry for version 1.1.0/);
  });
});
