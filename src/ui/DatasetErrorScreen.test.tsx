import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { minimalDataset } from '../../points/fixtures/minimal-dataset';
import { loadDataset } from '../data/dataset';
import { DatasetErrorScreen } from './DatasetErrorScreen';

describe('DatasetErrorScreen', () => {
  it('shows every validation message, naming point and field, as text', () => {
    const broken: any = structuredClone(minimalDataset());
    broken.points[6].location.offsets[0].unit = '<b>inch</b>';
    const result = loadDataset(broken);
    if (result.ok) throw new Error('the broken fixture should not validate');
    const html = renderToStaticMarkup(<DatasetErrorScreen errors={result.errors} />);
    expect(html).toContain(
      'point 7: location.offsets[0].unit: expected &quot;finger-width&quot; | &quot;mm&quot;',
    );
    expect(html).toContain('found 1 problem');
    expect(html).not.toContain('<b>');
  });
});
