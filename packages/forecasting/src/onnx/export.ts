import { HORIZON_DAYS } from '../dataset.js';
import { ForecastingInputError } from '../errors.js';
import { FEATURE_DEFINITIONS_VERSION, LOG_FLOOR } from '../features/definitions.js';
import { OUTPUT_NAMES, Z_LIMIT, type Preprocessing, type TrainedModel } from '../models/model.js';
import { LIBRARY_VERSION } from '../train.js';
import {
  ATTRIBUTE_TYPE,
  ELEMENT_TYPE,
  encodeModel,
  IR_VERSION,
  ML_DOMAIN,
  ML_OPSET,
  OPSET,
  type AttributeProto,
  type NodeProto,
  type TensorProto,
  type ValueInfoProto,
} from './codec.js';

/** The model input: float32 feature rows [N, F], columns in the model's feature order. */
export const INPUT_NAME = 'features';

/** Keys of the exported model's metadata_props. */
export const METADATA_KEYS = {
  featureNames: 'feature_names',
  featureHash: 'feature_hash',
  featureDefinitionsVersion: 'feature_definitions_version',
  kind: 'model_kind',
  algorithm: 'model_algorithm',
  family: 'model_family',
  name: 'model_name',
  version: 'model_version',
  horizonDays: 'horizon_days',
  minimumHistory: 'minimum_history',
  input: 'input_name',
  output: 'output_name',
  libraryVersion: 'library_version',
} as const;

export interface ExportOptions {
  /** The registry's version number; stored in ModelProto.model_version and the metadata. */
  readonly modelVersion?: number;
  /** The registry's model name, e.g. "krx-volatility-20d". */
  readonly modelName?: string;
  /** Extra metadata_props (for example the registry id or training window). */
  readonly metadata?: Readonly<Record<string, string>>;
}

function floatTensor(name: string, dims: number[], values: ArrayLike<number>): TensorProto {
  const bytes = new Uint8Array(values.length * 4);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < values.length; i++) view.setFloat32(i * 4, values[i]!, true);
  return { name, dims, data_type: ELEMENT_TYPE.FLOAT, raw_data: bytes };
}

function boolTensor(name: string, values: ArrayLike<number>): TensorProto {
  return {
    name,
    dims: [values.length],
    data_type: ELEMENT_TYPE.BOOL,
    raw_data: Uint8Array.from(values, (v) => (v ? 1 : 0)),
  };
}

function node(
  opType: string,
  input: string[],
  output: string,
  attribute?: AttributeProto[],
): NodeProto {
  return {
    name: output,
    op_type: opType,
    input,
    output: [output],
    ...(attribute ? { attribute } : {}),
  };
}

