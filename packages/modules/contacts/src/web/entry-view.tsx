import type { ModuleWebProps } from '@civitas/module-sdk/web';
import type { EntryJson } from '../contacts-api-types.ts';
import { zonedClock } from '../zoned-clock.ts';
import { HoursTable } from './hours-table.tsx';
import { messagesFor } from './messages.ts';
import { ModuleLink } from './module-link.tsx';
import { OpenStatus } from './open-status.tsx';
import { PORTAL_BASE } from './paths.ts';
import { readApiError } from './read-api-error.ts';
import { useResource } from './use-resource.ts';

/** One contact: its status now, how to reach it, and its week of opening hours. */
export function EntryView({ api, locale, navigate, id }: ModuleWebProps & { id: string }) {
  const t = messagesFor(locale);
  const [resource] = useResource(() => api.get<EntryJson>(`entries/${id}`), id);
  const back = (
    <p className="civ-contacts-back">
      <ModuleLink base={PORTAL_BASE} to="" navigate={navigate}>
        {t.back}
      </ModuleLink>
    </p>
  );

  if (resource.state === 'loading') return <p role="status">{t.loading}</p>;
  if (resource.state === 'failed') {
    const missing = readApiError(resource.error).status === 404;
    return (
      <div className="civ-contacts">
        {back}
        <h1>{t.title}</h1>
        <p className="civ-contacts-error">{missing ? t.notFound : t.loadFailed}</p>
      </div>
    );
  }

  const { entry, timeZone } = resource.data;
  return (
    <article className="civ-contacts">
      {back}
      <p className="civ-contacts-category">{entry.category}</p>
      <h1>{entry.name}</h1>
      {entry.status && (
        <p>
          <OpenStatus status={entry.status} locale={locale} />
        </p>
      )}
      {entry.description && <p className="civ-contacts-description">{entry.description}</p>}

      {(entry.phone || entry.email || entry.address || entry.website) && (
        <>
          <h2>{t.contactDetails}</h2>
          <dl className="civ-contacts-details">
            {entry.phone && (
              <div>
                <dt>{t.phone}</dt>
                <dd>
                  <a href={`tel:${entry.phone.replace(/[^0-9+]/g, '')}`}>{entry.phone}</a>
                </dd>
              </div>
            )}
            {entry.email && (
              <div>
                <dt>{t.email}</dt>
                <dd>
                  <a href={`mailto:${entry.email}`}>{entry.email}</a>
                </dd>
              </div>
            )}
            {entry.address && (
              <div>
                <dt>{t.address}</dt>
                <dd className="civ-contacts-address">{entry.address}</dd>
              </div>
            )}
            {entry.website && (
              <div>
                <dt>{t.website}</dt>
                <dd>
                  <a href={entry.website} rel="noopener noreferrer">
                    {entry.website.replace(/^https?:\/\//, '').replace(/\/$/, '')}
                  </a>
                </dd>
              </div>
            )}
          </dl>
        </>
      )}

      <h2>{t.hoursCaption}</h2>
      {entry.openingHours ? (
        <HoursTable hours={entry.openingHours} locale={locale} today={zonedClock(new Date(), timeZone).weekday} timeZone={timeZone} />
      ) : (
        <p>{t.hoursNotListed}</p>
      )}
    </article>
  );
}
