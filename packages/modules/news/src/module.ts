import { defineModule } from '@civitas/module-sdk';
import { createNewsRouter } from './news-router.ts';
import { newsPrivacy } from './news-privacy.ts';
import { publishDue } from './news-repository.ts';
import { newsSettings } from './news-settings.ts';
import { publishHandler } from './publish-job.ts';
import { sweepHandler } from './sweep-job.ts';

/** News and pages: staff write posts and pages in each of the city's languages, residents read them and follow the feed. Built by Paris. */
export const newsModule = defineModule({
  id: 'news',
  version: '1.0.0',
  name: { en: 'News and pages', fr: 'Actualités et pages', hu: 'Hírek és oldalak', es: 'Noticias y páginas' },
  description: {
    en: 'Staff write news posts and pages in each of the city’s languages, save drafts, preview, publish now or at a set time, and place pages in the navigation. Residents read the news page by page, on the home page and in an Atom feed per language.',
    fr: 'Les agents rédigent des actualités et des pages dans chaque langue de la ville, enregistrent des brouillons, prévisualisent, publient tout de suite ou à l’heure voulue et placent les pages dans la navigation. Les habitants lisent les actualités page par page, sur l’accueil et dans un flux Atom par langue.',
    hu: 'A munkatársak a város minden nyelvén írnak híreket és oldalakat, piszkozatot mentenek, előnézetet néznek, azonnal vagy időzítve publikálnak, és az oldalakat a navigációba helyezik. A lakók oldalanként, a kezdőlapon és nyelvenként egy Atom-hírfolyamban olvassák a híreket.',
    es: 'El personal escribe noticias y páginas en cada idioma de la ciudad, guarda borradores, previsualiza, publica al momento o a una hora fijada y coloca las páginas en la navegación. Los vecinos leen las noticias página a página, en la portada y en un canal Atom por idioma.',
  },
  author: 'paris',
  category: 'information',
  dependsOn: {},
  settings: newsSettings,
  permissions: [
    {
      id: 'news.write',
      description: { en: 'Write and edit posts and pages, upload pictures, preview', fr: 'Rédiger et modifier articles et pages, déposer des images, prévisualiser', hu: 'Hírek és oldalak írása, szerkesztése, képek feltöltése, előnézet', es: 'Escribir y editar noticias y páginas, subir imágenes, previsualizar' },
      defaultRoles: ['admin', 'editor'],
    },
    {
      id: 'news.publish',
      description: { en: 'Publish, schedule, unpublish and delete; order the navigation', fr: 'Publier, programmer, dépublier et supprimer ; ordonner la navigation', hu: 'Közzététel, időzítés, visszavonás és törlés; a navigáció sorrendje', es: 'Publicar, programar, retirar y eliminar; ordenar la navegación' },
      defaultRoles: ['admin', 'editor'],
    },
  ],
  tables: ['news_entries', 'news_translations'],
  changelog: [
    {
      version: '1.0.0',
      date: '2026-12-06',
      notes: {
        en: 'First release: posts and pages per language with fallback, sanitised rich text and pictures, scheduled publishing, navigation, Atom feeds and the latest news on the home page.',
        fr: 'Première version : articles et pages par langue avec repli, texte enrichi assaini et images, publication programmée, navigation, flux Atom et dernières actualités sur l’accueil.',
        hu: 'Első kiadás: hírek és oldalak nyelvenként, tartalék nyelvvel, biztonságos formázott szöveg és képek, időzített közzététel, navigáció, Atom-hírfolyamok és a legfrissebb hírek a kezdőlapon.',
        es: 'Primera versión: noticias y páginas por idioma con respaldo, texto enriquecido saneado e imágenes, publicación programada, navegación, canales Atom y las últimas noticias en la portada.',
      },
    },
  ],
  api: createNewsRouter,
  navigation: [{ path: '', label: { en: 'News', fr: 'Actualités', hu: 'Hírek', es: 'Noticias' } }],
  jobs: ({ db }) => [publishHandler(db), sweepHandler(db)],
  privacy: newsPrivacy,
  // The platform's periodic sweep publishes what is overdue in every city, read or not.
  sweep: async ({ db, now }) => {
    await publishDue(db, now);
  },
  // No lifecycle hooks: nothing to set up; switching off keeps every post and page.
  hooks: {},
});
