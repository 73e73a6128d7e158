import type { commonEn } from './common-en.ts';
import type { MessageShape } from './message-shape.ts';

export const commonFr: MessageShape<typeof commonEn> = {
  skipToContent: 'Aller au contenu principal',
  language: 'Langue',
  loading: 'Chargement…',
  signOut: 'Se déconnecter',
  signedInAs: 'Session ouverte au nom de {{name}}',
  signedOut: 'Votre session est fermée.',
  form: {
    errorPrefix: 'Erreur :',
    errorSummaryTitle: 'Il y a un problème',
    email: 'Adresse e-mail',
    password: 'Mot de passe',
    signIn: 'Se connecter',
    signingIn: 'Connexion en cours…',
    sending: 'Envoi en cours…',
    emailRequired: 'Saisissez votre adresse e-mail',
    emailInvalid: 'Saisissez une adresse e-mail au bon format, par exemple nom@exemple.fr',
    passwordRequired: 'Saisissez votre mot de passe',
  },
  errors: {
    invalidCredentials: 'L’adresse e-mail ou le mot de passe est incorrect. Vérifiez-les et réessayez.',
    rateLimited: 'Trop de tentatives. Patientez quelques minutes, puis réessayez.',
    network: 'Le serveur est injoignable. Vérifiez votre connexion et réessayez.',
    forbidden: 'Vous n’avez pas l’autorisation de faire cela.',
    generic: 'Une erreur est survenue. Réessayez plus tard.',
  },
};
