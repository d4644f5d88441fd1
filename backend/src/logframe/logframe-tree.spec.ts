import { codedTree, type TreeNode } from './logframe-tree';

describe('codedTree', () => {
  const node = (id: string, level: TreeNode['level'], parentId: string | null, position: number) => ({
    id,
    level,
    parentId,
    position,
  });

  it('numbers objectives, results and activities by their place, each after its parent', () => {
    const tree = codedTree([
      node('a2', 'activity', 'r12', 1),
      node('so2', 'specific_objective', 'oo', 2),
      node('r12', 'result', 'so1', 2),
      node('oo', 'overall_objective', null, 1),
      node('r11', 'result', 'so1', 1),
      node('so1', 'specific_objective', 'oo', 1),
      node('r21', 'result', 'so2', 1),
      node('a1', 'activity', 'r12', 0),
    ]);
    expect(tree.map((i) => `${i.id}=${i.code}`)).toEqual([
      'oo=OO',
      'so1=SO1',
      'r11=R1.1',
      'r12=R1.2',
      'a1=A1.2.1',
      'a2=A1.2.2',
      'so2=SO2',
      'r21=R2.1',
    ]);
  });

  it('leaves out items whose parent is missing rather than giving them a wrong code', () => {
    expect(codedTree([node('r', 'result', 'gone', 1)])).toEqual([]);
  });
});
