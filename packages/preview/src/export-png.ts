/**
 * PNG export inside the webview: the live SVG is cloned with the theme's resolved colours and the
 * current filters baked in, drawn on a canvas from a blob: URL (allowed by the CSP's img-src) and
 * returned as a data URL for the host to save.
 */
export async function svgToPngDataUrl(svg: SVGSVGElement, scale: number): Promise<string> {
    const clone = svg.cloneNode(true) as SVGSVGElement;
    const computed = getComputedStyle(svg);
    // Resolve every --jm-* custom property the map uses, so the image needs no outside CSS.
    const names = new Set<string>();
    for (const style of Array.from(svg.querySelectorAll('style'))) {
        for (const m of (style.textContent ?? '').matchAll(/--jm-[A-Za-z0-9_-]+/g)) names.add(m[0]);
    }
    for (let i = 0; i < computed.length; i++) {
        const n = computed.item(i);
        if (n.startsWith('--jm-')) names.add(n);
    }
    for (const n of names) {
        const v = computed.getPropertyValue(n).trim();
        if (v) clone.style.setProperty(n, v);
    }
    clone.style.setProperty('font-family', computed.fontFamily);
    for (const el of Array.from(clone.querySelectorAll('.jm-lane-hidden, .jm-persona-hidden, .jm-collapsed'))) (el as SVGElement).style.display = 'none';
    // The comparison with the baseline is exported only while it is shown.
    if (!svg.parentElement?.classList.contains('jm-compare')) for (const el of Array.from(clone.querySelectorAll('.jm-baseline'))) el.remove();
    for (const el of Array.from(clone.querySelectorAll('.jm-filtered-out'))) (el as SVGElement).style.opacity = '0.2';
    for (const el of Array.from(clone.querySelectorAll('.jm-selected'))) el.classList.remove('jm-selected');

    // The map's own size (its viewBox, which closing up shrinks), not the zoomed size on screen.
    clone.style.removeProperty('width');
    clone.style.removeProperty('height');
    const vb = svg.viewBox.baseVal;
    const width = Math.ceil((vb?.width || Number(svg.getAttribute('width')) || 800) * scale);
    const height = Math.ceil((vb?.height || Number(svg.getAttribute('height')) || 600) * scale);
    clone.setAttribute('width', String(width));
    clone.setAttribute('height', String(height));
    const markup = new XMLSerializer().serializeToString(clone);
    const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
    try {
        const img = new Image();
        img.decoding = 'async';
        img.src = url;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = width;
        canvas.height = height;
        const ctx = canvas.getContext('2d');
        if (!ctx) throw new Error('No 2D canvas available.');
        ctx.fillStyle = getComputedStyle(document.body).backgroundColor || '#ffffff';
        ctx.fillRect(0, 0, width, height);
        ctx.drawImage(img, 0, 0, width, height);
        return canvas.toDataURL('image/png');
    } finally {
        URL.revokeObjectURL(url);
    }
}
