import type { Resource } from 'i18next';
import { commonEn } from '../../shared/i18n/common-en.ts';
import { consoleEn } from './console-en.ts';

export const consoleResources: Resource = {
  en: { translation: { common: commonEn, console: consoleEn } },
};
