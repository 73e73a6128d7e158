import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { apiClient } from '../../shared/api/api-client.ts';
import type { CatalogCard, Catalogue } from '../../shared/api/module-types.ts';
import { useSession } from '../../shared/api/session-context.tsx';

interface AdminModules {
  /** Every module visible to the city, unfiltered; null until the first answer. */
  modules: CatalogCard[] | null;
  /** Re-reads the list, e.g. after a module was switched on, so the navigation follows. */
  reload: () => void;
}

const AdminModulesContext = createContext<AdminModules | null>(null);

/** The city's catalogue as the admin's navigation, audit filter and module routes need it. */
export function AdminModulesProvider({ children }: { children: ReactNode }) {
  const { user } = useSession();
  const [modules, setModules] = useState<CatalogCard[] | null>(null);
  const [version, setVersion] = useState(0);
  const staffId = user?.kind === 'staff' ? user.id : null;

  useEffect(() => {
    if (!staffId) {
      setModules(null);
      return;
    }
    let live = true;
    apiClient.get<Catalogue>('/api/admin/modules').then(
      (catalogue) => live && setModules(catalogue.modules),
      // The pages that need the list report their own errors; the navigation just goes without.
      () => live && setModules([]),
    );
    return () => {
      live = false;
    };
  }, [staffId, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const value = useMemo(() => ({ modules, reload }), [modules, reload]);
  return <AdminModulesContext.Provider value={value}>{children}</AdminModulesContext.Provider>;
}

export function useAdminModules(): AdminModules {
  const value = useContext(AdminModulesContext);
  if (!value) throw new Error('useAdminModules must be used inside <AdminModulesProvider>');
  return value;
}
