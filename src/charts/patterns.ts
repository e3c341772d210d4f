/**
 * Fill patterns drawn over a bar's colour (stripes, cross-hatching, dots), so bars can be told
 * apart in greyscale or by someone who cannot tell the colours apart.
 */
import type { Fill } from './config';
import type { PatternName } from './palette';

const SIZE = 10;

export function patternFill(context: CanvasRenderingContext2D, ink: string): Fill {
  const cache = new Map<string, CanvasPattern | string>();
  return (color, pattern: PatternName) => {
    if (pattern === 'solid') return color;
    const key = `${color}|${pattern}`;
    const cached = cache.get(key);
    if (cached) return cached;
    const tile = document.createElement('canvas');
    tile.width = SIZE;
    tile.height = SIZE;
    const g = tile.getContext('2d');
    if (!g) return color;
    g.fillStyle = color;
    g.fillRect(0, 0, SIZE, SIZE);
    g.strokeStyle = ink;
    g.fillStyle = ink;
    g.lineWidth = 1.5;
    g.beginPath();
    switch (pattern) {
      case 'diagonal':
        g.moveTo(0, SIZE);
        g.lineTo(SIZE, 0);
        g.moveTo(-2, 2);
        g.lineTo(2, -2);
        g.moveTo(SIZE - 2, SIZE + 2);
        g.lineTo(SIZE + 2, SIZE - 2);
        g.stroke();
        break;
      case 'cross':
        g.moveTo(0, 0);
        g.lineTo(SIZE, SIZE);
        g.moveTo(0, SIZE);
        g.lineTo(SIZE, 0);
        g.stroke();
        break;
      case 'dots':
        g.arc(SIZE / 2, SIZE / 2, 1.8, 0, Math.PI * 2);
        g.fill();
        break;
      case 'horizontal':
        g.moveTo(0, SIZE / 2);
        g.lineTo(SIZE, SIZE / 2);
        g.stroke();
        break;
      case 'zigzag':
        g.moveTo(0, SIZE * 0.7);
        g.lineTo(SIZE / 2, SIZE * 0.3);
        g.lineTo(SIZE, SIZE * 0.7);
        g.stroke();
        break;
    }
    const made = context.createPattern(tile, 'repeat') ?? color;
    cache.set(key, made);
    return made;
  };
}
