/**
 * Rasterizes an SVG document to a PNG blob: the SVG is loaded in an `Image` from a `blob:` URL
 * and drawn on a canvas `scale` times larger (2 by default, for print-quality output).
 *
 * The host page's Content Security Policy must allow `img-src blob:` for this to work; without it
 * the image never loads and the promise rejects. The SVG must be self-contained (see
 * `serializeSvg`): an image-loaded SVG cannot fetch anything anyway.
 */
export async function svgToPngBlob(
  svgText: string,
  width: number,
  height: number,
  scale = 2,
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.decoding = 'async';
    const loaded = new Promise<void>((resolve, reject) => {
      img.onload = () => {
        resolve();
      };
      img.onerror = () => {
        reject(
          new Error('The SVG could not be loaded as an image (does the CSP allow img-src blob:?).'),
        );
      };
    });
    img.src = url;
    await loaded;
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * scale));
    canvas.height = Math.max(1, Math.round(height * scale));
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('No 2D canvas context.');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => {
        if (blob) resolve(blob);
        else reject(new Error('The canvas could not be encoded as PNG.'));
      }, 'image/png');
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}
