import { defineModule } from '@civitas/module-sdk';
import { createContactsRouter } from './contacts-router.ts';
import { contactsSettings } from './contacts-settings.ts';
import { ensureStarterEntry } from './starter-entry.ts';

/** City contacts & opening hours: a directory of the city's places and services, built by Baltimore. */
export const contactsModule = defineModule({
  id: 'contacts',
  version: '1.1.0',
  name: {
    en: 'City contacts & opening hours',
    fr: 'Contacts de la ville et horaires d’ouverture',
    hu: 'Városi elérhetőségek és nyitvatartás',
    es: 'Contactos municipales y horarios de apertura',
  },
  description: {
    en: 'A directory of the city’s places and services — libraries, recreation centers, offices — with contact details and weekly opening hours, telling residents what is open now.',
    fr: 'Un annuaire des lieux et services de la ville (bibliothèques, centres de loisirs, guichets) avec leurs coordonnées et leurs horaires hebdomadaires, qui indique aux habitants ce qui est ouvert en ce moment.',
    hu: 'A város intézményeinek és szolgáltatásainak – könyvtárak, szabadidőközpontok, ügyfélszolgálatok – címtára elérhetőségekkel és heti nyitvatartással, amely megmutatja a lakóknak, mi van éppen nyitva.',
    es: 'Un directorio de los lugares y servicios de la ciudad (bibliotecas, centros recreativos, oficinas) con sus datos de contacto y horarios semanales, que indica a los vecinos qué está abierto ahora.',
  },
  author: 'baltimore',
  category: 'information',
  dependsOn: {},
  settings: contactsSettings,
  permissions: [
    {
      id: 'contacts.manage',
      description: {
        en: 'Add, edit and remove directory entries',
        fr: 'Ajouter, modifier et supprimer des fiches de l’annuaire',
        hu: 'Címtárbejegyzések felvétele, szerkesztése és törlése',
        es: 'Añadir, editar y eliminar fichas del directorio',
      },
      defaultRoles: ['admin', 'editor'],
    },
  ],
  tables: ['contacts_entries'],
  changelog: [
    {
      version: '1.0.0',
      date: '2026-11-20',
      notes: {
        en: 'First release: entries grouped by category, with contact details and weekly opening hours.',
        fr: 'Première version : fiches classées par catégorie, avec coordonnées et horaires hebdomadaires.',
        hu: 'Első kiadás: kategóriák szerint csoportosított bejegyzések elérhetőségekkel és heti nyitvatartással.',
        es: 'Primera versión: fichas agrupadas por categoría, con datos de contacto y horario semanal.',
      },
    },
    {
      version: '1.1.0',
      date: '2026-11-27',
      notes: {
        en: 'Shows “Open now” or “Closed now, opens at …” in the city’s time zone, and lets residents search by name.',
        fr: 'Affiche « Ouvert » ou « Fermé, ouvre à … » à l’heure de la ville, et permet aux habitants de chercher par nom.',
        hu: 'A város időzónája szerint mutatja, hogy „Most nyitva” vagy „Most zárva, nyit: …”, és név szerint is lehet keresni.',
        es: 'Muestra «Abierto ahora» o «Cerrado ahora, abre a las …» en la hora de la ciudad, y permite a los vecinos buscar por nombre.',
      },
    },
  ],
  api: createContactsRouter,
  navigation: [
    {
      path: '',
      label: { en: 'City contacts', fr: 'Contacts de la ville', hu: 'Elérhetőségek', es: 'Contactos municipales' },
    },
  ],
  hooks: {
    onEnable: async ({ db, settings, city }) => {
      await ensureStarterEntry(db, settings, city.defaultLocale);
    },
    // No onDisable: switching off keeps the directory, so switching on again restores it as it was.
  },
});
