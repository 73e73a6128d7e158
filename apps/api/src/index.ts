export { createApp, type AppDeps } from './create-app.ts';
