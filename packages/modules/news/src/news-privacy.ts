import type { ModulePrivacy } from '@civitas/module-sdk';

/**
 * Residents only read: the module keeps nothing about them, so there is nothing to export or erase.
 * Authors are staff, whose names are shown on what they publish.
 */
export const newsPrivacy: ModulePrivacy = {
  keeps: {
    en: 'News and pages: nothing about residents. Posts and pages show the name of the staff member who wrote them.',
    fr: 'Actualités et pages : rien sur les habitants. Les articles et les pages portent le nom de l’agent qui les a rédigés.',
    hu: 'Hírek és oldalak: semmit a lakókról. A hírek és oldalak a szerzőjük, a hivatal munkatársa nevét viselik.',
    es: 'Noticias y páginas: nada sobre los vecinos. Las noticias y las páginas muestran el nombre del empleado que las escribió.',
  },
  export: async () => ({}),
  erase: async () => {},
};
