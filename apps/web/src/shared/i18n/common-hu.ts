import type { commonEn } from './common-en.ts';
import type { MessageShape } from './message-shape.ts';

export const commonHu: MessageShape<typeof commonEn> = {
  skipToContent: 'Ugrás a fő tartalomra',
  language: 'Nyelv',
  loading: 'Betöltés…',
  signOut: 'Kijelentkezés',
  signedInAs: 'Bejelentkezve mint {{name}}',
  signedOut: 'Sikeresen kijelentkezett.',
  form: {
    errorPrefix: 'Hiba:',
    errorSummaryTitle: 'Probléma történt',
    email: 'E-mail-cím',
    password: 'Jelszó',
    signIn: 'Bejelentkezés',
    signingIn: 'Bejelentkezés folyamatban…',
    sending: 'Küldés folyamatban…',
    emailRequired: 'Adja meg az e-mail-címét',
    emailInvalid: 'Helyes formátumban adja meg az e-mail-címet, például nev@pelda.hu',
    passwordRequired: 'Adja meg a jelszavát',
  },
  errors: {
    invalidCredentials: 'Az e-mail-cím vagy a jelszó nem megfelelő. Ellenőrizze őket, és próbálja újra.',
    rateLimited: 'Túl sok próbálkozás. Várjon néhány percet, majd próbálja újra.',
    network: 'A szerver nem érhető el. Ellenőrizze az internetkapcsolatot, és próbálja újra.',
    forbidden: 'Ehhez nincs jogosultsága.',
    generic: 'Hiba történt. Próbálja újra később.',
  },
};
