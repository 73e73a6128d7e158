import type { ModuleWebProps } from '@civitas/module-sdk/web';
import type { SiteModule } from '../../shared/api/module-types.ts';
import { useSite } from '../../shared/api/site-context.tsx';
import { ModuleBoundary } from '../../shared/modules/module-boundary.tsx';
import { hasModuleWeb, moduleWebPart } from '../../modules/module-web-part.ts';
import { useModuleProps } from './use-module-props.ts';

type BannerProps = Omit<ModuleWebProps, 'subPath' | 'navigate'>;

/**
 * The banners of the city's enabled modules, inside <main> before the page's own content:
 * no extra landmark, and a module that has nothing to say renders nothing.
 */
export function ModuleBanners() {
  const site = useSite();
  const modules = site.modules.filter((m) => hasModuleWeb(m.id, m.built));
  if (modules.length === 0) return null;
  return (
    <div className="module-banners">
      {modules.map((m) => (
        <ModuleBanner key={m.id} module={m} />
      ))}
    </div>
  );
}

function ModuleBanner({ module }: { module: SiteModule }) {
  const { navigate: _navigate, ...props } = useModuleProps(module.id);
  const Banner = moduleWebPart<BannerProps>(module.id, 'Banner');
  // A banner is extra: while it loads, or if it fails, the page goes on without it.
  return (
    <ModuleBoundary loading={null} failed={null}>
      <Banner {...props} />
    </ModuleBoundary>
  );
}
