import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ModuleDetail, ModuleRef } from '../../shared/api/module-types.ts';
import { localize } from '../../shared/i18n/localize.ts';
import { categoryLabel } from './category-label.ts';

/** Who built and uses the module, what it needs and what needs it, and what it lets staff do. */
export function ModuleFacts({ module }: { module: ModuleDetail }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const moduleLinks = (refs: (ModuleRef & { range?: string })[]) => (
    <ul className="plain-list">
      {refs.map((r) => (
        <li key={r.id}>
          <Link to={`/modules/${encodeURIComponent(r.id)}`}>{localize(r.name, lang)}</Link>
          {r.range && <span className="muted"> ({t('admin.moduleDetail.facts.range', { range: r.range })})</span>}
        </li>
      ))}
    </ul>
  );

  return (
    <dl className="summary-list">
      <Row term={t('admin.moduleDetail.facts.author')}>{module.author.name}</Row>
      <Row term={t('admin.modules.category')}>{categoryLabel(module.category, t)}</Row>
      <Row term={t('admin.moduleDetail.facts.latest')}>{module.latestVersion}</Row>
      <Row term={t('admin.moduleDetail.facts.usedBy')}>
        {module.usedBy.length === 0 ? (
          t('admin.modules.usedByNone')
        ) : (
          <ul className="plain-list">
            {module.usedBy.map((c) => (
              <li key={c.slug}>{c.name}</li>
            ))}
          </ul>
        )}
      </Row>
      <Row term={t('admin.moduleDetail.facts.needs')}>{module.dependsOn.length === 0 ? t('admin.moduleDetail.facts.needsNothing') : moduleLinks(module.dependsOn)}</Row>
      <Row term={t('admin.moduleDetail.facts.neededBy')}>
        {module.requiredBy.length === 0 ? t('admin.moduleDetail.facts.neededByNothing') : moduleLinks(module.requiredBy)}
      </Row>
      <Row term={t('admin.moduleDetail.facts.navigation')}>
        {module.navigation.length === 0 ? (
          t('admin.moduleDetail.facts.noNavigation')
        ) : (
          <ul className="plain-list">
            {module.navigation.map((n) => (
              <li key={n.path}>{localize(n.label, lang)}</li>
            ))}
          </ul>
        )}
      </Row>
      <Row term={t('admin.moduleDetail.facts.permissions')}>
        {module.permissions.length === 0 ? (
          t('admin.moduleDetail.facts.noPermissions')
        ) : (
          <ul className="plain-list permission-list">
            {module.permissions.map((p) => (
              <li key={p.id}>
                {localize(p.description, lang)} <code>{p.id}</code>
                <span className="table__sub">
                  {t('admin.moduleDetail.facts.defaultRoles', {
                    roles: p.defaultRoles.map((r) => t(`admin.staff.roles.${r}`, { defaultValue: r })).join(', ') || t('admin.moduleDetail.facts.noRoles'),
                  })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Row>
    </dl>
  );
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="summary-list__row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
