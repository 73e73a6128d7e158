export { openRuntime, type Runtime } from './open-runtime.ts';
