export { loadConfig, ConfigError, type Config } from './load-config.ts';
