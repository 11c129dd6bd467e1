/** The decision letter in English (Accept-Language: en). Danish legal terms are kept in brackets. */
import type { LetterTexts } from './texts.ts'

const basisText = {
  obligated: 'section 18(2) of the Integration Act (integrationsloven)',
  voluntary: 'section 18(1) of the Integration Act (integrationsloven)',
}

export const EN: LetterTexts = {
  locale: 'en-GB',
  municipality: (name) => `${name} Municipality`,
  title: {
    decided: 'Decision on taking over the integration responsibility (Integration Act § 18)',
    appeal_decided:
      "The National Social Appeals Board's decision on taking over the integration responsibility (Integration Act § 18)",
    withdrawn: 'Confirmation: your application for a takeover of the integration responsibility is withdrawn',
  },
  headings: {
    decision: 'Decision',
    facts: 'Facts of the case',
    rules: 'Rules applied',
    reasons: 'Reasons',
    consequences: 'What this means for you',
    appeal: 'How to appeal',
    'draft-notice': 'Draft – to be checked by the caseworker',
  },
  head: {
    receiving: (m) => `From: ${m}, the receiving municipality`,
    departure: (m) => `Municipality of placement: ${m}`,
    date: (d) => `Date: ${d}`,
    reference: (r) => `Case reference: ${r}`,
    received: (d) => `Application received: ${d}`,
    addressee: 'Addressee: added by the case system.',
  },
  decision: {
    approved: (to, from, date, basis) =>
      `On ${date} ${to} approved taking over the integration responsibility for you from ${from}${basis ? ` under ${basisText[basis]}` : ''}.`,
    effectiveFrom: (d) => `The takeover takes effect from ${d} (H-TAKEOVER).`,
    effectiveFromMove: (planned) =>
      `The takeover takes effect from the day you move to the municipality (H-TAKEOVER)${planned ? `; you have said that you plan to move on ${planned}` : ''}.`,
    condition: (d) => `Condition: ${d}`,
    refused: (to, from, date) =>
      `On ${date} ${to} refused your application for the municipality to take over the integration responsibility for you from ${from} (Integration Act § 18).`,
    withdrawn: (w, r) =>
      `On ${w} you withdrew your application received on ${r}. The municipality has therefore made no decision, and the case is closed.`,
    appealLodged: (d) => `You appealed against the decision on ${d}.`,
    appealOutcome: {
      upheld: (d) =>
        `On ${d} the National Social Appeals Board (Ankestyrelsen) upheld the municipality's decision. The decision therefore stands.`,
      changed: (d) =>
        `On ${d} the National Social Appeals Board (Ankestyrelsen) changed the municipality's decision. The municipality is bound by the Board's decision.`,
      remitted: (d) =>
        `On ${d} the National Social Appeals Board (Ankestyrelsen) sent the case back to the municipality. The municipality will consider your application again and make a new decision.`,
      dismissed: (d) =>
        `On ${d} the National Social Appeals Board (Ankestyrelsen) dismissed the appeal without deciding on its merits. The municipality's decision therefore stands.`,
    },
  },
  facts: {
    application: (to, from, r) =>
      `You applied for ${to} to take over the integration responsibility for you from ${from}. The application was received on ${r}.`,
    category: (c) => `You are registered as ${c}.`,
    responsibility: (d, end) =>
      `The integration responsibility passed to the municipality of placement on ${d}. The integration period ends on ${end}.`,
    plannedMove: (d) => `Planned move date: ${d}.`,
    moved: (d) => `You moved to the municipality on ${d}.`,
    ground: (n, type, facts) => `Ground ${n} – ${type}: ${facts}`,
    noFacts: 'no further facts registered',
    categories: {
      refugee: 'a refugee',
      quota_refugee: 'a quota refugee',
      family_reunified_to_refugee: 'family reunified with a refugee',
      family_reunified: 'family reunified',
      ukrainian_displaced: 'displaced from Ukraine (special act)',
    },
    groundTypes: {
      employment: 'Work',
      education: 'Education',
      spouse: 'Spouse',
      partner: 'Girlfriend or boyfriend',
      illness: 'Illness',
      threats: 'Threats and safety',
      discrimination: 'Harassment or discrimination',
      unaccompanied_minor_placement: 'Placement of an unaccompanied minor',
      family_or_friends: 'Family or friends',
      loneliness: 'Loneliness',
      larger_city: 'Wish for a larger city or network',
      conflict: 'Conflicts',
      other: 'Other circumstance',
    },
    labels: {
      holder: 'whose',
      workplaceMunicipality: 'workplace',
      ordinary: 'ordinary employment',
      permanent: 'permanent job',
      hoursPerWeek: 'hours per week',
      oneWayCommuteMinutes: 'public-transport travel time, one way',
      institutionMunicipality: 'place of education',
      admitted: 'admitted',
      availableNearCurrentHome: 'available near the current home',
      fastestRouteToEmployment: 'fastest route to employment',
      spouseCoveredByProgramme: 'the spouse is covered by the programme',
      spouseMunicipality: "spouse's municipality",
      linkedApplicationId: "spouse's application",
      commonChildBorn: 'common child born',
      paternityRegistered: 'paternity registered',
      patient: 'who is ill',
      treatmentMunicipality: 'place of treatment',
      treatmentsPerWeek: 'treatments per week',
      cannotReturnForSafety: 'cannot return for safety reasons',
      reportedToPolice: 'reported to the police',
      documentedByHealthOrCrisisCentre: 'documented by a doctor, hospital or crisis centre',
      authorityRecommendsRelocation: 'an authority recommends living elsewhere',
      strongerAttachmentElsewhere: 'stronger attachment to another municipality',
      lgbtqRelated: 'LGBT+-related',
      threatsReceived: 'threats received',
      authoritiesAssessNotSolvableLocally: 'the authorities assess it cannot be solved locally',
      placementMunicipality: 'municipality of placement',
      description: 'description',
    },
    values: { applicant: 'the applicant', spouse: 'the spouse', close_relative: 'a close relative' },
    yes: 'yes',
    no: 'no',
    minutes: (n) => `${n} minutes`,
  },
  rules: {
    intro:
      'The decision rests on these rules (Public Administration Act, forvaltningsloven, § 22 and § 24(1)):',
    withdrawnIntro: 'The application was registered under these rules; no decision was made under them:',
    rule: (id, title, citations) => `${id} – ${title}: ${citations}.`,
  },
  reasons: {
    basis:
      'Under sections 22–24 of the Public Administration Act (forvaltningsloven) the reasons state the rules the decision rests on, the main considerations that decided the discretionary assessment, and the facts that mattered.',
    ground: (n, type, effect, explanation, id) => `Ground ${n} – ${type} (${id}): ${effect}. ${explanation}`,
    effects: {
      obligates: 'obliges the municipality to take over',
      supports: 'speaks for a takeover after an individual assessment',
      insufficient: 'is not sufficient on its own',
      needs_information: 'facts are missing to assess this ground',
    },
    overall: (e) => `Overall assessment: ${e}`,
    voluntary: 'The municipality has chosen to take over voluntarily, as it always may (G-VOLUNTARY).',
    obligatedRefusal: (j) =>
      `The assessment under the rules found that the municipality is obliged to take over (Integration Act § 18(2)). The municipality has nevertheless refused, for this reason: ${j}`,
    justification: (j) => `The municipality's reason: ${j}`,
    noHousingCondition:
      'The approval is not conditional on your first finding a home, and you need not have moved (G-NO-HOUSING-CONDITION).',
    withdrawn:
      'As the application was withdrawn, the municipality has not assessed it, and no reasons under section 22 of the Public Administration Act are given.',
    appealBody: {
      upheld:
        "The Board found the municipality's decision correct. Its reasons are set out in the Board's decision.",
      changed:
        "The Board reached another result than the municipality. Its reasons are set out in the Board's decision.",
      remitted:
        "The Board found that the municipality must consider the case again. Its reasons are set out in the Board's decision.",
      dismissed: "The Board dismissed the appeal. Its reasons are set out in the Board's decision.",
    },
  },
  consequences: {
    approved: (to, effective, deadline) =>
      `${to} takes over the integration responsibility${effective ? ` from ${effective}` : ''} and must make a new contract with you by ${deadline ?? '1 month after the takeover'} (D-CONTRACT).`,
    approvedUnknownMove: (to) =>
      `${to} takes over the integration responsibility from the day you move (H-TAKEOVER) and must make a new contract with you within 1 month of the takeover (D-CONTRACT).`,
    programme: (end) =>
      `Your programme continues in the new municipality. The integration period does not start again and ends on ${end} (H-PERIOD).`,
    noHousingDuty:
      'The municipality is not obliged to provide you with a home unless the move is due to very special personal circumstances such as serious illness (G-NO-HOUSING-DUTY, Integration Act § 18(3)).',
    refusedStays: (from) =>
      `The integration responsibility stays with ${from}, where you continue your programme.`,
    benefitReduction: (to) =>
      `If you move to ${to} anyway, the municipality may, after an individual assessment, reduce or stop your benefit (Integration Act § 32). It must then weigh your need for the benefit, why you moved, and whether the move is an attempt to avoid the programme (P-NEED, P-REASON, P-EVASION).`,
    danishEducation:
      'You keep the right to Danish education but lose the right to continue the programme and to offers under the Integration Act if you move without approval.',
    moveBack:
      'If you move back, you can apply for the full benefit again from the end of the first whole month after moving back (D-MOVE-BACK, Integration Act § 32(2)).',
    options: (free) =>
      `You can appeal (see below), apply again if your circumstances change, for example if you get a job (G-REPEAT), and you move freely from ${free}, when the integration period is over (G-PERIOD).`,
    withdrawnStays: (from) =>
      `The integration responsibility stays with ${from}. You can apply again later (G-REPEAT). If you move without approval, your benefit may be reduced (Integration Act § 32).`,
    remitted: (to, from) =>
      `Until ${to} makes a new decision, the integration responsibility stays with ${from}.`,
    changedApproved:
      "The municipality carries out the Board's decision and will contact you about what happens next.",
  },
  appeal: {
    toWhom: (to) =>
      `You can appeal against the decision of ${to} to the National Social Appeals Board (Ankestyrelsen) (Integration Act § 53, cf. section 60(1) of the Act on Legal Protection and Administration in Social Matters, retssikkerhedsloven).`,
    timeLimit:
      'The appeal must be received within 4 weeks of the day you received the decision (retssikkerhedsloven § 67).',
    how: (to) =>
      `Send the appeal to ${to}, not directly to the Board. The municipality reconsiders its decision. If it upholds the decision in whole or in part, it forwards the appeal to the Board (retssikkerhedsloven § 66). Contact the municipality if you want help to appeal.`,
    fullyUpheld:
      'Where a decision grants everything you applied for, the municipality need not give appeal guidance (forvaltningsloven § 25(1)); it is given here so that you know your options.',
    guidanceBasis:
      'This guidance is given under section 25 of the Public Administration Act (forvaltningsloven).',
    interpretationSection:
      "Interpretation: the section number of the Integration Act's right of appeal (§ 53) has not been checked against the consolidated act in force; the caseworker should check it.",
    appealBodyFinal:
      "Interpretation: the Board's decision cannot be appealed to another administrative authority.",
    courts: 'You can bring the decision before the courts (Constitution, grundloven, § 63).',
    remittedNewDecision: "The municipality's new decision will come with its own appeal guidance.",
    withdrawn:
      'No decision has been made that you could appeal against. If you still want to move, you can apply again.',
  },
  draft: {
    banner: 'DRAFT – to be checked and edited by the caseworker before it is sent',
    check:
      'This is a draft. The caseworker must check the facts, rules, reasons and appeal guidance and edit the text before the letter is sent.',
    generated: (v) =>
      `The text was generated from the facts registered on the case and the rule assessment (rules version ${v}). The assessment is decision support and does not replace the caseworker's discretion. Text marked "Interpretation" is the service's interpretation, not the wording of the law.`,
    addressee:
      "The addressee's name and address are added by the case system; the service does not hold the CPR number.",
  },
}
