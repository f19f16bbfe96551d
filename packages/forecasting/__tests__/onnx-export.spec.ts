import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import {
  exportOnnx,
  FEATURE_HASH,
  FEATURE_NAMES,
  FORECAST_KINDS,
  OUTPUT_NAMES,
  predict,
  readOnnxModel,
  trainForecaster,
  validateModelArtifact,
  type ForecastKind,
  type TrainedModel,
} from '@capstone/forecasting';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ONNX_DESCRIPTOR } from '../src/onnx/onnx-descriptor.js';
import { fastCandidates } from './fast-candidates.js';
import { onnxDescriptorFromProto } from './support/onnx-proto.js';
import { plantedSet } from './synthetic-market.js';

const WIDTH = FEATURE_NAMES.length;
const packageVersion = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

interface Exported {
  kind: ForecastKind;
  id: string;
  model: TrainedModel;
  bytes: Uint8Array;
}

const exported: Exported[] = [];
const rows: Record<ForecastKind, Float64Array> = {
  volatility: new Float64Array(),
  direction: new Float64Array(),
};

beforeAll(async () => {
  for (const kind of FORECAST_KINDS) {
    const set = plantedSet(kind, 31, { instruments: 12, days: 400 });
    const { candidateModels } = await trainForecaster({
      set,
      candidates: fastCandidates(kind),
      validation: { folds: 1, holdOutDays: 100 },
      holdOutForAllCandidates: true,
    });
    for (const [id, model] of candidateModels) {
      exported.push({ kind, id, model, bytes: exportOnnx(model, { modelVersion: 7 }) });
    }
    // Training rows, plus rows far outside them: zero and negative volatilities (the log
    // floor), and huge values (the ±6σ clip).
    const extremes = new Float64Array(3 * WIDTH);
    for (let f = 0; f < WIDTH; f++) {
      extremes[f] = 0;
      extremes[WIDTH + f] = -1;
      extremes[2 * WIDTH + f] = 1e4;
    }
    rows[kind] = new Float64Array([...set.features.subarray(0, 2_000 * WIDTH), ...extremes]);
  }
}, 180_000);

describe('exported ONNX models', () => {
  it('cover every family for both kinds', () => {
    expect(exported.map(({ kind, model }) => `${kind}/${model.family}`).sort()).toEqual([
      'direction/gbt',
      'direction/linear',
      'direction/mlp',
      'volatility/gbt',
      'volatility/linear',
      'volatility/linear',
      'volatility/mlp',
    ]);
  });

  it("run in ONNX Runtime on one batch of rows and agree with the library's own forecasts", async () => {
    for (const { kind, id, model, bytes } of exported) {
      const session = await ort.InferenceSession.create(bytes);
      const input = rows[kind];
      const n = input.length / WIDTH;
      const result = await session.run({
        features: new ort.Tensor('float32', Float32Array.from(input), [n, WIDTH]),
      });
      const output = result[OUTPUT_NAMES[kind]]!;
      expect(output.dims).toEqual([n, 1]);
      const expected = predict(model, input, n);
      // ONNX Runtime computes in float32 (24-bit mantissa, ~6e-8 relative per operation); the
      // library in float64 from the same float32 parameters and inputs. 1e-6 absolute holds for
      // probabilities and ordinary volatilities, 1e-6 relative for larger outputs of exp.
      const worst = Array.from(output.data as Float32Array).reduce(
        (max, value, i) =>
          Math.max(max, Math.abs(value - expected[i]!) / Math.max(1, Math.abs(expected[i]!))),
        0,
      );
      expect(worst, `${kind}/${id}`).toBeLessThanOrEqual(1e-6);
    }
  }, 60_000);

  it('declare their input, output, opsets and metadata', () => {
    for (const { kind, model, bytes } of exported) {
      const info = readOnnxModel(bytes);
      expect(info.irVersion).toBe(8);
      expect(info.opsets).toEqual(
        model.family === 'gbt'
          ? [
              { domain: '', version: 17 },
              { domain: 'ai.onnx.ml', version: 3 },
            ]
          : [{ domain: '', version: 17 }],
      );
      expect(info.inputs).toEqual([{ name: 'features', elementType: 1, shape: ['N', WIDTH] }]);
      expect(info.outputs).toEqual([{ name: OUTPUT_NAMES[kind], elementType: 1, shape: ['N', 1] }]);
      expect(info.modelVersion).toBe(7);
      expect(info.metadata).toMatchObject({
        feature_names: JSON.stringify(FEATURE_NAMES),
        feature_hash: FEATURE_HASH,
        model_kind: kind,
        model_family: model.family,
        model_version: '7',
        minimum_history: String(model.minimumHistory),
        library_version: packageVersion,
      });
      expect(info.operators).toContain(model.family === 'gbt' ? 'TreeEnsembleRegressor' : 'MatMul');
    }
  });
});

