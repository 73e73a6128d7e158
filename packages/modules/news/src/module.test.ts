import { createModuleRegistry, settingsDefaults } from '@civitas/module-sdk';
import { describe, expect, it } from 'vitest';
import { newsModule } from './module.ts';

describe('news module', () => {
  it('registers, with a default for every setting', () => {
    expect(createModuleRegistry([newsModule]).has('news')).toBe(true);
    expect(settingsDefaults(newsModule)).toEqual({ postsPerPage: 10, homeLatest: 3, feedEntries: 20, maxImageKb: 2048 });
  });
  it('refuses more than 50 posts per page', () => {
    expect(newsModule.settings.safeParse({ postsPerPage: 51 }).success).toBe(false);
  });
});
