/**
 * Reads the header of a PNG file for tests: the signature, then the IHDR
 * chunk's width and height (big-endian), checked against its CRC.
 *
 * @module
 */

/** The 8 bytes every PNG file starts with. */
const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width, height, bit depth and colour type of a PNG; throws unless `bytes` is one. */
export function pngInfo(
  bytes: Uint8Array,
): { width: number; height: number; bitDepth: number; colorType: number } {
  if (!SIGNATURE.every((b, i) => bytes[i] === b)) {
    throw new TypeError("Cannot read PNG: no PNG signature");
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = view.getUint32(8);
  const type = new TextDecoder().decode(bytes.subarray(12, 16));
  if (type !== "IHDR" || length !== 13) {
    throw new TypeError("Cannot read PNG: the first chunk is not IHDR");
  }
  const crc = view.getUint32(16 + length);
  if (crc !== crc32(bytes.subarray(12, 16 + length))) {
    throw new TypeError("Cannot read PNG: the IHDR checksum is wrong");
  }
  return {
    width: view.getUint32(16),
    height: view.getUint32(20),
    bitDepth: bytes[24],
    colorType: bytes[25],
  };
}

function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}
