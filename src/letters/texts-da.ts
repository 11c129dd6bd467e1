/** The decision letter in Danish (the default language). */
import type { LetterTexts } from './texts.ts'

/** Most municipalities are "<name> Kommune"; these two are named otherwise. */
const OFFICIAL_NAMES: Record<string, string> = {
  København: 'Københavns Kommune',
  Bornholm: 'Bornholms Regionskommune',
}

const basisText = {
  obligated: 'integrationslovens § 18, stk. 2',
  voluntary: 'integrationslovens § 18, stk. 1',
}

export const DA: LetterTexts = {
  locale: 'da-DK',
  municipality: (name) => OFFICIAL_NAMES[name] ?? `${name} Kommune`,
  title: {
    decided: 'Afgørelse om overtagelse af integrationsansvaret (integrationslovens § 18)',
    appeal_decided:
      'Ankestyrelsens afgørelse om overtagelse af integrationsansvaret (integrationslovens § 18)',
    withdrawn: 'Bekræftelse: din ansøgning om overtagelse af integrationsansvaret er trukket tilbage',
  },
  headings: {
    decision: 'Afgørelse',
    facts: 'Sagens oplysninger',
    rules: 'Regler',
    reasons: 'Begrundelse',
    consequences: 'Hvad betyder det for dig?',
    appeal: 'Klagevejledning',
    'draft-notice': 'Udkast – skal kontrolleres af sagsbehandleren',
  },
  head: {
    receiving: (m) => `Fra: ${m}, tilflytningskommune`,
    departure: (m) => `Boligplaceringskommune: ${m}`,
    date: (d) => `Dato: ${d}`,
    reference: (r) => `Sagsnummer: ${r}`,
    received: (d) => `Ansøgningen er modtaget: ${d}`,
    addressee: 'Modtager: tilføjes af sagssystemet.',
  },
  decision: {
    approved: (to, from, date, basis) =>
      `${to} har den ${date} godkendt at overtage integrationsansvaret for dig fra ${from}${basis ? `, jf. ${basisText[basis]}` : ''}.`,
    effectiveFrom: (d) => `Overtagelsen har virkning fra den ${d} (H-TAKEOVER).`,
    effectiveFromMove: (planned) =>
      `Overtagelsen har virkning fra den dag, du flytter til kommunen (H-TAKEOVER)${planned ? `; du har oplyst, at du planlægger at flytte den ${planned}` : ''}.`,
    condition: (d) => `Vilkår: ${d}`,
    refused: (to, from, date) =>
      `${to} har den ${date} givet afslag på din ansøgning om, at kommunen overtager integrationsansvaret for dig fra ${from} (integrationslovens § 18).`,
    withdrawn: (w, r) =>
      `Du har den ${w} trukket din ansøgning, modtaget den ${r}, tilbage. Kommunen har derfor ikke truffet afgørelse, og sagen er afsluttet.`,
    appealLodged: (d) => `Du klagede over afgørelsen den ${d}.`,
    appealOutcome: {
      upheld: (d) =>
        `Ankestyrelsen har den ${d} stadfæstet kommunens afgørelse. Afgørelsen står derfor ved magt.`,
      changed: (d) =>
        `Ankestyrelsen har den ${d} ændret kommunens afgørelse. Kommunen er bundet af Ankestyrelsens afgørelse.`,
      remitted: (d) =>
        `Ankestyrelsen har den ${d} hjemvist sagen til kommunen. Kommunen behandler din ansøgning igen og træffer en ny afgørelse.`,
      dismissed: (d) =>
        `Ankestyrelsen har den ${d} afvist klagen uden at tage stilling til sagens indhold. Kommunens afgørelse står derfor ved magt.`,
    },
  },
  facts: {
    application: (to, from, r) =>
      `Du har søgt om, at ${to} overtager integrationsansvaret for dig fra ${from}. Ansøgningen blev modtaget den ${r}.`,
    category: (c) => `Du er registreret som ${c}.`,
    responsibility: (d, end) =>
      `Integrationsansvaret gik over til boligplaceringskommunen den ${d}. Integrationsperioden slutter den ${end}.`,
    plannedMove: (d) => `Planlagt flyttedato: ${d}.`,
    moved: (d) => `Du flyttede til kommunen den ${d}.`,
    ground: (n, type, facts) => `Grund ${n} – ${type}: ${facts}`,
    noFacts: 'ingen yderligere oplysninger registreret',
    categories: {
      refugee: 'flygtning',
      quota_refugee: 'kvoteflygtning',
      family_reunified_to_refugee: 'familiesammenført til en flygtning',
      family_reunified: 'familiesammenført',
      ukrainian_displaced: 'fordrevet fra Ukraine (særloven)',
    },
    groundTypes: {
      employment: 'Arbejde',
      education: 'Uddannelse',
      spouse: 'Ægtefælle',
      partner: 'Kæreste',
      illness: 'Sygdom',
      threats: 'Trusler og sikkerhed',
      discrimination: 'Chikane eller diskrimination',
      unaccompanied_minor_placement: 'Anbringelse af uledsaget mindreårig',
      family_or_friends: 'Familie eller venner',
      loneliness: 'Ensomhed',
      larger_city: 'Ønske om større by eller netværk',
      conflict: 'Konflikter',
      other: 'Andet forhold',
    },
    labels: {
      holder: 'hvis',
      workplaceMunicipality: 'arbejdssted',
      ordinary: 'ordinær beskæftigelse',
      permanent: 'varig ansættelse',
      hoursPerWeek: 'timer om ugen',
      oneWayCommuteMinutes: 'transporttid med offentlig transport, én vej',
      institutionMunicipality: 'uddannelsessted',
      admitted: 'optaget',
      availableNearCurrentHome: 'kan tages nær den nuværende bopæl',
      fastestRouteToEmployment: 'hurtigste vej til beskæftigelse',
      spouseCoveredByProgramme: 'ægtefællen er omfattet af programmet',
      spouseMunicipality: 'ægtefællens kommune',
      linkedApplicationId: 'ægtefællens ansøgning',
      commonChildBorn: 'fælles barn født',
      paternityRegistered: 'faderskab registreret',
      patient: 'hvem er syg',
      treatmentMunicipality: 'behandlingssted',
      treatmentsPerWeek: 'behandlinger om ugen',
      cannotReturnForSafety: 'kan af sikkerhedshensyn ikke vende tilbage',
      reportedToPolice: 'anmeldt til politiet',
      documentedByHealthOrCrisisCentre: 'dokumenteret af læge, hospital eller krisecenter',
      authorityRecommendsRelocation: 'en myndighed anbefaler at bo et andet sted',
      strongerAttachmentElsewhere: 'stærkere tilknytning til en anden kommune',
      lgbtqRelated: 'LGBT+-relateret',
      threatsReceived: 'trusler modtaget',
      authoritiesAssessNotSolvableLocally: 'myndighederne vurderer, at det ikke kan løses lokalt',
      placementMunicipality: 'anbringelseskommune',
      description: 'beskrivelse',
    },
    values: { applicant: 'ansøgeren', spouse: 'ægtefællen', close_relative: 'en nær pårørende' },
    yes: 'ja',
    no: 'nej',
    minutes: (n) => `${n} minutter`,
  },
  rules: {
    intro: 'Afgørelsen bygger på disse regler (forvaltningslovens § 22 og § 24, stk. 1):',
    withdrawnIntro:
      'Ansøgningen var registreret efter disse regler; der er ikke truffet afgørelse efter dem:',
    rule: (id, title, citations) => `${id} – ${title}: ${citations}.`,
  },
  reasons: {
    basis:
      'Begrundelsen angiver efter forvaltningslovens §§ 22–24 de regler, afgørelsen bygger på, de hovedhensyn, der har været bestemmende for skønnet, og de oplysninger, der har haft væsentlig betydning.',
    ground: (n, type, effect, explanation, id) => `Grund ${n} – ${type} (${id}): ${effect}. ${explanation}`,
    effects: {
      obligates: 'forpligter kommunen til at overtage ansvaret',
      supports: 'taler for en overtagelse efter en konkret vurdering',
      insufficient: 'er ikke i sig selv tilstrækkelig',
      needs_information: 'der mangler oplysninger for at vurdere grunden',
    },
    overall: (e) => `Samlet vurdering: ${e}`,
    voluntary: 'Kommunen har valgt at overtage ansvaret frivilligt, hvad den altid kan (G-VOLUNTARY).',
    obligatedRefusal: (j) =>
      `Vurderingen efter reglerne pegede på, at kommunen har pligt til at overtage ansvaret (integrationslovens § 18, stk. 2). Kommunen har alligevel givet afslag med denne begrundelse: ${j}`,
    justification: (j) => `Kommunens begrundelse: ${j}`,
    noHousingCondition:
      'Godkendelsen er ikke betinget af, at du først finder en bolig, og du behøver ikke at være flyttet (G-NO-HOUSING-CONDITION).',
    withdrawn:
      'Da ansøgningen er trukket tilbage, har kommunen ikke vurderet den, og der gives ingen begrundelse efter forvaltningslovens § 22.',
    appealBody: {
      upheld:
        'Ankestyrelsen har fundet, at kommunens afgørelse er rigtig. Ankestyrelsens begrundelse står i Ankestyrelsens afgørelse.',
      changed:
        'Ankestyrelsen er kommet til et andet resultat end kommunen. Ankestyrelsens begrundelse står i Ankestyrelsens afgørelse.',
      remitted:
        'Ankestyrelsen har fundet, at sagen skal behandles igen i kommunen. Ankestyrelsens begrundelse står i Ankestyrelsens afgørelse.',
      dismissed:
        'Ankestyrelsen har afvist klagen. Ankestyrelsens begrundelse står i Ankestyrelsens afgørelse.',
    },
  },
  consequences: {
    approved: (to, effective, deadline) =>
      `${to} overtager integrationsansvaret${effective ? ` fra den ${effective}` : ''} og skal indgå en ny kontrakt med dig senest ${deadline ? `den ${deadline}` : '1 måned efter overtagelsen'} (D-CONTRACT).`,
    approvedUnknownMove: (to) =>
      `${to} overtager integrationsansvaret fra den dag, du flytter (H-TAKEOVER), og skal indgå en ny kontrakt med dig senest 1 måned efter overtagelsen (D-CONTRACT).`,
    programme: (end) =>
      `Dit program fortsætter i den nye kommune. Integrationsperioden begynder ikke forfra og slutter den ${end} (H-PERIOD).`,
    noHousingDuty:
      'Kommunen har ikke pligt til at anvise dig en bolig, medmindre flytningen skyldes ganske særlige personlige forhold, fx alvorlig sygdom (G-NO-HOUSING-DUTY, integrationslovens § 18, stk. 3).',
    refusedStays: (from) => `Integrationsansvaret bliver hos ${from}, hvor du fortsætter dit program.`,
    benefitReduction: (to) =>
      `Flytter du alligevel til ${to}, kan kommunen efter en konkret vurdering nedsætte eller standse din ydelse (integrationslovens § 32). Kommunen skal da vurdere dit behov for ydelsen, årsagen til flytningen, og om flytningen er et forsøg på at undgå programmet (P-NEED, P-REASON, P-EVASION).`,
    danishEducation:
      'Du beholder retten til danskuddannelse, men mister retten til at fortsætte programmet og til tilbud efter integrationsloven, hvis du flytter uden godkendelse.',
    moveBack:
      'Flytter du tilbage, kan du søge om fuld ydelse igen fra udgangen af den første hele måned efter tilbageflytningen (D-MOVE-BACK, integrationslovens § 32, stk. 2).',
    options: (free) =>
      `Du kan klage (se klagevejledningen), søge igen, hvis dine forhold ændrer sig, fx hvis du får arbejde (G-REPEAT), og du kan flytte frit fra den ${free}, når integrationsperioden er slut (G-PERIOD).`,
    withdrawnStays: (from) =>
      `Integrationsansvaret bliver hos ${from}. Du kan søge igen senere (G-REPEAT). Flytter du uden godkendelse, kan din ydelse blive nedsat (integrationslovens § 32).`,
    remitted: (to, from) =>
      `Indtil ${to} har truffet en ny afgørelse, bliver integrationsansvaret hos ${from}.`,
    changedApproved: 'Kommunen gennemfører Ankestyrelsens afgørelse og kontakter dig om det videre forløb.',
  },
  appeal: {
    toWhom: (to) =>
      `Du kan klage over afgørelsen fra ${to} til Ankestyrelsen (integrationslovens § 53, jf. retssikkerhedslovens § 60, stk. 1).`,
    timeLimit:
      'Klagen skal være modtaget senest 4 uger efter den dag, du modtog afgørelsen (retssikkerhedslovens § 67).',
    how: (to) =>
      `Du sender klagen til ${to} – ikke direkte til Ankestyrelsen. Kommunen vurderer afgørelsen igen. Fastholder kommunen afgørelsen helt eller delvis, sender den klagen videre til Ankestyrelsen (retssikkerhedslovens § 66). Kontakt kommunen, hvis du vil have hjælp til at klage.`,
    fullyUpheld:
      'Giver afgørelsen dig fuldt ud medhold, er kommunen ikke forpligtet til at give klagevejledning (forvaltningslovens § 25, stk. 1); den står her, så du kender dine muligheder.',
    guidanceBasis: 'Klagevejledningen gives efter forvaltningslovens § 25.',
    interpretationSection:
      'Fortolkning: paragrafnummeret for integrationslovens klageadgang (§ 53) er ikke kontrolleret mod den gældende lovbekendtgørelse; sagsbehandleren bør tjekke det.',
    appealBodyFinal:
      'Fortolkning: Ankestyrelsens afgørelse kan ikke påklages til en anden forvaltningsmyndighed.',
    courts: 'Du kan indbringe afgørelsen for domstolene (grundlovens § 63).',
    remittedNewDecision: 'Kommunens nye afgørelse kommer med sin egen klagevejledning.',
    withdrawn:
      'Der er ikke truffet nogen afgørelse, som du kan klage over. Vil du stadig flytte, kan du søge igen.',
  },
  draft: {
    banner: 'UDKAST – skal kontrolleres og tilrettes af sagsbehandleren før afsendelse',
    check:
      'Dette er et udkast. Sagsbehandleren skal kontrollere oplysninger, regler, begrundelse og klagevejledning og tilrette teksten, før brevet sendes.',
    generated: (v) =>
      `Teksten er dannet automatisk ud fra sagens registrerede oplysninger og regelvurderingen (regelversion ${v}). Vurderingen er beslutningsstøtte og erstatter ikke sagsbehandlerens skøn. Tekst markeret "Fortolkning" er tjenestens fortolkning, ikke lovtekst.`,
    addressee: 'Modtagerens navn og adresse tilføjes af sagssystemet; tjenesten har ikke CPR-nummeret.',
  },
}
