import type { MouseEvent, ReactNode } from 'react';

interface ModuleLinkProps {
  /** Where the module is rendered: "/m/notices/" in the portal, "/admin/m/notices/" in the admin. */
  base: string;
  to: string;
  navigate: (subPath: string) => void;
  className?: string;
  'aria-label'?: string;
  children: ReactNode;
}

/** A real link (it opens in a new tab, shows its address) that navigates within the page on a plain click. */
export function ModuleLink({ base, to, navigate, children, ...rest }: ModuleLinkProps) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a href={`${base}${to}`} onClick={onClick} {...rest}>
      {children}
    </a>
  );
}
