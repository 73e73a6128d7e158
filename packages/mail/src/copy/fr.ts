import type { LocaleCopy } from '../locale-copy.ts';

export const fr: LocaleCopy = {
  greeting: (name) => (name ? `Bonjour ${name},` : 'Bonjour,'),
  signOff: 'Cordialement,',
  copyLink: 'Si le lien ne fonctionne pas, copiez cette adresse dans votre navigateur :',
  templates: {
    'verify-email': {
      subject: () => 'Confirmez votre adresse e-mail',
      body: (d) => [`Merci d’avoir créé un compte auprès de ${d.cityName}.`, 'Pour terminer votre inscription, confirmez votre adresse e-mail :'],
      action: () => 'Confirmer mon adresse e-mail',
      after: (d) => [
        'Ce lien est valable 24 heures.',
        `Si vous n’avez pas créé de compte auprès de ${d.cityName}, vous pouvez ignorer cet e-mail.`,
      ],
    },
    'reset-password': {
      subject: () => 'Réinitialisez votre mot de passe',
      body: (d) => [
        `Nous avons reçu une demande de réinitialisation du mot de passe de votre compte auprès de ${d.cityName}.`,
        'Utilisez ce lien pour choisir un nouveau mot de passe :',
      ],
      action: () => 'Choisir un nouveau mot de passe',
      after: () => [
        'Ce lien est valable 1 heure.',
        'Si vous n’avez pas fait cette demande, vous pouvez ignorer cet e-mail. Votre mot de passe n’a pas été modifié.',
      ],
    },
    'staff-invite': {
      subject: (d) => `Invitation à rejoindre l’équipe de ${d.cityName}`,
      body: (d) => [`${d.inviterName} vous invite à rejoindre l’équipe de ${d.cityName}.`, `Votre rôle : ${d.roleLabel}.`],
      action: () => 'Accepter l’invitation',
      after: () => [
        'Cette invitation est valable 7 jours.',
        'Si vous n’attendiez pas cette invitation, vous pouvez ignorer cet e-mail.',
      ],
    },
    'email-change': {
      subject: () => 'Confirmez votre nouvelle adresse e-mail',
      body: (d) => [
        `Vous avez demandé à utiliser cette adresse e-mail pour votre compte auprès de ${d.cityName}.`,
        'Confirmez ce changement :',
      ],
      action: () => 'Confirmer ma nouvelle adresse e-mail',
      after: () => [
        'Ce lien est valable 24 heures. D’ici là, nous continuons d’utiliser votre ancienne adresse.',
        'Si vous n’avez pas demandé ce changement, vous pouvez ignorer cet e-mail. Votre adresse e-mail ne sera pas modifiée.',
      ],
    },
    'password-changed': {
      subject: () => 'Votre mot de passe a été modifié',
      body: (d) => [`Le mot de passe de votre compte auprès de ${d.cityName} vient d’être modifié.`],
      after: (d) => [
        'Si c’est vous, vous n’avez rien à faire.',
        `Si ce n’est pas vous, réinitialisez sans attendre votre mot de passe depuis la page de connexion et prévenez ${d.cityName}.`,
      ],
    },
    'privacy-export-ready': {
      subject: () => 'Vos données sont prêtes à être téléchargées',
      body: (d) => [`La copie de vos données personnelles que vous avez demandée à ${d.cityName} est prête.`],
      action: () => 'Télécharger mes données',
      after: (d) => [
        'Le téléchargement reste disponible pendant 7 jours.',
        `Si vous n’avez pas demandé de copie de vos données, changez votre mot de passe et prévenez ${d.cityName}.`,
      ],
    },
    'account-deleted': {
      subject: () => 'Votre compte a été supprimé',
      body: (d) => [
        `Votre compte auprès de ${d.cityName} a été supprimé, comme vous l’avez demandé.`,
        'Vous ne pouvez plus vous connecter avec ce compte.',
      ],
      after: (d) => [`Si vous n’avez pas fait cette demande, prévenez ${d.cityName} sans attendre.`],
    },
    'module-message': {
      subject: (d) => d.subject,
      body: (d) => [d.subject, d.body],
      action: () => 'Voir votre demande',
      after: (d) => [`Vous recevez ce message parce que vous avez envoyé une demande à ${d.cityName}.`],
    },
  },
};
