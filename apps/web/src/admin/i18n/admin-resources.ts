import type { Resource } from 'i18next';
import { commonEn } from '../../shared/i18n/common-en.ts';
import { adminEn } from './admin-en.ts';

// Add a city's language here (with its common catalogue) and the admin follows its default locale.
export const adminResources: Resource = {
  en: { translation: { common: commonEn, admin: adminEn } },
};
