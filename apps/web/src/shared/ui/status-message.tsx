import type { ReactNode } from 'react';

/**
 * A polite live region that is always in the DOM: screen readers only announce changes
 * to a region they already know, so it must not appear together with its text.
 */
export function StatusMessage({ children, tone = 'success' }: { children: ReactNode; tone?: 'success' | 'info' }) {
  return (
    <div className={children ? `notice notice--${tone}` : 'notice notice--empty'} role="status">
      {children}
    </div>
  );
}
