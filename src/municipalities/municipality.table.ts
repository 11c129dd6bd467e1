export interface MunicipalityTable {
  code: string
  name: string
  region: string
}
