/** Strings shared by all three faces (forms, sign-in, errors). English defines the keys. */
export const commonEn = {
  skipToContent: 'Skip to main content',
  language: 'Language',
  loading: 'Loading…',
  signOut: 'Sign out',
  signedInAs: 'Signed in as {{name}}',
  signedOut: 'You have signed out.',
  form: {
    errorPrefix: 'Error:',
    errorSummaryTitle: 'There is a problem',
    email: 'Email address',
    password: 'Password',
    signIn: 'Sign in',
    signingIn: 'Signing in…',
    sending: 'Sending…',
    emailRequired: 'Enter your email address',
    emailInvalid: 'Enter an email address in the correct format, like name@example.com',
    passwordRequired: 'Enter your password',
  },
  errors: {
    invalidCredentials: 'The email address or password is not right. Check them and try again.',
    rateLimited: 'Too many attempts. Wait a few minutes, then try again.',
    network: 'We could not reach the server. Check your connection and try again.',
    forbidden: 'You do not have permission to do this.',
    generic: 'Something went wrong. Try again later.',
  },
};
