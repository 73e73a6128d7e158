import { defineModule } from '@civitas/module-sdk';
import { archiveExpiredHandler } from './archive-expired-job.ts';
import { createNoticesRouter } from './notices-router.ts';
import { noticesSettings } from './notices-settings.ts';

/** Notices: time-boxed messages shown as a banner on the portal, built by Budapest. */
export const noticesModule = defineModule({
  id: 'notices',
  version: '1.0.0',
  name: { en: 'Notices', fr: 'Avis à la population', hu: 'Közlemények', es: 'Avisos' },
  description: {
    en: 'Time-limited notices for residents — road works, service interruptions, alerts — shown as a banner on every portal page and listed on a page of their own.',
    fr: 'Des avis à durée limitée pour les habitants (travaux, interruptions de service, alertes), affichés en bandeau sur chaque page du portail et réunis sur une page dédiée.',
    hu: 'Határidős közlemények a lakóknak – útlezárások, szolgáltatáskiesések, riasztások –, amelyek sávként jelennek meg a portál minden oldalán, és külön oldalon is olvashatók.',
    es: 'Avisos temporales para los vecinos (obras, cortes de servicio, alertas), que aparecen como banner en todas las páginas del portal y se recogen en una página propia.',
  },
  author: 'budapest',
  category: 'information',
  dependsOn: {},
  settings: noticesSettings,
  permissions: [
    {
      id: 'notices.publish',
      description: {
        en: 'Publish, edit, end and delete notices',
        fr: 'Publier, modifier, clore et supprimer des avis',
        hu: 'Közlemények közzététele, szerkesztése, lezárása és törlése',
        es: 'Publicar, editar, finalizar y eliminar avisos',
      },
      defaultRoles: ['admin', 'editor'],
    },
  ],
  tables: ['notices_notices'],
  changelog: [
    {
      version: '1.0.0',
      date: '2026-11-27',
      notes: {
        en: 'First release: scheduled notices with a severity, a portal banner and a page of current and recent notices.',
        fr: 'Première version : avis programmés avec un niveau d’importance, un bandeau sur le portail et une page des avis en cours et récents.',
        hu: 'Első kiadás: ütemezhető, fontossági szinttel ellátott közlemények, sáv a portálon, valamint az aktuális és a közelmúltbeli közlemények oldala.',
        es: 'Primera versión: avisos programados con nivel de importancia, un banner en el portal y una página con los avisos actuales y recientes.',
      },
    },
  ],
  api: createNoticesRouter,
  navigation: [{ path: '', label: { en: 'Notices', fr: 'Avis', hu: 'Közlemények', es: 'Avisos' } }],
  jobs: ({ db }) => [archiveExpiredHandler(db)],
  // No lifecycle hooks: nothing to set up, and switching off keeps the notices (the banner simply stops showing).
  hooks: {},
});
