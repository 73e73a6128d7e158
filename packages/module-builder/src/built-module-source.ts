import type { PlatformClient } from '@civitas/db';
import type { ModuleRegistry } from '@civitas/module-sdk';
import { parseBuiltModuleDefinition, type BuilderText } from '@civitas/module-sdk/builder';
import type { Redis } from 'ioredis';
import { listAllVersions } from './builder-repository.ts';
import { builtModuleDeclaration, type PublishedVersion } from './built-module-declaration.ts';
import type { BuiltModuleMail } from './entry-mail.ts';

/**
 * Keeps a process's registry in line with the published built modules. A publish anywhere
 * announces itself on a Redis channel and every API and worker process reloads, so a built
 * module reaches the catalogue, the module switches and `/api/m/<id>` like a code module does.
 */
export class BuiltModuleSource {
  #subscriber: Redis | undefined;
  #loading: Promise<void> = Promise.resolve();

  constructor(
    private readonly platformDb: PlatformClient,
    private readonly registry: ModuleRegistry,
    private readonly options: { channel: string; publisher: Redis; mail: BuiltModuleMail; log?: (error: unknown) => void },
  ) {}

  async listen(subscriber: Redis) {
    this.#subscriber = subscriber;
    subscriber.on('message', (channel) => {
      if (channel === this.options.channel) this.load().catch((error) => this.options.log?.(error));
    });
    await subscriber.subscribe(this.options.channel);
  }

  /** Reads every published version, rebuilds the built part of the registry and syncs the catalogue rows. */
  load(): Promise<void> {
    // One load at a time, in order: the last one reads the latest state.
    this.#loading = this.#loading.catch(() => undefined).then(() => this.#load());
    return this.#loading;
  }

  /** After a publish: reload here, then tell every other process. */
  async announce() {
    await this.load();
    await this.options.publisher.publish(this.options.channel, 'published');
  }

  async close() {
    await this.#subscriber?.unsubscribe(this.options.channel);
  }

  async #load() {
    const rows = await listAllVersions(this.platformDb);
    const byModule = new Map<string, PublishedVersion[]>();
    for (const row of rows) {
      const parsed = parseBuiltModuleDefinition(row.definition);
      // Checked at publish; one that no longer parses is left out rather than stopping the process.
      if (!parsed.success) {
        this.options.log?.(new Error(`${row.moduleId} ${row.version} no longer parses: ${parsed.errors[0]?.path} ${parsed.errors[0]?.message}`));
        continue;
      }
      const list = byModule.get(row.moduleId) ?? [];
      list.push({ version: row.version, publishedAt: row.publishedAt, changelog: row.changelog as BuilderText, definition: parsed.definition });
      byModule.set(row.moduleId, list);
    }
    const declarations = [...byModule.values()].map((versions) =>
      builtModuleDeclaration(versions, { mail: this.options.mail, versions: new Map(versions.map((v) => [v.version, v.definition])) }),
    );
    for (const m of declarations) {
      const data = {
        authorSlug: m.author,
        category: m.category,
        name: m.name,
        description: m.description,
        latestVersion: m.version,
        dependsOn: {},
        permissions: m.permissions as object[],
        source: 'built',
      };
      await this.platformDb.catalogModule.upsert({ where: { id: m.id }, create: { id: m.id, ...data }, update: data });
      for (const entry of m.changelog) {
        await this.platformDb.catalogModuleVersion.upsert({
          where: { moduleId_version: { moduleId: m.id, version: entry.version } },
          create: { moduleId: m.id, version: entry.version, releasedOn: entry.date, changelog: entry.notes, dependsOn: {} },
          update: {},
        });
      }
    }
    this.registry.setBuilt(declarations);
  }
}
