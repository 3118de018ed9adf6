// Frame units (preambles, 总体要求 sections) link only to frame units; items never to a preamble.
import { describe, expect, it } from 'vitest';
import { linkMeasures, type LinkUnit } from '../../../ingest/link/implements.js';
import { linkOptions } from '../../../ingest/link/options.js';

const slogan = '打造普惠创新、全面动员、全民参与的社会化大科普格局，提升公民科学素质';
const unit = (id: string, docIndex: number, text: string, frame = false): LinkUnit => ({
  id, docIndex, offset: 0, text, entities: new Set(), words: text.match(/.{2}/g) ?? [], frame,
});

describe('frame units', () => {
  it('link a preamble to the preamble and an item to an item, never across', () => {
    const units = [
      unit('national#前言', 0, slogan, true),
      unit('national#1', 0, '推动科学辟谣平台建设，打造国家级平台'),
      unit('province#前言', 1, slogan, true),
      unit('province#1', 1, `${slogan}，推动科学辟谣平台建设`),
    ];
    const links = linkMeasures(units, (l, h) => l === 1 && h === 0, [], linkOptions());
    expect(links.map((l) => `${l.lower}>${l.higher}`).sort()).toEqual(['province#1>national#1', 'province#前言>national#前言']);
  });
});
