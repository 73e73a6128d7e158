import type { Resource } from 'i18next';
import { commonEn } from '../../shared/i18n/common-en.ts';
import { commonEs } from '../../shared/i18n/common-es.ts';
import { commonFr } from '../../shared/i18n/common-fr.ts';
import { commonHu } from '../../shared/i18n/common-hu.ts';
import { portalEn } from './portal-en.ts';
import { portalEs } from './portal-es.ts';
import { portalFr } from './portal-fr.ts';
import { portalHu } from './portal-hu.ts';

export const portalResources: Resource = {
  en: { translation: { common: commonEn, portal: portalEn } },
  es: { translation: { common: commonEs, portal: portalEs } },
  fr: { translation: { common: commonFr, portal: portalFr } },
  hu: { translation: { common: commonHu, portal: portalHu } },
};
