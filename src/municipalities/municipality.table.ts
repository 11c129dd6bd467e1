import type { Selectable } from 'kysely'

export interface MunicipalityTable {
  code: string
  name: string
  region: string
}
export type MunicipalityRow = Selectable<MunicipalityTable>
