import type { IndexHtmlTransformContext, IndexHtmlTransformHook } from 'vite';
import { describe, expect, it } from 'vitest';
import { preloadBodyView } from './preload-plugin';

const chunk = (fileName: string, imports: string[] = [], extra: object = {}) => ({
  type: 'chunk',
  fileName,
  imports,
  ...extra,
});

const BUNDLE = {
  'assets/index-a.js': chunk('assets/index-a.js', ['assets/react-b.js'], { isEntry: true }),
  'assets/react-b.js': chunk('assets/react-b.js'),
  'assets/BodyStage-c.js': chunk(
    'assets/BodyStage-c.js',
    ['assets/three-d.js', 'assets/index-a.js'],
    {
      facadeModuleId: '/repo/src/scene/BodyStage.tsx',
    },
  ),
  'assets/three-d.js': chunk('assets/three-d.js', ['assets/react-b.js']),
  'assets/QuizPanel-e.js': chunk('assets/QuizPanel-e.js', ['assets/three-d.js'], {
    facadeModuleId: '/repo/src/features/quiz/QuizPanel.tsx',
  }),
  'assets/body-placement-f.json': { type: 'asset', fileName: 'assets/body-placement-f.json' },
};

function tagsFor(bundle: object) {
  const plugin = preloadBodyView();
  const hook = plugin.transformIndexHtml as { handler: IndexHtmlTransformHook };
  (plugin.configResolved as (config: { base: string }) => void)({ base: '/' });
  const context = { bundle } as unknown as IndexHtmlTransformContext;
  return hook.handler.call({} as never, '', context) as { attrs: Record<string, string> }[];
}

describe('what index.html preloads for the 3D view', () => {
  it("preloads the view's own chunks, the model and the placement file, at low priority", () => {
    const tags = tagsFor(BUNDLE);
    expect(tags.map((tag) => [tag.attrs.rel, tag.attrs.href])).toEqual([
      ['modulepreload', '/assets/BodyStage-c.js'],
      ['modulepreload', '/assets/three-d.js'],
      ['preload', '/models/body.glb'],
      ['preload', '/assets/body-placement-f.json'],
    ]);
    // Same request mode as the page's own import() and fetch(), or the browser fetches twice.
    for (const { attrs } of tags) {
      expect(attrs.fetchpriority).toBe('low');
      expect(attrs.crossorigin).toBe('');
    }
  });

  it('fails the build when there is no 3D view chunk to preload', () => {
    const withoutView = Object.fromEntries(
      Object.entries(BUNDLE).filter(([file]) => !file.includes('BodyStage')),
    );
    expect(() => tagsFor(withoutView)).toThrow(/no entry or no 3D view chunk/);
  });
});
