import { inflateSync } from 'node:zlib';

/** A decoded PNG: RGBA, 8 bits a channel, row after row. */
export interface Pixels {
    width: number;
    height: number;
    rgba: Uint8Array;
}

/**
 * Decodes the PNGs resvg writes (8-bit RGBA or RGB, not interlaced), so tests can look at pixels.
 * Anything else is refused rather than misread.
 */
export function decodePng(png: Uint8Array): Pixels {
    const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
    let width = 0;
    let height = 0;
    let channels = 0;
    const idat: Uint8Array[] = [];
    for (let at = 8; at < png.length;) {
        const length = view.getUint32(at);
        const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
        const data = png.subarray(at + 8, at + 8 + length);
        if (type === 'IHDR') {
            width = view.getUint32(at + 8);
            height = view.getUint32(at + 12);
            const [depth, colour, , , interlace] = data.subarray(8, 13);
            if (depth !== 8 || (colour !== 6 && colour !== 2) || interlace !== 0) throw new Error(`unsupported PNG: depth ${depth}, colour type ${colour}, interlace ${interlace}`);
            channels = colour === 6 ? 4 : 3;
        } else if (type === 'IDAT') {
            idat.push(data);
        }
        at += 12 + length;
    }
    const raw = inflateSync(Buffer.concat(idat));
    const stride = width * channels;
    const out = new Uint8Array(stride * height);
    for (let y = 0; y < height; y++) {
        const filter = raw[y * (stride + 1)];
        const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
        for (let x = 0; x < stride; x++) {
            const a = x >= channels ? out[y * stride + x - channels] : 0;
            const b = y > 0 ? out[(y - 1) * stride + x] : 0;
            const c = x >= channels && y > 0 ? out[(y - 1) * stride + x - channels] : 0;
            const p = a + b - c;
            const pa = Math.abs(p - a);
            const pb = Math.abs(p - b);
            const pc = Math.abs(p - c);
            const predictor = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][filter];
            if (predictor === undefined) throw new Error(`unknown PNG filter ${filter}`);
            out[y * stride + x] = (line[x] + predictor) & 0xff;
        }
    }
    if (channels === 4) return { width, height, rgba: out };
    const rgba = new Uint8Array(width * height * 4);
    for (let i = 0; i < width * height; i++) rgba.set([out[i * 3], out[i * 3 + 1], out[i * 3 + 2], 255], i * 4);
    return { width, height, rgba };
}

/** The box of the pixels that differ from the top-left pixel (the background), or undefined if none do. */
export function inkBox(p: Pixels): { x0: number; y0: number; x1: number; y1: number } | undefined {
    const bg = p.rgba.subarray(0, 4);
    let box: { x0: number; y0: number; x1: number; y1: number } | undefined;
    for (let y = 0; y < p.height; y++) {
        for (let x = 0; x < p.width; x++) {
            const i = (y * p.width + x) * 4;
            if (p.rgba[i] === bg[0] && p.rgba[i + 1] === bg[1] && p.rgba[i + 2] === bg[2]) continue;
            if (!box) box = { x0: x, y0: y, x1: x + 1, y1: y + 1 };
            else {
                box.x0 = Math.min(box.x0, x);
                box.y0 = Math.min(box.y0, y);
                box.x1 = Math.max(box.x1, x + 1);
                box.y1 = Math.max(box.y1, y + 1);
            }
        }
    }
    return box;
}
