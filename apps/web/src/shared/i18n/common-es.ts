import type { commonEn } from './common-en.ts';
import type { MessageShape } from './message-shape.ts';

export const commonEs: MessageShape<typeof commonEn> = {
  skipToContent: 'Saltar al contenido principal',
  language: 'Idioma',
  loading: 'Cargando…',
  signOut: 'Cerrar sesión',
  signedInAs: 'Sesión iniciada como {{name}}',
  signedOut: 'Ha cerrado la sesión.',
  form: {
    errorPrefix: 'Error:',
    errorSummaryTitle: 'Hay un problema',
    email: 'Correo electrónico',
    password: 'Contraseña',
    signIn: 'Iniciar sesión',
    signingIn: 'Iniciando sesión…',
    sending: 'Enviando…',
    emailRequired: 'Introduzca su correo electrónico',
    emailInvalid: 'Introduzca un correo electrónico con el formato correcto, como nombre@ejemplo.es',
    passwordRequired: 'Introduzca su contraseña',
  },
  errors: {
    invalidCredentials: 'El correo electrónico o la contraseña no son correctos. Compruébelos y vuelva a intentarlo.',
    rateLimited: 'Demasiados intentos. Espere unos minutos y vuelva a intentarlo.',
    network: 'No se ha podido contactar con el servidor. Compruebe su conexión y vuelva a intentarlo.',
    forbidden: 'No tiene permiso para hacer esto.',
    generic: 'Algo ha fallado. Vuelva a intentarlo más tarde.',
  },
};
