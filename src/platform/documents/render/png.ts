import { ValidationError } from '../../errors.js';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Width and height of a PNG from its IHDR chunk. Both renderers need the size to scale a drawn
 * signature, and a file that is not a PNG must be refused before it reaches them: Word refuses
 * to open a document with a broken image, and the PDF renderer would throw mid-page.
 */
export function pngSize(bytes: Uint8Array, field = 'signature'): { width: number; height: number } {
  const ok = bytes.length >= 24 && SIGNATURE.every((b, i) => bytes[i] === b) && String.fromCharCode(...bytes.subarray(12, 16)) === 'IHDR';
  if (!ok) throw new ValidationError('签名图片不是有效的 PNG 文件', field);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  if (width < 1 || height < 1 || width > 10_000 || height > 10_000) throw new ValidationError(`签名图片尺寸无效：${width}×${height}`, field);
  return { width, height };
}

/** Scales to `height`, never wider than `maxWidth`. */
export function fitTo(size: { width: number; height: number }, height: number, maxWidth: number): { width: number; height: number } {
  const scale = Math.min(height / size.height, maxWidth / size.width);
  return { width: Math.round(size.width * scale), height: Math.round(size.height * scale) };
}
