import type { Citation } from '../../../points/schema';

const ARTICLE = '000_6b51c40c321a4cb5.txt';
const RECTAL_MASSAGE_SECTION = '"What exactly happens…" (heading, line 381)';

export interface Expectation {
  topic: string;
  text: string;
  citations: Citation[];
}

/**
 * What to expect before a first routine, in our words: how long and how often the source
 * suggests pressing, and what it does not promise. Shown with the evidence notice.
 */
export const EXPECTATIONS: Expectation[] = [
  {
    topic: 'How long',
    text:
      'About five minutes a point, as the self-massage passage puts it. Other passages give ' +
      'three to five, or four to five for one line on the ankle (the sources differ, see D12).',
    citations: [
      {
        file: ARTICLE,
        section: 'Spot treatment to relieve symptoms (do-it-yourself points)',
        lines: [55, 55],
      },
      { file: ARTICLE, section: 'Acupressure technique', lines: [200, 200] },
      { file: ARTICLE, section: 'How to massage at home?', lines: [370, 370] },
    ],
  },
  {
    topic: 'How often',
    text:
      'The source sets no schedule for pressing these points. The courses it mentions (daily ' +
      'for two weeks, fifteen to twenty sessions) belong to other kinds of massage, done by a ' +
      'professional. Choose a rhythm with your doctor.',
    citations: [
      { file: ARTICLE, section: 'Professional massage for hemorrhoids', lines: [22, 22] },
      { file: ARTICLE, section: RECTAL_MASSAGE_SECTION, lines: [415, 415] },
    ],
  },
  {
    topic: 'What it does not promise',
    text:
      'The article only says pressing is meant to help the bowel and the blood flow in the ' +
      'pelvis; nothing in the sources tests that. One passage even says this treatment should ' +
      'never be done at home (the sources disagree, see D13). It is no substitute for a doctor.',
    citations: [
      {
        file: ARTICLE,
        section: 'Spot treatment to relieve symptoms (do-it-yourself points)',
        lines: [55, 55],
      },
      { file: ARTICLE, section: RECTAL_MASSAGE_SECTION, lines: [391, 391] },
    ],
  },
];
