import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { PrivacyStatement } from '../../shared/api/account-types.ts';
import { useSession } from '../../shared/api/session-context.tsx';
import { useSite } from '../../shared/api/site-context.tsx';
import { useApiResource } from '../../shared/api/use-api-resource.ts';
import { localize } from '../../shared/i18n/localize.ts';
import { useDocumentTitle } from '../../shared/ui/use-document-title.ts';

/** The city's privacy page: what the platform and each module keep, from `/api/site/privacy`. */
export function PrivacyPage() {
  const { t, i18n } = useTranslation();
  const site = useSite();
  const { user } = useSession();
  const { resource } = useApiResource<{ statements: PrivacyStatement[] }>('/api/site/privacy');
  const city = site.name;
  const lang = i18n.language;
  useDocumentTitle(t('portal.privacy.title'), city);

  const statements = resource.state === 'ready' ? resource.data.statements : [];
  const account = statements.filter((s) => s.source === 'account');
  const modules = statements.filter((s) => s.source !== 'account');

  return (
    <article className="prose">
      <h1>{t('portal.privacy.title')}</h1>
      <p className="lead">{t('portal.privacy.intro', { city })}</p>
      {resource.state === 'loading' && (
        <p className="loading" role="status">
          {t('common.loading')}
        </p>
      )}
      {resource.state === 'error' && (
        <p className="inline-error" role="alert">
          {t('portal.privacy.statementsFailed')}
        </p>
      )}
      {account.length > 0 && (
        <>
          <h2>{t('portal.privacy.accountHeading')}</h2>
          <ul>
            {account.map((s, i) => (
              <li key={i}>{localize(s.text, lang)}</li>
            ))}
          </ul>
        </>
      )}
      {modules.length > 0 && (
        <>
          <h2>{t('portal.privacy.servicesHeading')}</h2>
          {modules.map((s) => (
            <section key={s.source} aria-labelledby={`privacy-${s.source}`}>
              <h3 id={`privacy-${s.source}`}>{s.name ? localize(s.name, lang) : s.source}</h3>
              <p>{localize(s.text, lang)}</p>
            </section>
          ))}
        </>
      )}
      <h2>{t('portal.privacy.browserHeading')}</h2>
      <ul>
        <li>{t('portal.privacy.storedCookie')}</li>
        <li>{t('portal.privacy.storedLanguage')}</li>
      </ul>
      <h2>{t('portal.privacy.notHeading')}</h2>
      <p>{t('portal.privacy.not')}</p>
      <h2>{t('portal.privacy.rightsHeading')}</h2>
      <p>{t('portal.privacy.rights')}</p>
      <p>
        {user?.kind === 'resident' ? (
          <Link to="/account/privacy">{t('portal.privacy.rightsLink')}</Link>
        ) : (
          <Link to="/sign-in" state={{ from: '/account/privacy' }}>
            {t('portal.privacy.rightsSignedOut')}
          </Link>
        )}
      </p>
    </article>
  );
}
