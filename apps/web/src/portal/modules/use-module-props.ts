import type { ModuleWebProps } from '@civitas/module-sdk/web';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useSite } from '../../shared/api/site-context.tsx';
import { createModuleApi } from '../../shared/modules/create-module-api.ts';

/** What the portal hands a module's Page and Banner: its API, the resident's language, the city. */
export function useModuleProps(moduleId: string): Omit<ModuleWebProps, 'subPath'> {
  const { i18n } = useTranslation();
  const site = useSite();
  const routerNavigate = useNavigate();
  const api = useMemo(() => createModuleApi(moduleId), [moduleId]);
  const city = useMemo(() => ({ slug: site.slug, name: site.name }), [site.slug, site.name]);
  const navigate = useCallback(
    (subPath: string) => void routerNavigate(`/m/${moduleId}/${subPath.replace(/^\/+/, '')}`),
    [routerNavigate, moduleId],
  );
  return { api, city, locale: i18n.language, navigate };
}
