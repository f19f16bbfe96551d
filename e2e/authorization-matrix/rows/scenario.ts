import { SIGNED_IN, allow, row, type MatrixRow } from '../matrix.js';

export const scenarioRows: MatrixRow[] = [
  row('Query.scenarioTemplates', {
    operation: '{ scenarioTemplates { id } }',
    outcomes: allow(...SIGNED_IN),
  }),
  row('Query.scenarioTemplate', {
    operation: '{ scenarioTemplate(id: "gfc-2008") { id nameKo nameEn } }',
    outcomes: allow(...SIGNED_IN),
  }),
];
