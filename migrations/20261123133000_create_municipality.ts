import { type Kysely, sql } from 'kysely'

// Frozen copy of the 98 municipalities (Danmarks Statistik codes) as of this migration; later changes to
// the municipal map get a migration of their own.
const MUNICIPALITIES: [code: string, name: string, region: string][] = [
  ['101', 'København', 'Region Hovedstaden'],
  ['147', 'Frederiksberg', 'Region Hovedstaden'],
  ['151', 'Ballerup', 'Region Hovedstaden'],
  ['153', 'Brøndby', 'Region Hovedstaden'],
  ['155', 'Dragør', 'Region Hovedstaden'],
  ['157', 'Gentofte', 'Region Hovedstaden'],
  ['159', 'Gladsaxe', 'Region Hovedstaden'],
  ['161', 'Glostrup', 'Region Hovedstaden'],
  ['163', 'Herlev', 'Region Hovedstaden'],
  ['165', 'Albertslund', 'Region Hovedstaden'],
  ['167', 'Hvidovre', 'Region Hovedstaden'],
  ['169', 'Høje-Taastrup', 'Region Hovedstaden'],
  ['173', 'Lyngby-Taarbæk', 'Region Hovedstaden'],
  ['175', 'Rødovre', 'Region Hovedstaden'],
  ['183', 'Ishøj', 'Region Hovedstaden'],
  ['185', 'Tårnby', 'Region Hovedstaden'],
  ['187', 'Vallensbæk', 'Region Hovedstaden'],
  ['190', 'Furesø', 'Region Hovedstaden'],
  ['201', 'Allerød', 'Region Hovedstaden'],
  ['210', 'Fredensborg', 'Region Hovedstaden'],
  ['217', 'Helsingør', 'Region Hovedstaden'],
  ['219', 'Hillerød', 'Region Hovedstaden'],
  ['223', 'Hørsholm', 'Region Hovedstaden'],
  ['230', 'Rudersdal', 'Region Hovedstaden'],
  ['240', 'Egedal', 'Region Hovedstaden'],
  ['250', 'Frederikssund', 'Region Hovedstaden'],
  ['253', 'Greve', 'Region Sjælland'],
  ['259', 'Køge', 'Region Sjælland'],
  ['260', 'Halsnæs', 'Region Hovedstaden'],
  ['265', 'Roskilde', 'Region Sjælland'],
  ['269', 'Solrød', 'Region Sjælland'],
  ['270', 'Gribskov', 'Region Hovedstaden'],
  ['306', 'Odsherred', 'Region Sjælland'],
  ['316', 'Holbæk', 'Region Sjælland'],
  ['320', 'Faxe', 'Region Sjælland'],
  ['326', 'Kalundborg', 'Region Sjælland'],
  ['329', 'Ringsted', 'Region Sjælland'],
  ['330', 'Slagelse', 'Region Sjælland'],
  ['336', 'Stevns', 'Region Sjælland'],
  ['340', 'Sorø', 'Region Sjælland'],
  ['350', 'Lejre', 'Region Sjælland'],
  ['360', 'Lolland', 'Region Sjælland'],
  ['370', 'Næstved', 'Region Sjælland'],
  ['376', 'Guldborgsund', 'Region Sjælland'],
  ['390', 'Vordingborg', 'Region Sjælland'],
  ['400', 'Bornholm', 'Region Hovedstaden'],
  ['410', 'Middelfart', 'Region Syddanmark'],
  ['420', 'Assens', 'Region Syddanmark'],
  ['430', 'Faaborg-Midtfyn', 'Region Syddanmark'],
  ['440', 'Kerteminde', 'Region Syddanmark'],
  ['450', 'Nyborg', 'Region Syddanmark'],
  ['461', 'Odense', 'Region Syddanmark'],
  ['479', 'Svendborg', 'Region Syddanmark'],
  ['480', 'Nordfyns', 'Region Syddanmark'],
  ['482', 'Langeland', 'Region Syddanmark'],
  ['492', 'Ærø', 'Region Syddanmark'],
  ['510', 'Haderslev', 'Region Syddanmark'],
  ['530', 'Billund', 'Region Syddanmark'],
  ['540', 'Sønderborg', 'Region Syddanmark'],
  ['550', 'Tønder', 'Region Syddanmark'],
  ['561', 'Esbjerg', 'Region Syddanmark'],
  ['563', 'Fanø', 'Region Syddanmark'],
  ['573', 'Varde', 'Region Syddanmark'],
  ['575', 'Vejen', 'Region Syddanmark'],
  ['580', 'Aabenraa', 'Region Syddanmark'],
  ['607', 'Fredericia', 'Region Syddanmark'],
  ['615', 'Horsens', 'Region Midtjylland'],
  ['621', 'Kolding', 'Region Syddanmark'],
  ['630', 'Vejle', 'Region Syddanmark'],
  ['657', 'Herning', 'Region Midtjylland'],
  ['661', 'Holstebro', 'Region Midtjylland'],
  ['665', 'Lemvig', 'Region Midtjylland'],
  ['671', 'Struer', 'Region Midtjylland'],
  ['706', 'Syddjurs', 'Region Midtjylland'],
  ['707', 'Norddjurs', 'Region Midtjylland'],
  ['710', 'Favrskov', 'Region Midtjylland'],
  ['727', 'Odder', 'Region Midtjylland'],
  ['730', 'Randers', 'Region Midtjylland'],
  ['740', 'Silkeborg', 'Region Midtjylland'],
  ['741', 'Samsø', 'Region Midtjylland'],
  ['746', 'Skanderborg', 'Region Midtjylland'],
  ['751', 'Aarhus', 'Region Midtjylland'],
  ['756', 'Ikast-Brande', 'Region Midtjylland'],
  ['760', 'Ringkøbing-Skjern', 'Region Midtjylland'],
  ['766', 'Hedensted', 'Region Midtjylland'],
  ['773', 'Morsø', 'Region Nordjylland'],
  ['779', 'Skive', 'Region Midtjylland'],
  ['787', 'Thisted', 'Region Nordjylland'],
  ['791', 'Viborg', 'Region Midtjylland'],
  ['810', 'Brønderslev', 'Region Nordjylland'],
  ['813', 'Frederikshavn', 'Region Nordjylland'],
  ['820', 'Vesthimmerlands', 'Region Nordjylland'],
  ['825', 'Læsø', 'Region Nordjylland'],
  ['840', 'Rebild', 'Region Nordjylland'],
  ['846', 'Mariagerfjord', 'Region Nordjylland'],
  ['849', 'Jammerbugt', 'Region Nordjylland'],
  ['851', 'Aalborg', 'Region Nordjylland'],
  ['860', 'Hjørring', 'Region Nordjylland'],
]

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time (Kysely migration guide)
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('municipality')
    .addColumn('code', 'char(3)', (col) => col.primaryKey().check(sql`code ~ '^[0-9]{3}$'`))
    .addColumn('name', 'text', (col) => col.notNull().unique())
    .addColumn('region', 'text', (col) => col.notNull())
    .execute()
  await db
    .insertInto('municipality')
    .values(MUNICIPALITIES.map(([code, name, region]) => ({ code, name, region })))
    .execute()
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('municipality').execute()
}
