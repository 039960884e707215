import { deflateSync } from 'node:zlib';

/**
 * RGBA pixels → PNG file bytes, for images the rasteriser cut out of a larger canvas (resvg only
 * encodes whole canvases). 8-bit RGBA, no interlace, no row filter: plain and exact.
 */

const CRC_TABLE = (() => {
    const table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
        let c = n;
        for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
        table[n] = c >>> 0;
    }
    return table;
})();

function crc32(bytes: Uint8Array): number {
    let c = 0xffffffff;
    for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
    const out = new Uint8Array(12 + data.length);
    const view = new DataView(out.buffer);
    view.setUint32(0, data.length);
    out.set(Buffer.from(type, 'latin1'), 4);
    out.set(data, 8);
    view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
    return out;
}

/** A rectangle of whole pixels. */
export interface PixelRect {
    x: number;
    y: number;
    width: number;
    height: number;
}

/**
 * The PNG of `rect` out of a `width`-wide canvas of premultiplied RGBA (tiny-skia's pixels, as
 * resvg hands them out); written un-premultiplied, as PNG stores colour.
 */
export function encodePngRegion(premultiplied: Uint8Array, width: number, rect: PixelRect): Uint8Array {
    const stride = rect.width * 4;
    const raw = new Uint8Array((stride + 1) * rect.height);
    for (let row = 0; row < rect.height; row++) {
        const from = ((rect.y + row) * width + rect.x) * 4;
        const line = raw.subarray(row * (stride + 1) + 1, (row + 1) * (stride + 1));
        line.set(premultiplied.subarray(from, from + stride));
        for (let i = 0; i < stride; i += 4) {
            const a = line[i + 3] as number;
            if (a === 255 || a === 0) continue;
            for (let c = 0; c < 3; c++) line[i + c] = Math.min(255, Math.round(((line[i + c] as number) * 255) / a));
        }
    }
    const header = new Uint8Array(13);
    const view = new DataView(header.buffer);
    view.setUint32(0, rect.width);
    view.setUint32(4, rect.height);
    header.set([8, 6, 0, 0, 0], 8);
    const signature = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
    return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array(0))]);
}
