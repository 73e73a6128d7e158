export { loadConfig, loadConfigOrExit, ConfigError, type Config } from './load-config.ts';
