import { readFileSync } from 'node:fs';
import internals from '@prisma/internals';
import { databaseOf, withConnection } from './connection.js';

type Datamodel = Awaited<ReturnType<typeof internals.getDMMF>>['datamodel'];
type Model = Datamodel['models'][number];
type Field = Model['fields'][number];

interface ColumnShape {
  type: string;
  nullable: boolean;
  default: string | null;
  autoIncrement: boolean;
}
interface IndexShape {
  unique: boolean;
  columns: string[];
}
interface ForeignKeyShape {
  columns: string[];
  referencedTable: string;
  referencedColumns: string[];
  onDelete: string;
  onUpdate: string;
}
interface TableShape {
  columns: Map<string, ColumnShape>;
  indexes: Map<string, IndexShape>;
  foreignKeys: Map<string, ForeignKeyShape>;
}
type SchemaShape = Map<string, TableShape>;

/**
 * Compares a migrated database with its `schema.prisma` and lists every difference:
 * tables, column types, nullability, defaults, enums, indexes and foreign keys.
 * An empty list means the migrations produce exactly the schema the client expects.
 */
export async function findDrift(options: { url: string; schemaPath: string }): Promise<string[]> {
  const { datamodel } = await internals.getDMMF({
    datamodel: readFileSync(options.schemaPath, 'utf8'),
  });
  const expected = expectedShape(datamodel);
  const actual = await databaseShape(options.url);
  return compareShapes(expected, actual);
}

// ---------------------------------------------------------------------------------------------
// What schema.prisma says

function expectedShape(datamodel: Datamodel): SchemaShape {
  const shape: SchemaShape = new Map();
  const tableOf = (model: Model) => model.dbName ?? model.name;
  const columnOf = (model: Model, fieldName: string) => {
    const field = model.fields.find(({ name }) => name === fieldName);
    return field?.dbName ?? fieldName;
  };
  const modelsByName = new Map(datamodel.models.map((model) => [model.name, model]));

  for (const model of datamodel.models) {
    const table = tableOf(model);
    const columns = new Map<string, ColumnShape>();
    for (const field of model.fields) {
      if (field.kind === 'object') continue;
      columns.set(field.dbName ?? field.name, expectedColumn(field, datamodel));
    }

    const indexes = new Map<string, IndexShape>();
    for (const index of datamodel.indexes.filter((candidate) => candidate.model === model.name)) {
      const indexColumns = index.fields.map(({ name }) => columnOf(model, name));
      if (index.type === 'id') {
        indexes.set('PRIMARY', { unique: true, columns: indexColumns });
      } else if (index.type === 'unique' || index.type === 'normal') {
        const suffix = index.type === 'unique' ? 'key' : 'idx';
        const name = index.dbName ?? constraintName(table, indexColumns, suffix);
        indexes.set(name, { unique: index.type === 'unique', columns: indexColumns });
      }
    }

    const foreignKeys = new Map<string, ForeignKeyShape>();
    for (const field of model.fields) {
      if (field.kind !== 'object' || !field.relationFromFields?.length) continue;
      const target = modelsByName.get(field.type);
      if (!target) continue;
      const fromColumns = field.relationFromFields.map((name) => columnOf(model, name));
      const required = field.relationFromFields.every(
        (name) => model.fields.find((candidate) => candidate.name === name)?.isRequired,
      );
      foreignKeys.set(constraintName(table, fromColumns, 'fkey'), {
        columns: fromColumns,
        referencedTable: tableOf(target),
        referencedColumns: (field.relationToFields ?? []).map((name) => columnOf(target, name)),
        onDelete: referentialAction(field.relationOnDelete ?? (required ? 'Restrict' : 'SetNull')),
        onUpdate: referentialAction(
          (field as Field & { relationOnUpdate?: string }).relationOnUpdate ?? 'Cascade',
        ),
      });
    }
    shape.set(table, { columns, indexes, foreignKeys });
  }
  return shape;
}

/** Prisma's default constraint names, cut to MySQL's 64-character limit as Prisma does. */
function constraintName(table: string, columns: string[], suffix: string): string {
  const name = `${table}_${columns.join('_')}_${suffix}`;
  return name.length <= 64 ? name : `${name.slice(0, 64 - suffix.length - 1)}_${suffix}`;
}

function referentialAction(action: string): string {
  const actions: Record<string, string> = {
    Cascade: 'CASCADE',
    Restrict: 'RESTRICT',
    NoAction: 'NO ACTION',
    SetNull: 'SET NULL',
    SetDefault: 'SET DEFAULT',
  };
  return actions[action] ?? action.toUpperCase();
}

