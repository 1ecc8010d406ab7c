// What an uploaded file really is, by its first bytes: the declared name and type are the
// uploader's word, the magic bytes are the file's. Evidence, tip material and licence application
// material are all judged by it.
export interface Sniffed {
  contentType: string;
  kinds: readonly ('photo' | 'video' | 'audio' | 'pdf')[];
}

const ascii = (b: Uint8Array, from: number, to: number) => String.fromCharCode(...b.subarray(from, to));

export function sniff(b: Uint8Array): Sniffed | null {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return { contentType: 'image/jpeg', kinds: ['photo'] };
  if (b.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((m, i) => b[i] === m)) return { contentType: 'image/png', kinds: ['photo'] };
  if (b.length >= 5 && ascii(b, 0, 5) === '%PDF-') return { contentType: 'application/pdf', kinds: ['pdf'] };
  if (b.length >= 12 && ascii(b, 4, 8) === 'ftyp') {
    // ISO base media: the major brand tells audio-only M4A from video.
    const brand = ascii(b, 8, 12);
    return brand === 'M4A ' || brand === 'M4B ' ? { contentType: 'audio/mp4', kinds: ['audio'] } : { contentType: 'video/mp4', kinds: ['video', 'audio'] };
  }
  if (b.length >= 12 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WAVE') return { contentType: 'audio/wav', kinds: ['audio'] };
  if (b.length >= 3 && ascii(b, 0, 3) === 'ID3') return { contentType: 'audio/mpeg', kinds: ['audio'] };
  // An MP3 without a tag starts on a frame sync (11 set bits) with a valid layer.
  if (b.length >= 2 && b[0] === 0xff && (b[1] & 0xe0) === 0xe0 && (b[1] & 0x06) !== 0) return { contentType: 'audio/mpeg', kinds: ['audio'] };
  return null;
}
