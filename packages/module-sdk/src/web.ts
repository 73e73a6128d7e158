export { defineModuleWeb, type ModuleWeb, type ModuleWebProps, type ModuleApi } from './web-contract.ts';
