import type { Type } from '@nestjs/common';
import type { EntityClass, MigrationObject } from '@mikro-orm/core';
import { MIGRATIONS as PLATFORM_MIGRATIONS } from './migrations/index.js';
import type { PersonalDataTable } from './personal-data.js';

/**
 * Table privileges the application role may be given. TRUNCATE, REFERENCES, TRIGGER and
 * MAINTAIN are never granted: the API needs none of them.
 */
export type AppRolePrivilege = 'SELECT' | 'INSERT' | 'UPDATE' | 'DELETE';

/** Per table a library owns, exactly the privileges the application role holds on it. */
export type AppRoleGrants = Readonly<Record<string, readonly AppRolePrivilege[]>>;

/** Privileges PostgreSQL can grant on single columns (DELETE cannot be). */
export type AppRoleColumnPrivilege = Exclude<AppRolePrivilege, 'DELETE'>;

/**
 * Per table, privileges the application role holds on some columns only, with exactly those
 * columns: e.g. an append-only table whose personal columns erasure may clear,
 * `{ goal_event: { UPDATE: ['note'] } }` (a trigger then limits what the update may write).
 */
export type AppRoleColumnGrants = Readonly<Record<string, Readonly<Partial<Record<AppRoleColumnPrivilege, readonly string[]>>>>>;

/**
 * What one API library brings to the application. Each library declares its own (e.g.
 * RESIDENTS_LIBRARY in libs/api/residents); the registry (libs/api/registry) lists them once,
 * and the app module, the ORM, the migrator, the demo data and the tests read that list.
 */
export interface ApiLibrary {
  /** For messages: the library's folder name. */
  name: string;
  /** The Nest module the app imports; absent when the app wires it otherwise (auth takes its config). */
  module?: Type;
  /** Its MikroORM entities: a schema diff sees only listed entities. */
  entities: readonly EntityClass[];
  /**
   * Its migrations (src/migrations/index.ts, written by `npx nx run api:migration-create`),
   * applied with every other library's in name (timestamp) order.
   */
  migrations?: readonly MigrationObject[];
  /**
   * Every table it owns with the privileges the application role needs there, granted by the
   * migration that creates the table; test/tenancy/catalog.test.ts holds the database to exactly
   * this (an owned table the app never touches is listed with []).
   */
  appRoleGrants: AppRoleGrants;
  /**
   * Column-level privileges on tables of its appRoleGrants, for a privilege the table-level list
   * does not hold; the grants test holds the database to exactly these columns too.
   */
  appRoleColumnGrants?: AppRoleColumnGrants;
  /**
   * The tables it owns that hold a person's data, with how to find a subject's rows and erase
   * them (personal-data.ts); the catalog test requires one for every table with a person column.
   */
  personalData?: readonly PersonalDataTable[];
}

/** What the ORM needs to know of the schema: the entities to map, the migrations to apply. */
export interface OrmSchema {
  entities: readonly EntityClass[];
  migrations: readonly MigrationObject[];
}

/** The composed schema of the API, with every table's declared grants (catalog test, migration-create). */
export interface ApiSchema extends OrmSchema {
  appRoleGrants: ReadonlyMap<string, { library: string; privileges: readonly AppRolePrivilege[] }>;
  /** The column-level grants, by table (ApiLibrary.appRoleColumnGrants). */
  appRoleColumnGrants: ReadonlyMap<string, { library: string; columns: Readonly<Partial<Record<AppRoleColumnPrivilege, readonly string[]>>> }>;
}

function duplicates(values: readonly string[]): string[] {
  return [...new Set(values.filter((v, i) => values.indexOf(v) !== i))];
}

/**
 * The schema of a set of libraries: their entities, and the platform's migrations (those written
 * before libraries carried their own, which create tables of several libraries) with every
 * library's, sorted by name. Refuses a table, entity or migration declared twice.
 */
export function composeSchema(libraries: readonly ApiLibrary[]): ApiSchema {
  const entities = libraries.flatMap((l) => l.entities);
  const migrations = [...PLATFORM_MIGRATIONS, ...libraries.flatMap((l) => l.migrations ?? [])].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const tables = libraries.flatMap((l) => Object.keys(l.appRoleGrants));
  const twice = [
    ...duplicates(libraries.map((l) => l.name)).map((n) => `library ${n}`),
    ...duplicates(entities.map((e) => e.name)).map((n) => `entity ${n}`),
    ...duplicates(migrations.map((m) => m.name)).map((n) => `migration ${n}`),
    ...duplicates(tables).map((n) => `table ${n} (appRoleGrants)`),
  ];
  if (twice.length) throw new Error(`Declared more than once: ${twice.join(', ')}`);
  const appRoleGrants = new Map(libraries.flatMap((l) => Object.entries(l.appRoleGrants).map(([table, privileges]) => [table, { library: l.name, privileges }] as const)));
  const appRoleColumnGrants = new Map(libraries.flatMap((l) => Object.entries(l.appRoleColumnGrants ?? {}).map(([table, columns]) => [table, { library: l.name, columns }] as const)));
  // A column grant belongs to a table of the same library, for a privilege it does not hold on the whole table.
  const misplaced = [...appRoleColumnGrants].flatMap(([table, { library, columns }]) => {
    const owner = appRoleGrants.get(table);
    if (owner?.library !== library) return [`${table} (not in library ${library}'s appRoleGrants)`];
    return Object.keys(columns).flatMap((p) => (owner.privileges.includes(p as AppRolePrivilege) ? [`${table} ${p} (already granted on the whole table)`] : []));
  });
  if (misplaced.length) throw new Error(`Column grants that cannot apply: ${misplaced.join(', ')}`);
  return { entities, migrations, appRoleGrants, appRoleColumnGrants };
}
