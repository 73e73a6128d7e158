import { contactsSettings } from './contacts-settings.ts';

// The starter entry in each language the module ships; another language gets English.
const TEXT = {
  en: { name: 'Town hall', category: 'Town hall services' },
  fr: { name: 'Mairie', category: 'Services de la mairie' },
  hu: { name: 'Városháza', category: 'Városházi ügyintézés' },
  es: { name: 'Ayuntamiento', category: 'Servicios del ayuntamiento' },
} as const;

const shippedCategories = contactsSettings.parse({}).categories;

/**
 * The starter entry's name and category in the city's language ("fr-CA" reads as "fr"). A city
 * that set its own categories gets its first one; the shipped (English) list counts as not set.
 */
export function starterText(locale: string, categories: string[]): { name: string; category: string } {
  const language = locale.toLowerCase().split('-')[0]!;
  const text = language in TEXT ? TEXT[language as keyof typeof TEXT] : TEXT.en;
  const ownCategories = categories.length > 0 && categories.join('\n') !== shippedCategories.join('\n');
  return { name: text.name, category: ownCategories ? categories[0]! : text.category };
}
