import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../shared/i18n/localize.ts';
import type { ToolNavItem } from '../../shared/ui/tool-header.tsx';
import { hasModuleWeb, loadModuleWeb } from '../../modules/module-web-part.ts';
import { useAdminModules } from './admin-modules-context.tsx';

/**
 * One navigation entry per enabled module that has content to manage (an `Admin` component).
 * Finding out loads the module's chunk, which the entry's page needs anyway.
 */
export function useModuleAdminNav(): ToolNavItem[] {
  const { i18n } = useTranslation();
  const { modules } = useAdminModules();
  const [withAdmin, setWithAdmin] = useState<Set<string>>(new Set());
  const enabled = (modules ?? []).filter((m) => m.state.enabled && hasModuleWeb(m.id, m.source === 'built'));
  const key = enabled.map((m) => m.id).join(',');

  useEffect(() => {
    let live = true;
    const ids = key ? key.split(',') : [];
    void Promise.all(ids.map((id) => loadModuleWeb(id).then((web) => (web.Admin ? id : null), () => null))).then(
      (found) => live && setWithAdmin(new Set(found.filter((id): id is string => id !== null))),
    );
    return () => {
      live = false;
    };
  }, [key]);

  return enabled.filter((m) => withAdmin.has(m.id)).map((m) => ({ to: `/m/${m.id}`, label: localize(m.name, i18n.language) }));
}
