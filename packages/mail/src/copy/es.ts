import type { LocaleCopy } from '../locale-copy.ts';

export const es: LocaleCopy = {
  greeting: (name) => (name ? `Hola, ${name}:` : 'Hola:'),
  signOff: 'Un saludo,',
  copyLink: 'Si el enlace no funciona, copie esta dirección en su navegador:',
  templates: {
    'verify-email': {
      subject: () => 'Confirme su dirección de correo electrónico',
      body: (d) => [
        `Gracias por crear una cuenta en ${d.cityName}.`,
        'Para terminar, confirme su dirección de correo electrónico:',
      ],
      action: () => 'Confirmar mi dirección de correo',
      after: (d) => [
        'Este enlace es válido durante 24 horas.',
        `Si no ha creado una cuenta en ${d.cityName}, puede ignorar este correo.`,
      ],
    },
    'reset-password': {
      subject: () => 'Restablezca su contraseña',
      body: (d) => [
        `Hemos recibido una solicitud para restablecer la contraseña de su cuenta en ${d.cityName}.`,
        'Use este enlace para elegir una contraseña nueva:',
      ],
      action: () => 'Elegir una contraseña nueva',
      after: () => [
        'Este enlace es válido durante 1 hora.',
        'Si no lo ha solicitado, puede ignorar este correo. Su contraseña no ha cambiado.',
      ],
    },
    'staff-invite': {
      subject: (d) => `Invitación para unirse al equipo de ${d.cityName}`,
      body: (d) => [`${d.inviterName} le ha invitado a unirse al equipo de ${d.cityName}.`, `Su rol: ${d.roleLabel}.`],
      action: () => 'Aceptar la invitación',
      after: () => ['Esta invitación es válida durante 7 días.', 'Si no esperaba esta invitación, puede ignorar este correo.'],
    },
    'email-change': {
      subject: () => 'Confirme su nueva dirección de correo electrónico',
      body: (d) => [
        `Ha pedido usar esta dirección de correo electrónico en su cuenta de ${d.cityName}.`,
        'Confirme el cambio:',
      ],
      action: () => 'Confirmar mi nueva dirección',
      after: () => [
        'Este enlace es válido durante 24 horas. Hasta entonces, seguiremos usando su dirección anterior.',
        'Si no ha pedido este cambio, puede ignorar este correo. Su dirección no cambiará.',
      ],
    },
    'password-changed': {
      subject: () => 'Su contraseña ha cambiado',
      body: (d) => [`Se acaba de cambiar la contraseña de su cuenta en ${d.cityName}.`],
      after: (d) => [
        'Si ha sido usted, no tiene que hacer nada.',
        `Si no ha sido usted, restablezca su contraseña cuanto antes desde la página de inicio de sesión y avise a ${d.cityName}.`,
      ],
    },
    'privacy-export-ready': {
      subject: () => 'Sus datos están listos para descargar',
      body: (d) => [`La copia de sus datos personales que pidió a ${d.cityName} ya está lista.`],
      action: () => 'Descargar mis datos',
      after: (d) => [
        'La descarga estará disponible durante 7 días.',
        `Si no ha pedido una copia de sus datos, cambie su contraseña y avise a ${d.cityName}.`,
      ],
    },
    'account-deleted': {
      subject: () => 'Su cuenta se ha eliminado',
      body: (d) => [`Hemos eliminado su cuenta en ${d.cityName}, como nos pidió.`, 'Ya no podrá iniciar sesión con ella.'],
      after: (d) => [`Si no lo ha pedido, avise a ${d.cityName} cuanto antes.`],
    },
    'module-message': {
      subject: (d) => d.subject,
      body: (d) => [d.subject, d.body],
      action: () => 'Ver su solicitud',
      after: (d) => [`Recibe este mensaje porque envió una solicitud a ${d.cityName}.`],
    },
  },
};
