import { builtModuleDefinitionSchema, type BuiltModuleDefinition } from './definition-schema.ts';
import type { DefinitionPath } from './definition-texts.ts';

export interface DefinitionError {
  /** Where, by keys where the element has one: `entityTypes[permit].fields[email].maxLength`. */
  path: string;
  message: string;
}

export type DefinitionResult = { success: true; definition: BuiltModuleDefinition } | { success: false; errors: DefinitionError[] };

/** Validates a definition as a whole; every problem is reported with the path to it. */
export function parseBuiltModuleDefinition(input: unknown): DefinitionResult {
  const result = builtModuleDefinitionSchema.safeParse(input);
  if (result.success) return { success: true, definition: result.data };
  return {
    success: false,
    errors: result.error.issues.map((issue) => ({ path: describePath(input, issue.path as DefinitionPath), message: issue.message })),
  };
}

export class BuiltModuleDefinitionError extends Error {
  constructor(readonly errors: DefinitionError[]) {
    super(`The module definition is not valid: ${errors.map((e) => `${e.path || '(definition)'}: ${e.message}`).join('; ')}`);
    this.name = 'BuiltModuleDefinitionError';
  }
}

/** Like `parseBuiltModuleDefinition`, but throws `BuiltModuleDefinitionError`. */
export function assertBuiltModuleDefinition(input: unknown): BuiltModuleDefinition {
  const result = parseBuiltModuleDefinition(input);
  if (!result.success) throw new BuiltModuleDefinitionError(result.errors);
  return result.definition;
}

/** Turns `['entityTypes', 0, 'fields', 3]` into `entityTypes[permit].fields[email]` using the elements' keys. */
export function describePath(input: unknown, path: DefinitionPath): string {
  let node: unknown = input;
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') {
      const element = Array.isArray(node) ? node[part] : undefined;
      const name = element && typeof element === 'object' ? ((element as Record<string, unknown>).key ?? (element as Record<string, unknown>).verb) : undefined;
      out += typeof name === 'string' && name ? `[${name}]` : `[${part}]`;
      node = element;
    } else {
      out += out ? `.${part}` : part;
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
    }
  }
  return out;
}