const checkerPython = '/usr/bin/python3';
const onnxImport = spawnSync(checkerPython, ['-c', 'import onnx; print(onnx.__version__)'], {
  encoding: 'utf8',
});
const checkerMissing =
  onnxImport.status !== 0
    ? `skipped: ${checkerPython} cannot import onnx (apt-get install python3-onnx)`
    : null;

describe('onnx.checker', () => {
  const directory = mkdtempSync(join(tmpdir(), 'forecasting-onnx-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it.skipIf(checkerMissing !== null)(
    `passes full_check on every exported file${checkerMissing ? ` (${checkerMissing})` : ''}`,
    () => {
      const paths = exported.map(({ kind, id, bytes }) => {
        const path = join(directory, `${kind}-${id}.onnx`);
        writeFileSync(path, bytes);
        return path;
      });
      const check = spawnSync(
        checkerPython,
        [
          '-c',
          'import sys, onnx\nfor p in sys.argv[1:]:\n    onnx.checker.check_model(onnx.load(p), full_check=True)\n    print("ok", p)',
          ...paths,
        ],
        { encoding: 'utf8' },
      );
      expect(check.stderr).toBe('');
      expect(check.stdout.trim().split('\n')).toEqual(paths.map((path) => `ok ${path}`));
    },
    60_000,
  );
});

describe('validating a model file before it is swapped in', () => {
  const sample = () => exported.find((e) => e.kind === 'volatility' && e.model.family === 'gbt')!;

  it('accepts the file the registry describes', () => {
    const { bytes } = sample();
    const result = validateModelArtifact(bytes, {
      sha256: sha256(bytes),
      kind: 'volatility',
      modelVersion: 7,
    });
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.sha256).toBe(sha256(bytes));
  });

  it('reports a file whose bytes are not the registered ones', () => {
    const { bytes } = sample();
    const changed = Uint8Array.from(bytes);
    changed[changed.length - 1]! ^= 1;
    const result = validateModelArtifact(changed, { sha256: sha256(bytes) });
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.code)).toContain('sha256-mismatch');
  });

  it('reports bytes that are not a model at all', () => {
    const garbage = new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f, 0x01]);
    const result = validateModelArtifact(garbage, { sha256: sha256(garbage) });
    expect(result.ok).toBe(false);
    expect(result.model).toBeNull();
    expect(result.problems.map((p) => p.code)).toEqual(['unparseable']);
  });

  it('reports every expectation the file does not meet: kind, version, feature hash, columns', () => {
    const { bytes } = sample();
    const result = validateModelArtifact(bytes, {
      sha256: sha256(bytes),
      kind: 'direction',
      modelVersion: 8,
      featureHash: 'f'.repeat(64),
      featureNames: FEATURE_NAMES.slice(1),
    });
    expect(result.problems.map((p) => p.code).sort()).toEqual([
      'input-mismatch',
      'metadata-mismatch',
      'metadata-mismatch',
      'metadata-mismatch',
      'metadata-mismatch',
      'output-mismatch',
    ]);
    expect(result.problems.every((p) => p.messageKo.length > 0 && p.messageEn.length > 0)).toBe(
      true,
    );
  });
});

describe('the vendored onnx.proto', () => {
  it('is what the descriptor the library loads was generated from', () => {
    const proto = readFileSync(new URL('../src/onnx/onnx.proto', import.meta.url), 'utf8');
    expect(proto).toContain('SPDX-License-Identifier: Apache-2.0');
    expect(JSON.parse(JSON.stringify(ONNX_DESCRIPTOR))).toEqual(
      JSON.parse(JSON.stringify(onnxDescriptorFromProto(proto))),
    );
  });
});
