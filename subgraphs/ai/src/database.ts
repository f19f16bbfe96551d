import { prismaLayout } from '@capstone/db';

export const database = prismaLayout(new URL('..', import.meta.url));
