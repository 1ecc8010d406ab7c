import { describe, expect, it } from 'vitest';
import { samplePng } from '../instruments/samples.js';
import { sniff } from '../../../platform/sniff.js';
import { evidenceProblem } from './rules.js';

describe('evidence files', () => {
  it('sniffs each evidence type by magic bytes and refuses a mismatched kind', () => {
    const ftyp = (brand: string) => Buffer.concat([Buffer.from([0, 0, 0, 0x20]), Buffer.from(`ftyp${brand}`), Buffer.alloc(16)]);
    const cases: [Buffer, string][] = [
      [Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'image/jpeg'],
      [Buffer.from(samplePng()), 'image/png'],
      [Buffer.from('%PDF-1.7\n'), 'application/pdf'],
      [ftyp('isom'), 'video/mp4'],
      [ftyp('M4A '), 'audio/mp4'],
      [Buffer.from('ID3\x04\x00\x00\x00\x00\x00\x00'), 'audio/mpeg'],
      [Buffer.from([0xff, 0xfb, 0x90, 0x64]), 'audio/mpeg'],
      [Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WAVEfmt ')]), 'audio/wav'],
    ];
    for (const [b, type] of cases) expect(sniff(b)?.contentType).toBe(type);
    expect(sniff(Buffer.from('hello world'))).toBeNull();
    expect(evidenceProblem('photo', cases[0][0])).toBeNull();
    expect(evidenceProblem('photo', cases[2][0])).toMatch(/照片/);
    expect(evidenceProblem('audio', cases[4][0])).toBeNull();
    expect(evidenceProblem('video', cases[4][0])).toMatch(/视频/);
    expect(evidenceProblem('pdf', Buffer.alloc(0))).toMatch(/空/);
  });
});
