import protobuf from 'protobufjs/light.js';
import { ONNX_DESCRIPTOR } from './onnx-descriptor.js';

/** ONNX's own numbering of tensor element types and attribute types (onnx.proto). */
export const ELEMENT_TYPE = { FLOAT: 1, BOOL: 9 } as const;
export const ATTRIBUTE_TYPE = {
  FLOAT: 1,
  INT: 2,
  STRING: 3,
  FLOATS: 6,
  INTS: 7,
  STRINGS: 8,
} as const;

/** IR version 8 and opsets 17 / ai.onnx.ml 3: what ONNX 1.12 (Debian's python3-onnx) checks. */
export const IR_VERSION = 8;
export const OPSET = 17;
export const ML_DOMAIN = 'ai.onnx.ml';
export const ML_OPSET = 3;

let modelProto: protobuf.Type | undefined;

/** onnx.ModelProto, built from the vendored onnx.proto's descriptor on first use. */
export function modelProtoType(): protobuf.Type {
  modelProto ??= protobuf.Root.fromJSON(ONNX_DESCRIPTOR as protobuf.INamespace).lookupType(
    'onnx.ModelProto',
  );
  return modelProto;
}

/** The shapes of the ModelProto parts the library writes and reads (snake_case, as in onnx.proto). */
export interface TensorProto {
  name: string;
  dims: number[];
  data_type: number;
  raw_data: Uint8Array;
}

export interface AttributeProto {
  name: string;
  type: number;
  f?: number;
  i?: number;
  s?: Uint8Array;
  floats?: number[];
  ints?: number[];
  strings?: Uint8Array[];
}

export interface NodeProto {
  name: string;
  op_type: string;
  domain?: string;
  input: string[];
  output: string[];
  attribute?: AttributeProto[];
}

export interface Dimension {
  dim_value?: number;
  dim_param?: string;
}

export interface ValueInfoProto {
  name: string;
  type?: { tensor_type?: { elem_type?: number; shape?: { dim?: Dimension[] } } };
}

export interface ModelProto {
  ir_version?: number;
  opset_import?: { domain?: string; version?: number }[];
  producer_name?: string;
  producer_version?: string;
  domain?: string;
  model_version?: number;
  doc_string?: string;
  graph?: {
    name?: string;
    node?: NodeProto[];
    initializer?: TensorProto[];
    input?: ValueInfoProto[];
    output?: ValueInfoProto[];
    doc_string?: string;
  };
  metadata_props?: { key?: string; value?: string }[];
}

export function encodeModel(model: ModelProto): Uint8Array {
  const type = modelProtoType();
  return type.encode(type.fromObject(model)).finish();
}

/** Decodes a ModelProto; int64 fields come back as numbers. Throws on bytes that are not one. */
export function decodeModel(bytes: Uint8Array): ModelProto {
  const type = modelProtoType();
  return type.toObject(type.decode(bytes), { longs: Number, defaults: false }) as ModelProto;
}
