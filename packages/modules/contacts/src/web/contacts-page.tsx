import type { ModuleWebProps } from '@civitas/module-sdk/web';
import { DirectoryView } from './directory-view.tsx';
import { EntryView } from './entry-view.tsx';
import { messagesFor } from './messages.ts';
import { ModuleLink } from './module-link.tsx';
import { PORTAL_BASE } from './paths.ts';

const ENTRY = /^entries\/([0-9a-f-]{36})\/?$/i;

/** The resident pages: the directory at the module's root, one contact at `entries/<id>`. */
export function ContactsPage(props: ModuleWebProps) {
  const path = props.subPath.replace(/^\/+/, '');
  const entry = ENTRY.exec(path);
  if (entry) return <EntryView {...props} id={entry[1]!} />;
  if (path === '') return <DirectoryView {...props} />;
  const t = messagesFor(props.locale);
  return (
    <div className="civ-contacts">
      <h1>{t.title}</h1>
      <p>{t.notFound}</p>
      <p>
        <ModuleLink base={PORTAL_BASE} to="" navigate={props.navigate}>
          {t.back}
        </ModuleLink>
      </p>
    </div>
  );
}
