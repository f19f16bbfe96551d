import protobuf from 'protobufjs';

/** protobufjs's JSON descriptor of an onnx.proto source, field names as written (snake_case). */
export function onnxDescriptorFromProto(source: string): protobuf.INamespace {
  return protobuf.parse(source, { keepCase: true }).root.toJSON();
}
