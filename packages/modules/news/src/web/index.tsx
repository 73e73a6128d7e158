import { defineModuleWeb, type ModuleWebProps } from '@civitas/module-sdk/web';
import { type ReactNode, useEffect, useState } from 'react';

function Page({ api }: ModuleWebProps) {
  const [greeting, setGreeting] = useState<string | null>(null);
  useEffect(() => {
    api.get<{ greeting: string }>('greeting').then((r) => setGreeting(r.greeting));
  }, [api]);
  return (
    <>
      <h1>News and pages</h1>
      <p>{greeting ?? '…'}</p>
    </>
  );
}

export default defineModuleWeb<ReactNode>({ Page });
