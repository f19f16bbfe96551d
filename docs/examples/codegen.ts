// GraphQL Code Generator: typed operations from the live schema. Run `npx graphql-codegen`.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: [
    {
      [process.env.GRAPHQL_URL ?? 'http://127.0.0.1:4000/graphql']: {
        headers: { 'x-api-key': process.env.KEY ?? '' },
      },
    },
  ],
  documents: ['src/**/*.ts', '!src/gql/**'],
  // Imports with `.js`, as an ES-module project (`"type": "module"`, NodeNext) needs them.
  emitLegacyCommonJSImports: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      config: {
        // Custom scalars arrive as JSON strings: Decimal "1234.5678", Date "2024-05-31",
        // DateTime "2024-05-31T06:30:00.000Z". Without these they would be typed `unknown`.
        scalars: { Date: 'string', DateTime: 'string', Decimal: 'string' },
        // Fail the generation when the schema gains a scalar nobody mapped yet.
        strictScalars: true,
        useTypeImports: true,
      },
    },
  },
};

export default config;