function expectedColumn(field: Field, datamodel: Datamodel): ColumnShape {
  const nullable = !field.isRequired;
  const defaultValue = field.default as unknown;
  const isFunction = (name: string) =>
    typeof defaultValue === 'object' &&
    defaultValue !== null &&
    (defaultValue as { name?: string }).name === name;
  const autoIncrement = isFunction('autoincrement');
  const type = expectedType(field, datamodel);

  let expectedDefault: string | null = null;
  if (isFunction('now')) {
    expectedDefault = `current_timestamp(${type.match(/\((\d)\)/)?.[1] ?? ''})`;
  } else if (isFunction('dbgenerated')) {
    expectedDefault = String((defaultValue as { args: unknown[] }).args[0] ?? '');
  } else if (
    typeof defaultValue === 'string' ||
    typeof defaultValue === 'number' ||
    typeof defaultValue === 'boolean'
  ) {
    expectedDefault = normaliseLiteral(
      typeof defaultValue === 'boolean' ? (defaultValue ? '1' : '0') : String(defaultValue),
    );
  }
  return { type, nullable, default: expectedDefault, autoIncrement };
}

function expectedType(field: Field, datamodel: Datamodel): string {
  if (field.kind === 'enum') {
    const enumeration = datamodel.enums.find(({ name }) => name === field.type);
    const values = enumeration?.values.map((value) => `'${value.dbName ?? value.name}'`) ?? [];
    return `enum(${values.join(',')})`;
  }
  const [nativeName, nativeArgs = []] = (field.nativeType ?? []) as [string?, string[]?];
  const args = nativeArgs.length ? `(${nativeArgs.join(',')})` : '';
  if (nativeName) {
    const native: Record<string, string> = {
      UnsignedInt: 'int unsigned',
      UnsignedBigInt: 'bigint unsigned',
      UnsignedSmallInt: 'smallint unsigned',
      UnsignedTinyInt: 'tinyint unsigned',
      UnsignedMediumInt: 'mediumint unsigned',
      DateTime: `datetime${args}`,
      Timestamp: `timestamp${args}`,
      Time: `time${args}`,
    };
    return native[nativeName] ?? `${nativeName.toLowerCase()}${args}`;
  }
  const defaults: Record<string, string> = {
    String: 'varchar(191)',
    Int: 'int',
    BigInt: 'bigint',
    Float: 'double',
    Decimal: 'decimal(65,30)',
    Boolean: 'tinyint(1)',
    DateTime: 'datetime(3)',
    Json: 'json',
    Bytes: 'longblob',
  };
  const type = defaults[field.type];
  if (!type) throw new Error(`The drift check does not know the Prisma type ${field.type}`);
  return type;
}

// ---------------------------------------------------------------------------------------------
// What the database has

async function databaseShape(url: string): Promise<SchemaShape> {
  const schema = databaseOf(url);
  return withConnection(url, async (connection) => {
    const columns = (await connection.query(
      `SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA
         FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, ORDINAL_POSITION`,
      [schema],
    )) as Record<string, string | null>[];
    const jsonColumns = (await connection.query(
      `SELECT TABLE_NAME, CONSTRAINT_NAME FROM information_schema.CHECK_CONSTRAINTS
         WHERE CONSTRAINT_SCHEMA = ? AND CHECK_CLAUSE LIKE 'json_valid(%'`,
      [schema],
    )) as { TABLE_NAME: string; CONSTRAINT_NAME: string }[];
    const statistics = (await connection.query(
      `SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME FROM information_schema.STATISTICS
         WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX`,
      [schema],
    )) as { TABLE_NAME: string; INDEX_NAME: string; NON_UNIQUE: number; COLUMN_NAME: string }[];
    const keyColumns = (await connection.query(
      `SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_NAME,
              k.REFERENCED_COLUMN_NAME, r.DELETE_RULE, r.UPDATE_RULE
         FROM information_schema.KEY_COLUMN_USAGE k
         JOIN information_schema.REFERENTIAL_CONSTRAINTS r
           ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME
          AND r.TABLE_NAME = k.TABLE_NAME
        WHERE k.TABLE_SCHEMA = ? ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION`,
      [schema],
    )) as Record<string, string>[];

    const shape: SchemaShape = new Map();
    const tableShape = (table: string) => {
      let entry = shape.get(table);
      if (!entry) {
        entry = { columns: new Map(), indexes: new Map(), foreignKeys: new Map() };
        shape.set(table, entry);
      }
      return entry;
    };
    // MariaDB stores JSON as LONGTEXT guarded by a json_valid() check named after the column.
    const isJson = (table: string, column: string) =>
      jsonColumns.some((check) => check.TABLE_NAME === table && check.CONSTRAINT_NAME === column);

    for (const row of columns) {
      const table = String(row.TABLE_NAME);
      if (table === '_prisma_migrations') continue;
      const column = String(row.COLUMN_NAME);
      const rawType = String(row.COLUMN_TYPE);
      tableShape(table).columns.set(column, {
        type: rawType === 'longtext' && isJson(table, column) ? 'json' : normaliseType(rawType),
        nullable: row.IS_NULLABLE === 'YES',
        default: normaliseDefault(row.COLUMN_DEFAULT ?? null),
        autoIncrement: String(row.EXTRA).includes('auto_increment'),
      });
    }
    for (const row of statistics) {
      if (row.TABLE_NAME === '_prisma_migrations') continue;
      const indexes = tableShape(row.TABLE_NAME).indexes;
      const index = indexes.get(row.INDEX_NAME) ?? {
        unique: Number(row.NON_UNIQUE) === 0,
        columns: [],
      };
      index.columns.push(row.COLUMN_NAME);
      indexes.set(row.INDEX_NAME, index);
    }
    for (const row of keyColumns) {
      const foreignKeys = tableShape(String(row.TABLE_NAME)).foreignKeys;
      const name = String(row.CONSTRAINT_NAME);
      const key = foreignKeys.get(name) ?? {
        columns: [],
        referencedTable: String(row.REFERENCED_TABLE_NAME),
        referencedColumns: [],
        onDelete: String(row.DELETE_RULE),
        onUpdate: String(row.UPDATE_RULE),
      };
      key.columns.push(String(row.COLUMN_NAME));
      key.referencedColumns.push(String(row.REFERENCED_COLUMN_NAME));
      foreignKeys.set(name, key);
    }
    return shape;
  });
}

