import { SIGNED_IN, allow, row, type MatrixRow } from '../matrix.js';

export const aiRows: MatrixRow[] = [
  row('Query.modelVersions', {
    operation: '{ modelVersions { id } }',
    outcomes: allow(...SIGNED_IN, 'partnerKeyWithoutScope'),
  }),
];
