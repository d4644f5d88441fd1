import { draftInTreeOrder, parentLevelOf } from './logframe-tree';

describe('logframe tree', () => {
  describe('draftInTreeOrder', () => {
    it('puts each item after its parent and before its parent’s next sibling, siblings in the order given', () => {
      const items = [
        { id: 'overall', parentId: null },
        { id: 'result-2', parentId: 'specific' },
        { id: 'specific', parentId: 'overall' },
        { id: 'result-1', parentId: 'specific' },
        { id: 'activity', parentId: 'result-2' },
      ];
      // result-2 was written before result-1, so it reads first.
      expect(draftInTreeOrder(items).map((i) => i.id)).toEqual([
        'overall',
        'specific',
        'result-2',
        'activity',
        'result-1',
      ]);
    });

    it('leaves out items whose parent is not among them rather than showing them out of place', () => {
      expect(draftInTreeOrder([{ id: 'orphan', parentId: 'gone' }])).toEqual([]);
    });
  });

  describe('parentLevelOf', () => {
    it('hangs each level under the one above it, and the overall objective under nothing', () => {
      expect(parentLevelOf('overall_objective')).toBeNull();
      expect(parentLevelOf('specific_objective')).toBe('overall_objective');
      expect(parentLevelOf('result')).toBe('specific_objective');
      expect(parentLevelOf('activity')).toBe('result');
    });
  });
});
