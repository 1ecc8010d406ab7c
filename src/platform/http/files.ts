import type { FastifyReply } from 'fastify';
import type { InstrumentFile } from '../documents/render/index.js';

/** Sends a rendered instrument with its type and its name (RFC 6266, the Chinese name in filename*). */
export function sendFile(reply: FastifyReply, f: InstrumentFile) {
  return reply.header('content-type', f.contentType).header('content-disposition', f.contentDisposition).send(f.bytes);
}
