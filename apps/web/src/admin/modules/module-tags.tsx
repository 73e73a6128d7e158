import { useTranslation } from 'react-i18next';
import type { CatalogCard } from '../../shared/api/module-types.ts';

/** On/Off and the facts that change what a city can do with the module; words, not colour alone. */
export function ModuleTags({ card }: { card: CatalogCard }) {
  const { t } = useTranslation();
  return (
    <ul className="tag-list">
      <li className={card.state.enabled ? 'tag tag--success' : 'tag tag--neutral'}>
        {card.state.enabled ? t('admin.modules.on') : t('admin.modules.off')}
      </li>
      {card.isOwn && card.visibility === 'private' && <li className="tag tag--primary">{t('admin.modules.private')}</li>}
      {!card.entitled && <li className="tag tag--error">{t('admin.modules.notEntitled')}</li>}
      {card.state.updateAvailable && <li className="tag tag--primary">{t('admin.modules.updateAvailable')}</li>}
    </ul>
  );
}
