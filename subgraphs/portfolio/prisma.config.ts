import { defineConfig } from 'prisma/config';

// Read from process.env with a default: Prisma's env() throws when the variable is unset.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: {
    url: process.env.DATABASE_URL_PORTFOLIO ?? 'mysql://root@127.0.0.1:3306/capstone_portfolio',
  },
});
