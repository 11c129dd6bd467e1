import type { ApiKeyTable } from '../apikeys/api-key.table.ts'
import type { MunicipalityTable } from '../municipalities/municipality.table.ts'

/** Every table Kysely knows about; each feature keeps its table types beside it (style.md). */
export interface Database {
  municipality: MunicipalityTable
  api_key: ApiKeyTable
}
