/**
 * Why a ground got its effect: one conclusion sentence per reason, in Danish and English, worded so a
 * caseworker can paste it into a decision letter. The facts themselves are rendered by phrases.ts.
 */
import type { LocalisedText } from '../rule-definition.ts'

export const REASONS = {
  missing_facts: {
    da: 'Der mangler oplysninger for at afgøre, om forholdet forpligter kommunen til at overtage integrationsansvaret',
    en: 'Information is missing to decide whether this circumstance obliges the municipality to take over the integration responsibility',
  },
  commute_reasonable: {
    da: 'Der er rimelig offentlig transport fra den nuværende bopæl, så flytningen er ikke nødvendig, og forholdet forpligter ikke i sig selv kommunen til at overtage integrationsansvaret',
    en: 'Public transport from the current home is reasonable, so the move is not necessary, and this circumstance does not by itself oblige the municipality to take over',
  },
  workplace_elsewhere: {
    da: 'Arbejdsstedet ligger ikke i tilflytningskommunen, så flytningen er ikke nødvendig for at varetage arbejdet; forholdet forpligter ikke i sig selv kommunen',
    en: 'The workplace is not in the receiving municipality, so the move is not necessary to do the job; this does not by itself oblige the municipality',
  },
  permanent_ordinary_job: {
    da: 'Der er tale om varig ordinær beskæftigelse i tilflytningskommunen (deltid tæller, jf. I-4-03), og flytningen er nødvendig for at varetage arbejdet; tilflytningskommunen skal derfor overtage integrationsansvaret',
    en: 'This is permanent ordinary employment in the receiving municipality (part-time counts, cf. I-4-03) and the move is necessary to do the job; the receiving municipality must therefore take over the integration responsibility',
  },
  few_hours: {
    da: 'Jobbet har færre timer om ugen end det mindste timetal, der efter tjenestens indstilling kan forpligte (parameteren minimumObligingHoursPerWeek, en fortolkning); det taler for overtagelse efter en konkret, individuel vurdering, da også deltid kan forpligte (I-4-03)',
    en: 'The job has fewer hours a week than the service is configured to let oblige (parameter minimumObligingHoursPerWeek, an interpretation); it weighs for a takeover after an individual assessment, since part-time work can oblige (I-4-03)',
  },
  temporary_job: {
    da: 'Beskæftigelsen er midlertidig; det taler for overtagelse, men forpligter ikke uden en konkret, individuel vurdering af varigheden',
    en: 'The employment is temporary; this weighs for a takeover but needs an individual assessment of its duration',
  },
  work_placement: {
    da: 'Der er tale om praktik eller anden ikke-ordinær beskæftigelse med udsigt til ordinær ansættelse; det taler for overtagelse efter en konkret, individuel vurdering (SM 1-2-02)',
    en: 'This is a work placement or other non-ordinary work with a prospect of ordinary employment; it weighs for a takeover after an individual assessment (SM 1-2-02)',
  },
  not_admitted: {
    da: 'Ansøgeren eller ægtefællen er ikke optaget på uddannelsen; forholdet forpligter ikke kommunen, men der kan søges igen efter optagelse',
    en: 'The applicant or spouse has not been admitted; this does not oblige the municipality, but the applicant may apply again once admitted',
  },
  institution_elsewhere: {
    da: 'Uddannelsesstedet ligger ikke i tilflytningskommunen; forholdet forpligter ikke i sig selv kommunen',
    en: 'The place of education is not in the receiving municipality; this does not by itself oblige the municipality',
  },
  education_available_nearby: {
    da: 'Samme uddannelse kan tages i boligplaceringskommunen eller en kommune med rimelig transport; tilflytningskommunen er derfor ikke forpligtet',
    en: 'The same education can be taken in the current municipality or one within reasonable transport; the receiving municipality is therefore not obliged',
  },
  education_not_fastest_route: {
    da: 'Uddannelsen er ikke den hurtigste vej til beskæftigelse (fx en lang videregående uddannelse); tilflytningskommunen er derfor ikke forpligtet',
    en: 'The education is not the fastest route to employment (e.g. a long higher education); the receiving municipality is therefore not obliged',
  },
  education_obligates: {
    da: 'Optagelse på en uddannelse i tilflytningskommunen, som ikke kan tages lokalt eller med rimelig transport, og som er den hurtigste vej til beskæftigelse; tilflytningskommunen skal derfor overtage integrationsansvaret',
    en: 'Admission to an education in the receiving municipality that is not available locally or within reasonable transport and is the fastest route to employment; the receiving municipality must therefore take over',
  },
  spouse_in_receiving: {
    da: 'Ægtefællen er ikke omfattet af programmet og bor i eller flytter til tilflytningskommunen; ægtefæller er en familieenhed, årsagen til ægtefællens flytning er uden betydning, og kommunen skal derfor overtage integrationsansvaret',
    en: 'The spouse is not covered by the programme and lives in or moves to the receiving municipality; spouses form a family unit, the reason for the spouse’s move is irrelevant, and the municipality must therefore take over',
  },
  spouse_elsewhere: {
    da: 'Ægtefællen bor ikke i og flytter ikke til tilflytningskommunen; forholdet forpligter ikke denne kommune',
    en: 'The spouse neither lives in nor moves to the receiving municipality; this does not oblige this municipality',
  },
  linked_spouse_obligated: {
    da: 'Begge ægtefæller er omfattet af programmet, og den tilknyttede ansøgning fra ægtefællen forpligter kommunen; kommunen skal derfor som udgangspunkt overtage ansvaret for begge',
    en: 'Both spouses are covered by the programme and the spouse’s linked application obliges the municipality; as a starting point it must therefore take over both',
  },
  linked_spouse_not_obligated: {
    da: 'Begge ægtefæller er omfattet af programmet, men den tilknyttede ansøgning fra ægtefællen forpligter ikke kommunen; ægteskabet taler for overtagelse efter en særskilt, konkret vurdering',
    en: 'Both spouses are covered by the programme, but the spouse’s linked application does not oblige the municipality; the marriage weighs for a takeover after a separate individual assessment',
  },
  linked_application_unresolved: {
    da: 'Begge ægtefæller er omfattet af programmet; udfaldet af ægtefællens ansøgning kendes ikke, og den skal vurderes først',
    en: 'Both spouses are covered by the programme; the outcome of the spouse’s application is not known and must be assessed first',
  },
  partner_no_common_child: {
    da: 'Et kæresteforhold uden fælles barn er ikke en tilstrækkelig nær og fast relation og forpligter ikke kommunen; efter et fælles barns fødsel og registrering af faderskab kan der søges igen',
    en: 'A relationship without a common child is not a sufficiently close and stable relation and does not oblige the municipality; after a common child’s birth and registration of paternity the applicant may apply again',
  },
  child_not_born: {
    da: 'Det fælles barn er endnu ikke født; først efter fødslen og registrering af faderskabet er kommunen forpligtet, og der kan da søges igen',
    en: 'The common child is not yet born; only after the birth and registration of paternity is the municipality obliged, and the applicant may then apply again',
  },
  paternity_not_registered: {
    da: 'Faderskabet er ikke registreret; først når barnet er født og faderskabet registreret, er kommunen forpligtet, og der kan da søges igen',
    en: 'Paternity is not registered; only once the child is born and paternity registered is the municipality obliged, and the applicant may then apply again',
  },
  common_child_registered: {
    da: 'Fælles barn med registreret faderskab udgør en familierelation; kommunen skal overtage integrationsansvaret, og det kræves ikke, at ansøgeren er flyttet eller har bolig',
    en: 'A common child with registered paternity forms a family relation; the municipality must take over, and it is not required that the applicant has moved or found housing',
  },
  treatment_elsewhere: {
    da: 'Behandlingsstedet ligger ikke i tilflytningskommunen; forholdet forpligter ikke i sig selv denne kommune',
    en: 'The place of treatment is not in the receiving municipality; this does not by itself oblige this municipality',
  },
  frequent_treatment: {
    da: 'Hyppig behandling (ugentligt eller oftere) i tilflytningskommunen uden rimelig transport; tilflytningskommunen skal derfor overtage integrationsansvaret',
    en: 'Frequent treatment (weekly or more) in the receiving municipality without reasonable transport; the receiving municipality must therefore take over',
  },
  infrequent_treatment: {
    da: 'Behandlingen er sjældnere end ugentligt; sygdommen taler for overtagelse efter en konkret vurdering af dens karakter',
    en: 'Treatment is less frequent than weekly; the illness weighs for a takeover after an individual assessment of its character',
  },
  stronger_attachment_elsewhere: {
    da: 'Der er større tilknytning til en anden kommune; tilflytningskommunen er derfor ikke forpligtet (et midlertidigt krisecenterophold skaber ikke større tilknytning)',
    en: 'There is a stronger attachment to another municipality; the receiving municipality is therefore not obliged (a temporary crisis-centre stay creates no stronger attachment)',
  },
  no_safety_reason: {
    da: 'Der er ikke oplyst sikkerhedsmæssige årsager til, at personen ikke kan vende tilbage; forholdet forpligter ikke kommunen',
    en: 'No safety reason for not returning is stated; this does not oblige the municipality',
  },
  threat_documented: {
    da: 'Personen kan af dokumenterede sikkerhedsmæssige årsager ikke vende tilbage og har ikke større tilknytning til en anden kommune; tilflytningskommunen skal derfor overtage integrationsansvaret',
    en: 'The person cannot return for documented safety reasons and has no stronger attachment elsewhere; the receiving municipality must therefore take over',
  },
  threat_undocumented: {
    da: 'Truslerne er ikke dokumenteret (politianmeldelse, journal/krisecentererklæring eller myndigheds anbefaling); de taler for overtagelse efter en konkret vurdering',
    en: 'The threats are not documented (police report, medical or crisis-centre records, or an authority’s recommendation); they weigh for a takeover after an individual assessment',
  },
  discrimination_not_solvable_locally: {
    da: 'Der er modtaget trusler, og myndighederne vurderer, at situationen ikke kan løses lokalt (anden bolig, skoleskift); det taler for overtagelse efter en konkret vurdering af omfang og karakter',
    en: 'Threats were received and the authorities assess that the situation cannot be solved locally (other housing, change of school); this weighs for a takeover after an individual assessment of its extent and character',
  },
  discrimination_no_threats: {
    da: 'Der er ikke modtaget trusler; chikane og diskrimination forpligter ikke i sig selv kommunen',
    en: 'No threats were received; harassment and discrimination do not by themselves oblige the municipality',
  },
  discrimination_solvable_locally: {
    da: 'Myndighederne vurderer ikke, at situationen ikke kan løses lokalt; forholdet forpligter ikke i sig selv kommunen',
    en: 'The authorities do not assess that the situation cannot be solved locally; this does not by itself oblige the municipality',
  },
  minor_placed_in_receiving: {
    da: 'Den uledsagede mindreårige er anbragt efter serviceloven i tilflytningskommunen; kommunen skal derfor overtage integrationsansvaret',
    en: 'The unaccompanied minor is placed under the Social Services Act in the receiving municipality; the municipality must therefore take over',
  },
  minor_placed_elsewhere: {
    da: 'Anbringelsesstedet ligger ikke i tilflytningskommunen; forholdet forpligter ikke denne kommune',
    en: 'The placement is not in the receiving municipality; this does not oblige this municipality',
  },
  family_or_friends: {
    da: 'Familie (ud over ægtefælle og fælles barn) eller venner i tilflytningskommunen forpligter ikke kommunen til at overtage integrationsansvaret',
    en: 'Family (other than a spouse or common child) or friends in the receiving municipality do not oblige the municipality to take over',
  },
  loneliness: {
    da: 'Ensomhed i boligplaceringskommunen forpligter ikke tilflytningskommunen til at overtage integrationsansvaret',
    en: 'Loneliness in the current municipality does not oblige the receiving municipality to take over',
  },
  larger_city: {
    da: 'Ønsket om en større by med flere muligheder, forventede bedre jobchancer uden konkret job eller nærhed til et fællesskab forpligter ikke kommunen; programmet kan gennemføres lige så godt i en mindre kommune',
    en: 'Wishing for a larger city, expecting better job chances without a concrete job, or wishing to be near a community does not oblige the municipality; the programme can be completed as well in a smaller municipality',
  },
  conflict: {
    da: 'Problemer med andre flygtninge eller med kommunens medarbejdere har ikke væsentlig betydning for integrationsforløbet og forpligter ikke kommunen',
    en: 'Problems with other refugees or municipal staff are not of substantial importance for integration and do not oblige the municipality',
  },
  other: {
    da: 'Forholdet er ikke et af de typiske eksempler; det kræver en konkret, individuel vurdering uden formodning for eller imod',
    en: 'This circumstance is not one of the typical examples; it needs an individual assessment with no presumption either way',
  },
} as const satisfies Record<string, LocalisedText>

export type Reason = keyof typeof REASONS
