import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { crc32, deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startKisSimulator } from '@capstone/kis-simulator';
import { MasterFileError, ZipError, downloadMasterFile } from '@capstone/kis-client';

const masterFile = (name: string) =>
  readFileSync(new URL(`../../../shared/kis/master_files/${name}`, import.meta.url));

/**
 * A one-entry zip as a streaming writer makes it: sizes and CRC zero in the local header and
 * given in a data descriptor and the central directory, which is the harder case to read.
 */
function zipOne(name: string, data: Buffer): Buffer {
  const body = deflateRawSync(data);
  const fileName = Buffer.from(name, 'latin1');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(0x0008, 6); // sizes follow in a data descriptor
  local.writeUInt16LE(8, 8);
  local.writeUInt16LE(fileName.length, 26);
  const descriptor = Buffer.alloc(16);
  descriptor.writeUInt32LE(0x08074b50, 0);
  descriptor.writeUInt32LE(crc32(data), 4);
  descriptor.writeUInt32LE(body.length, 8);
  descriptor.writeUInt32LE(data.length, 12);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(0x0008, 8);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc32(data), 16);
  central.writeUInt32LE(body.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(fileName.length, 28);
  central.writeUInt32LE(0, 42);
  const centralOffset = local.length + fileName.length + body.length + descriptor.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + fileName.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  return Buffer.concat([local, fileName, body, descriptor, central, fileName, end]);
}

let server: Server;
let baseUrl: string;

beforeAll(async () => {
  const files: Record<string, Buffer> = {
    '/kospi_code.mst.zip': zipOne('kospi_code.mst', masterFile('kospi_code.mst')),
    '/kosdaq_code.mst.zip': zipOne('kosdaq_code.mst', masterFile('kosdaq_code.mst')),
    '/idxcode.mst.zip': zipOne('idxcode.mst', masterFile('idxcode.mst')),
    '/konex_code.mst.zip': zipOne('konex_code.mst', Buffer.from('x\n')),
    '/broken.mst.zip': Buffer.from('this is not a zip archive'),
  };
  server = createServer((request, response) => {
    const file = files[request.url ?? ''];
    response.writeHead(file ? 200 : 404, { 'content-type': 'application/zip' });
    response.end(file ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('downloading a master file', () => {
  it('unzips kospi_code.mst and reads it with the KOSPI layout', async () => {
    const result = await downloadMasterFile(`${baseUrl}/kospi_code.mst.zip`);
    if (result.kind !== 'stocks') throw new Error('expected stocks');
    expect(result.market).toBe('KOSPI');
    expect(result.records).toHaveLength(2568);
    expect(result.records.find((record) => record.symbol === '005930')?.nameKo).toBe('삼성전자');
  });

  it('tells KOSDAQ and index files apart by the name inside the archive', async () => {
    const kosdaq = await downloadMasterFile(`${baseUrl}/kosdaq_code.mst.zip`);
    expect(kosdaq).toMatchObject({ kind: 'stocks', market: 'KOSDAQ' });
    const indices = await downloadMasterFile(new URL('/idxcode.mst.zip', baseUrl));
    if (indices.kind !== 'indices') throw new Error('expected indices');
    expect(indices.codes).toHaveLength(491);
  });

  it('fails clearly on a missing file, a file it cannot read, or a non-zip', async () => {
    await expect(downloadMasterFile(`${baseUrl}/nope.mst.zip`)).rejects.toThrow(/HTTP 404/);
    await expect(downloadMasterFile(`${baseUrl}/konex_code.mst.zip`)).rejects.toThrow(
      MasterFileError,
    );
    await expect(downloadMasterFile(`${baseUrl}/broken.mst.zip`)).rejects.toThrow(ZipError);
  });
});

describe('the master files the simulator publishes like KIS', () => {
  it('unzip and parse into its universe', async () => {
    const simulator = await startKisSimulator();
    try {
      const [kospi, kosdaq, indices] = await Promise.all(
        ['kospi_code', 'kosdaq_code', 'idxcode'].map((name) =>
          downloadMasterFile(`${simulator.masterFilesUrl}/${name}.mst.zip`),
        ),
      );
      if (kospi?.kind !== 'stocks' || kosdaq?.kind !== 'stocks' || indices?.kind !== 'indices') {
        throw new Error('unexpected master file kinds');
      }
      const parsed = [...kospi.records, ...kosdaq.records];
      expect(parsed.map((record) => record.symbol).sort()).toEqual(
        simulator.universe.map((instrument) => instrument.symbol).sort(),
      );
      for (const instrument of simulator.universe) {
        expect(parsed.find((record) => record.symbol === instrument.symbol)).toMatchObject({
          market: instrument.market,
          isin: instrument.isin,
          nameKo: instrument.nameKo,
        });
      }
      expect(indices.codes.map((code) => code.code)).toEqual(
        expect.arrayContaining(['0001', '1001', '2001']),
      );
    } finally {
      await simulator.close();
    }
  });
});