function floatMatrix(dims: [number, number]): ValueInfoProto['type'] {
  return {
    tensor_type: {
      elem_type: ELEMENT_TYPE.FLOAT,
      shape: { dim: [{ dim_param: 'N' }, { dim_value: dims[1] }] },
    },
  };
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const ints = (name: string, values: number[]): AttributeProto => ({
  name,
  type: ATTRIBUTE_TYPE.INTS,
  ints: values,
});
const floats = (name: string, values: number[]): AttributeProto => ({
  name,
  type: ATTRIBUTE_TYPE.FLOATS,
  floats: values,
});

interface Graph {
  nodes: NodeProto[];
  initializers: TensorProto[];
}

/**
 * x' = Where(log column, Log(Max(x, floor)), x); z = Clip((x' - mean) / std, -limit, limit).
 * Returns z's name.
 */
function addPreprocessing(graph: Graph, preprocessing: Preprocessing): string {
  const width = preprocessing.mean.length;
  let transformed = INPUT_NAME;
  if (preprocessing.logColumns.some((flag) => flag === 1)) {
    graph.initializers.push(
      floatTensor('log_floor', [], [LOG_FLOOR]),
      boolTensor('log_columns', preprocessing.logColumns),
    );
    graph.nodes.push(
      node('Max', [INPUT_NAME, 'log_floor'], 'features_floored'),
      node('Log', ['features_floored'], 'features_log'),
      node('Where', ['log_columns', 'features_log', INPUT_NAME], 'features_transformed'),
    );
    transformed = 'features_transformed';
  }
  graph.initializers.push(
    floatTensor('feature_mean', [width], preprocessing.mean),
    floatTensor('feature_std', [width], preprocessing.std),
    floatTensor('z_min', [], [-Z_LIMIT]),
    floatTensor('z_max', [], [Z_LIMIT]),
  );
  graph.nodes.push(
    node('Sub', [transformed, 'feature_mean'], 'features_centered'),
    node('Div', ['features_centered', 'feature_std'], 'features_scaled'),
    node('Clip', ['features_scaled', 'z_min', 'z_max'], 'features_standardized'),
  );
  return 'features_standardized';
}

/** Adds the nodes that compute the raw output (log-volatility or log-odds), named "raw". */
function addBody(graph: Graph, model: TrainedModel): void {
  const width = model.featureNames.length;
  switch (model.family) {
    case 'linear': {
      const z = addPreprocessing(graph, model.preprocessing);
      graph.initializers.push(
        floatTensor('weights', [width, 1], model.weights),
        floatTensor('bias', [1], [model.bias]),
      );
      graph.nodes.push(
        node('MatMul', [z, 'weights'], 'raw_product'),
        node('Add', ['raw_product', 'bias'], 'raw'),
      );
      return;
    }
    case 'mlp': {
      const z = addPreprocessing(graph, model.preprocessing);
      graph.initializers.push(
        floatTensor('hidden_weights', [width, model.hidden], model.inputWeights),
        floatTensor('hidden_bias', [model.hidden], model.hiddenBias),
        floatTensor('output_weights', [model.hidden, 1], model.outputWeights),
        floatTensor('output_bias', [1], [model.outputBias]),
      );
      graph.nodes.push(
        node('MatMul', [z, 'hidden_weights'], 'hidden_product'),
        node('Add', ['hidden_product', 'hidden_bias'], 'hidden_preactivation'),
        node('Relu', ['hidden_preactivation'], 'hidden'),
        node('MatMul', ['hidden', 'output_weights'], 'raw_product'),
        node('Add', ['raw_product', 'output_bias'], 'raw'),
      );
      return;
    }
    case 'gbt': {
      const a = {
        treeIds: [] as number[],
        nodeIds: [] as number[],
        featureIds: [] as number[],
        values: [] as number[],
        modes: [] as Uint8Array[],
        trueIds: [] as number[],
        falseIds: [] as number[],
        targetTreeIds: [] as number[],
        targetNodeIds: [] as number[],
        targetWeights: [] as number[],
      };
      model.trees.forEach((tree, t) => {
        for (let n = 0; n < tree.feature.length; n++) {
          const leaf = tree.feature[n]! < 0;
          a.treeIds.push(t);
          a.nodeIds.push(n);
          a.featureIds.push(leaf ? 0 : tree.feature[n]!);
          a.values.push(leaf ? 0 : tree.threshold[n]!);
          a.modes.push(utf8(leaf ? 'LEAF' : 'BRANCH_LEQ'));
          a.trueIds.push(leaf ? 0 : tree.left[n]!);
          a.falseIds.push(leaf ? 0 : tree.right[n]!);
          if (leaf) {
            a.targetTreeIds.push(t);
            a.targetNodeIds.push(n);
            a.targetWeights.push(tree.value[n]!);
          }
        }
      });
      const attributes: AttributeProto[] = [
        { name: 'aggregate_function', type: ATTRIBUTE_TYPE.STRING, s: utf8('SUM') },
        floats('base_values', [model.baseScore]),
        { name: 'n_targets', type: ATTRIBUTE_TYPE.INT, i: 1 },
        ints('nodes_falsenodeids', a.falseIds),
        ints('nodes_featureids', a.featureIds),
        { name: 'nodes_modes', type: ATTRIBUTE_TYPE.STRINGS, strings: a.modes },
        ints('nodes_nodeids', a.nodeIds),
        ints('nodes_treeids', a.treeIds),
        ints('nodes_truenodeids', a.trueIds),
        floats('nodes_values', a.values),
        { name: 'post_transform', type: ATTRIBUTE_TYPE.STRING, s: utf8('NONE') },
        ints(
          'target_ids',
          a.targetTreeIds.map(() => 0),
        ),
        ints('target_nodeids', a.targetNodeIds),
        ints('target_treeids', a.targetTreeIds),
        floats('target_weights', a.targetWeights),
      ];
      graph.nodes.push({
        ...node('TreeEnsembleRegressor', [INPUT_NAME], 'raw', attributes),
        domain: ML_DOMAIN,
      });
      return;
    }
  }
}

/**
 * The model as ONNX bytes: input "features" float32 [N, F]; output "volatility" (annualised) or
 * "probability_up", float32 [N, 1]. Standardisation and the log of volatility features are part
 * of the graph, so the server feeds raw feature rows. Opset 17 (and ai.onnx.ml 3 for trees),
 * IR version 8. The same model and options always give the same bytes.
 */
export function exportOnnx(model: TrainedModel, options: ExportOptions = {}): Uint8Array {
  const version = options.modelVersion ?? 0;
  if (!Number.isSafeInteger(version) || version < 0) {
    throw new ForecastingInputError(
      'modelVersion',
      `0 이상의 정수여야 합니다: ${String(version)}`,
      `must be an integer of at least 0: ${String(version)}`,
    );
  }
  const width = model.featureNames.length;
  const output = OUTPUT_NAMES[model.kind];
  const graph: Graph = { nodes: [], initializers: [] };
  addBody(graph, model);
  graph.nodes.push(node(model.kind === 'volatility' ? 'Exp' : 'Sigmoid', ['raw'], output));
  const name = options.modelName ?? `krx-${model.kind}-${HORIZON_DAYS}d`;
  const metadata: Record<string, string> = {
    ...options.metadata,
    [METADATA_KEYS.featureNames]: JSON.stringify(model.featureNames),
    [METADATA_KEYS.featureHash]: model.featureHash,
    [METADATA_KEYS.featureDefinitionsVersion]: String(FEATURE_DEFINITIONS_VERSION),
    [METADATA_KEYS.kind]: model.kind,
    [METADATA_KEYS.algorithm]: model.algorithm,
    [METADATA_KEYS.family]: model.family,
    [METADATA_KEYS.name]: name,
    [METADATA_KEYS.version]: String(version),
    [METADATA_KEYS.horizonDays]: String(HORIZON_DAYS),
    [METADATA_KEYS.minimumHistory]: String(model.minimumHistory),
    [METADATA_KEYS.input]: INPUT_NAME,
    [METADATA_KEYS.output]: output,
    [METADATA_KEYS.libraryVersion]: LIBRARY_VERSION,
  };
  return encodeModel({
    ir_version: IR_VERSION,
    opset_import: [
      { domain: '', version: OPSET },
      ...(model.family === 'gbt' ? [{ domain: ML_DOMAIN, version: ML_OPSET }] : []),
    ],
    producer_name: '@capstone/forecasting',
    producer_version: LIBRARY_VERSION,
    domain: 'kr.capstone.forecasting',
    model_version: version,
    doc_string: `${model.kind} forecast over ${HORIZON_DAYS} trading days (${model.algorithm})`,
    graph: {
      name,
      node: graph.nodes,
      initializer: graph.initializers,
      input: [{ name: INPUT_NAME, type: floatMatrix([0, width]) }],
      output: [{ name: output, type: floatMatrix([0, 1]) }],
    },
    metadata_props: Object.entries(metadata)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, value]) => ({ key, value })),
  });
}
