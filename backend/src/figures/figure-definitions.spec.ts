import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIGURE_KEYS } from '@atolye/shared';
import { FIGURE_DEFINITIONS, figureDefinition } from './figure-definitions';

describe('figure definitions', () => {
  it('defines every figure a report shows exactly once, in English and Turkish', () => {
    expect(FIGURE_DEFINITIONS.map((d) => d.key).sort()).toEqual([...FIGURE_KEYS].sort());
    for (const key of FIGURE_KEYS) {
      const { label, definition } = figureDefinition(key);
      for (const text of [label.en, label.tr, definition.en, definition.tr])
        expect(text.trim().length).toBeGreaterThan(2);
      expect(definition.en).not.toEqual(definition.tr);
    }
  });

  it('says that attendance counts held meetings only and completion ended sessions only', () => {
    expect(figureDefinition('average_attendance_rate').definition.en).toMatch(/already held/);
    expect(figureDefinition('completion_rate').definition.en).toMatch(/sessions that have ended/);
    expect(figureDefinition('average_knowledge_gain').definition.en).toMatch(
      /best post-test score minus the first pre-test score/,
    );
  });

  it("is what the README's figure definitions say, word for word", () => {
    const readme = readFileSync(join(__dirname, '../../../README.md'), 'utf8').replace(/\s+/g, ' ');
    for (const { label, definition } of FIGURE_DEFINITIONS)
      expect(readme).toContain(`**${label.en}** — ${definition.en}`);
  });
});
