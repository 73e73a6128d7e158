import type { ModuleWebProps } from '@civitas/module-sdk/web';
import type { SiteModule } from '../../shared/api/module-types.ts';
import { useSite } from '../../shared/api/site-context.tsx';
import { ModuleBoundary } from '../../shared/modules/module-boundary.tsx';
import { hasModuleWeb, moduleWebPart } from '../../modules/module-web-part.ts';
import { useModuleProps } from './use-module-props.ts';

type HomeProps = Omit<ModuleWebProps, 'subPath' | 'navigate'>;

/** What the city's enabled modules show on the home page (the latest news…); a module with nothing to show renders nothing. */
export function ModuleHomes() {
  const site = useSite();
  const modules = site.modules.filter((m) => hasModuleWeb(m.id, m.built));
  return (
    <>
      {modules.map((m) => (
        <ModuleHome key={m.id} module={m} />
      ))}
    </>
  );
}

function ModuleHome({ module }: { module: SiteModule }) {
  const { navigate: _navigate, ...props } = useModuleProps(module.id);
  const Home = moduleWebPart<HomeProps>(module.id, 'Home');
  return (
    <ModuleBoundary loading={null} failed={null}>
      <Home {...props} />
    </ModuleBoundary>
  );
}
