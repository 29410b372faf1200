import { describe, expect, it } from 'vitest';
import type { FramedRequest, MapPixels } from '../../../src/lib/map/capture';
import { framedOnce } from '../../../src/lib/state/framed-once';

/** A pixels stand-in: only its identity and size matter here. */
const pixels = (width: number): MapPixels => ({
  image: { width } as HTMLCanvasElement,
  width,
  height: width / 2,
  labels: [],
});

const LANDSCAPE: FramedRequest = {
  size: { width: 800, height: 500 },
  scale: 2,
  padding: { top: 60, right: 24, bottom: 40, left: 200 },
  named: 'text',
};
const SQUARE: FramedRequest = { ...LANDSCAPE, size: { width: 540, height: 540 } };

/** A drawing function that counts its drawings and answers with `answers` in turn, then pixels. */
function counted(answers: ('null' | 'fail')[] = []) {
  const drawings: FramedRequest[] = [];
  const draw = async (request: FramedRequest) => {
    drawings.push(request);
    const answer = answers.shift();
    if (answer === 'fail') throw new Error('no WebGL');
    return answer === 'null' ? null : pixels(request.size.width * request.scale);
  };
  return { draw, drawings };
}

describe('framedOnce', () => {
  it('draws a request once and hands the same pixels to a second ask of the view', async () => {
    const { draw, drawings } = counted();
    const drawn = framedOnce(draw);
    const first = await drawn(LANDSCAPE, 'zh ?r=500113');
    const again = await drawn({ ...LANDSCAPE, padding: { ...LANDSCAPE.padding } }, 'zh ?r=500113');
    expect(again).toBe(first);
    expect(drawings).toEqual([LANDSCAPE]);
  });

  it('draws again for another size or padding, and for another view', async () => {
    const { draw, drawings } = counted();
    const drawn = framedOnce(draw);
    await drawn(LANDSCAPE, 'zh ?r=500113');
    expect((await drawn(SQUARE, 'zh ?r=500113'))?.width).toBe(1080);
    await drawn({ ...LANDSCAPE, padding: { ...LANDSCAPE.padding, top: 80 } }, 'zh ?r=500113');
    await drawn(LANDSCAPE, 'en ?r=500113');
    await drawn(LANDSCAPE, 'zh ?r=610727');
    expect(drawings).toHaveLength(5);
  });

  it('asks again after nothing was drawn (the map not loaded) or the drawing failed', async () => {
    const { draw, drawings } = counted(['null', 'fail']);
    const drawn = framedOnce(draw);
    expect(await drawn(LANDSCAPE, 'zh')).toBeNull();
    await expect(drawn(LANDSCAPE, 'zh')).rejects.toThrow('no WebGL');
    expect((await drawn(LANDSCAPE, 'zh'))?.width).toBe(1600);
    await drawn(LANDSCAPE, 'zh');
    expect(drawings).toHaveLength(3);
  });
});
