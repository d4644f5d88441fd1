import { DataSource } from 'typeorm';
import { dataSourceOptions } from './database/data-source-options';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** For the TypeORM CLI (`migration:generate`); the application builds its own DataSource. */
export default new DataSource(
  dataSourceOptions(
    process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/atolye_dev',
    ENTITIES,
    MIGRATIONS,
  ),
);