/** MariaDB prints display widths (`int(11)`) that carry no meaning; `tinyint(1)` is Prisma's Boolean. */
function normaliseType(type: string): string {
  if (type === 'tinyint(1)') return type;
  return type.replace(/^(tinyint|smallint|mediumint|int|bigint)\(\d+\)/, '$1');
}

function normaliseDefault(value: string | null): string | null {
  if (value === null || value === 'NULL') return null;
  return normaliseLiteral(value);
}

/** `'USER'` -> `USER`, `0.0000` -> `0`, so that literals compare by value. */
function normaliseLiteral(value: string): string {
  const unquoted = /^'.*'$/s.test(value) ? value.slice(1, -1).replace(/''/g, "'") : value;
  if (/^-?\d+(\.\d+)?$/.test(unquoted)) return String(Number(unquoted));
  return unquoted.toLowerCase().startsWith('current_timestamp') ? unquoted.toLowerCase() : unquoted;
}

// ---------------------------------------------------------------------------------------------

function compareShapes(expected: SchemaShape, actual: SchemaShape): string[] {
  const problems: string[] = [];
  for (const [table, want] of expected) {
    const have = actual.get(table);
    if (!have) {
      problems.push(`table ${table} is missing`);
      continue;
    }
    for (const [column, wantColumn] of want.columns) {
      const haveColumn = have.columns.get(column);
      if (!haveColumn) {
        problems.push(`${table}.${column} is missing`);
        continue;
      }
      for (const key of ['type', 'nullable', 'default', 'autoIncrement'] as const) {
        if (wantColumn[key] !== haveColumn[key]) {
          problems.push(
            `${table}.${column} ${key}: database has ${JSON.stringify(haveColumn[key])}, schema.prisma says ${JSON.stringify(wantColumn[key])}`,
          );
        }
      }
    }
    for (const column of have.columns.keys()) {
      if (!want.columns.has(column)) problems.push(`${table}.${column} is not in schema.prisma`);
    }

    for (const [name, wantIndex] of want.indexes) {
      const haveIndex = have.indexes.get(name);
      if (!haveIndex) problems.push(`index ${table}.${name} is missing`);
      else if (JSON.stringify(haveIndex) !== JSON.stringify(wantIndex)) {
        problems.push(
          `index ${table}.${name}: database has ${JSON.stringify(haveIndex)}, schema.prisma says ${JSON.stringify(wantIndex)}`,
        );
      }
    }
    for (const name of have.indexes.keys()) {
      // MySQL adds an index for a foreign key that has none; it carries the constraint's name.
      if (!want.indexes.has(name) && !want.foreignKeys.has(name)) {
        problems.push(`index ${table}.${name} is not in schema.prisma`);
      }
    }

    for (const [name, wantKey] of want.foreignKeys) {
      const haveKey = have.foreignKeys.get(name);
      if (!haveKey) problems.push(`foreign key ${table}.${name} is missing`);
      else if (JSON.stringify(haveKey) !== JSON.stringify(wantKey)) {
        problems.push(
          `foreign key ${table}.${name}: database has ${JSON.stringify(haveKey)}, schema.prisma says ${JSON.stringify(wantKey)}`,
        );
      }
    }
    for (const name of have.foreignKeys.keys()) {
      if (!want.foreignKeys.has(name))
        problems.push(`foreign key ${table}.${name} is not in schema.prisma`);
    }
  }
  for (const table of actual.keys()) {
    if (!expected.has(table)) problems.push(`table ${table} is not in schema.prisma`);
  }
  return problems;
}
