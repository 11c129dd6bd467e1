/** AST decisions cited by the § 18 rules (rules.md § 2); no stable public URL, so citation only. */
import type { LegalSource } from '../rule-definition.ts'

export const DECISIONS = {
  I_4_03: { citation: 'Ankestyrelsens principafgørelse I-4-03 (deltidsbeskæftigelse)' },
  I_2_05: { citation: 'Ankestyrelsens principafgørelse I-2-05 (ægtefæller som familieenhed)' },
  I_2_00: { citation: 'Ankestyrelsens principafgørelse I-2-00 (familie, venner, større by)' },
  SM_1_2_02: { citation: 'Sociale Meddelelser SM 1-2-02 (praktik med udsigt til ordinær beskæftigelse)' },
  SM_1_3_01: { citation: 'Sociale Meddelelser SM 1-3-01 (trusler fra tidligere ægtefælle)' },
  SM_1_2_00: { citation: 'Sociale Meddelelser SM 1-2-00 (problemer med andre flygtninge og forvaltningen)' },
} as const satisfies Record<string, LegalSource>
