import { Component, Suspense, type ErrorInfo, type ReactNode } from 'react';

interface ModuleBoundaryProps {
  /** Shown while the module's chunk loads (a polite status), or nothing. */
  loading: ReactNode;
  /** Shown when the chunk cannot be fetched or the module's code throws. */
  failed: ReactNode;
  children: ReactNode;
}

/** Loads a module's web code lazily and keeps a failing module from taking the page down with it. */
export class ModuleBoundary extends Component<ModuleBoundaryProps, { error: boolean }> {
  override state = { error: false };

  static getDerivedStateFromError() {
    return { error: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('A module failed to render', error, info.componentStack);
  }

  override render() {
    if (this.state.error) return this.props.failed;
    return <Suspense fallback={this.props.loading}>{this.props.children}</Suspense>;
  }
}
