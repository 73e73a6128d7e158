import type { LocaleCopy } from '../locale-copy.ts';

// The city's name stands where it needs no suffix or article ("Budapest munkatársai",
// "fiókja (Budapest)"), so the sentences stay correct for any name.
export const hu: LocaleCopy = {
  greeting: (name) => (name ? `Kedves ${name}!` : 'Üdvözöljük!'),
  signOff: 'Üdvözlettel:',
  copyLink: 'Ha a hivatkozás nem működik, másolja ezt a címet a böngészőjébe:',
  templates: {
    'verify-email': {
      subject: () => 'Erősítse meg e-mail-címét',
      body: (d) => [
        `Köszönjük, hogy fiókot hozott létre ${d.cityName} szolgáltatásaihoz.`,
        'A regisztráció befejezéséhez erősítse meg e-mail-címét:',
      ],
      action: () => 'E-mail-cím megerősítése',
      after: () => [
        'Ez a hivatkozás 24 óráig érvényes.',
        'Ha nem Ön hozta létre a fiókot, nyugodtan hagyja figyelmen kívül ezt az e-mailt.',
      ],
    },
    'reset-password': {
      subject: () => 'Új jelszó beállítása',
      body: (d) => [
        `Új jelszó beállítását kérték az Ön fiókjához (${d.cityName}).`,
        'Ezzel a hivatkozással választhat új jelszót:',
      ],
      action: () => 'Új jelszó megadása',
      after: () => [
        'Ez a hivatkozás 1 óráig érvényes.',
        'Ha nem Ön kérte, nyugodtan hagyja figyelmen kívül ezt az e-mailt. A jelszava nem változott.',
      ],
    },
    'staff-invite': {
      subject: (d) => `Meghívás ${d.cityName} munkatársai közé`,
      body: (d) => [`${d.inviterName} meghívta Önt ${d.cityName} munkatársai közé.`, `Szerepköre: ${d.roleLabel}.`],
      action: () => 'Meghívás elfogadása',
      after: () => [
        'A meghívás 7 napig érvényes.',
        'Ha nem számított erre a meghívásra, nyugodtan hagyja figyelmen kívül ezt az e-mailt.',
      ],
    },
    'email-change': {
      subject: () => 'Erősítse meg új e-mail-címét',
      body: (d) => [`Azt kérte, hogy fiókja (${d.cityName}) ezt az e-mail-címet használja.`, 'Erősítse meg a módosítást:'],
      action: () => 'Új e-mail-cím megerősítése',
      after: () => [
        'Ez a hivatkozás 24 óráig érvényes. Addig a korábbi címét használjuk.',
        'Ha nem Ön kérte a módosítást, nyugodtan hagyja figyelmen kívül ezt az e-mailt. Az e-mail-címe nem változik.',
      ],
    },
    'password-changed': {
      subject: () => 'Megváltozott a jelszava',
      body: (d) => [`Fiókja (${d.cityName}) jelszava az imént megváltozott.`],
      after: (d) => [
        'Ha Ön változtatta meg, nincs teendője.',
        `Ha nem Ön volt, a bejelentkezési oldalon azonnal állítson be új jelszót, és értesítse ${d.cityName} ügyfélszolgálatát.`,
      ],
    },
    'privacy-export-ready': {
      subject: () => 'Adatai letölthetők',
      body: (d) => [`Elkészült a személyes adatairól kért másolat (${d.cityName}).`],
      action: () => 'Adataim letöltése',
      after: (d) => [
        'A letöltés 7 napig érhető el.',
        `Ha nem Ön kérte, változtassa meg a jelszavát, és értesítse ${d.cityName} ügyfélszolgálatát.`,
      ],
    },
    'account-deleted': {
      subject: () => 'Fiókját töröltük',
      body: (d) => [`Kérésére töröltük fiókját (${d.cityName}).`, 'Ezzel a fiókkal többé nem tud bejelentkezni.'],
      after: (d) => [`Ha nem Ön kérte, azonnal értesítse ${d.cityName} ügyfélszolgálatát.`],
    },
    'module-message': {
      subject: (d) => d.subject,
      body: (d) => [d.subject, d.body],
      action: () => 'A kérelem megtekintése',
      after: (d) => [`Ezt az e-mailt azért kapja, mert kérelmet nyújtott be (${d.cityName}).`],
    },
  },
};
