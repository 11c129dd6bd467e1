/**
 * H-CPR (rules.md § 3, IL § 4 stk. 3): quota refugees and family-reunified persons, from the CPR
 * registration or, applied for in Denmark, from the permit. What the explanation says in Danish and
 * English, the facts it notes as not used, and the field every refusal names.
 */
import { describe, expect, it } from 'vitest'
import { renderSteps, responsibilityDate, type Step } from '../../../src/law/handover/index.ts'
import { lawError } from '../invalid-input.ts'

const da = (steps: readonly Step[]) => renderSteps(steps, 'da')
const en = (steps: readonly Step[]) => renderSteps(steps, 'en')

describe('H-CPR: the explanation', () => {
  it('H-CPR: starts with the category and the rule, then the registration, in both languages', () => {
    const { steps } = responsibilityDate({ category: 'quota_refugee', cprRegistrationDate: '2025-03-03' })
    expect(en(steps)).toEqual([
      'Category quota_refugee, quota refugee (Aliens Act § 8): the responsibility date follows rule H-CPR.',
      'H-CPR: responsibility passes on the registration in CPR as moved into the municipality, 3 March 2025. No weekday roll-forward applies.',
    ])
    expect(da(steps)[0]).toBe(
      'Kategori quota_refugee, kvoteflygtning (udlændingelovens § 8): ansvarsdatoen følger reglen H-CPR.',
    )
    expect(da(steps)[1]).toContain('registreringen i CPR som tilflyttet kommunen, 3. marts 2025')
  })

  it.each([
    [
      'family_reunified_to_refugee',
      'familiesammenført til flygtning (IL § 2, stk. 3)',
      'family-reunified to a refugee (IL § 2 stk. 3)',
    ],
    ['family_reunified', 'familiesammenført (IL § 2, stk. 4)', 'family-reunified (IL § 2 stk. 4)'],
  ] as const)(
    'H-CPR: category %s is named with its provision of IL § 2 in both languages',
    (category, daLabel, enLabel) => {
      const { steps } = responsibilityDate({ category, cprRegistrationDate: '2025-03-03' })
      expect(da(steps)[0]).toBe(`Kategori ${category}, ${daLabel}: ansvarsdatoen følger reglen H-CPR.`)
      expect(en(steps)[0]).toBe(
        `Category ${category}, ${enLabel}: the responsibility date follows rule H-CPR.`,
      )
    },
  )

  it('H-CPR: a visitation decision given is noted as not used, naming H-CPR; none given, nothing is said', () => {
    const noted = responsibilityDate({
      category: 'family_reunified',
      visitationDecisionDate: '2025-01-10',
      cprRegistrationDate: '2025-03-03',
    })
    expect(en(noted.steps)[1]).toBe(
      'visitationDecisionDate was given but is not used for category family_reunified (H-CPR).',
    )
    expect(da(noted.steps)[1]).toBe(
      'visitationDecisionDate er oplyst, men bruges ikke for kategori family_reunified (H-CPR).',
    )
    const plain = responsibilityDate({ category: 'family_reunified', cprRegistrationDate: '2025-03-03' })
    expect(en(plain.steps).join('\n')).not.toContain('visitationDecisionDate')
  })

  it('H-CPR applied for in Denmark: a CPR registration given is not used, naming H-CPR; none given, nothing is said', () => {
    const noted = responsibilityDate({
      category: 'family_reunified_to_refugee',
      applicationSubmittedInDenmark: true,
      residencePermitDate: '2025-01-20',
      cprRegistrationDate: '2025-02-03',
    })
    expect(en(noted.steps)).toContain(
      'cprRegistrationDate was given but is not used for category family_reunified_to_refugee (H-CPR).',
    )
    const plain = responsibilityDate({
      category: 'family_reunified_to_refugee',
      applicationSubmittedInDenmark: true,
      residencePermitDate: '2025-01-20',
    })
    expect(plain).toMatchObject({ date: '2025-01-20', basis: 'residence_permit' })
    expect(en(plain.steps)).toHaveLength(2)
    expect(en(plain.steps).join('\n')).not.toContain('cprRegistrationDate')
    expect(da(plain.steps)[1]).toContain('fra meddelelsen af opholdstilladelsen, 20. januar 2025')
  })

  it('H-CPR: a registration on the day of the permit (applied for from abroad) counts from the registration', () => {
    const result = responsibilityDate({
      category: 'quota_refugee',
      residencePermitDate: '2025-03-03',
      cprRegistrationDate: '2025-03-03',
    })
    expect(result).toMatchObject({ date: '2025-03-03', basis: 'cpr_registration', basisDate: '2025-03-03' })
  })
})

describe('H-CPR: refusals name the field and say why', () => {
  it('H-CPR: without the registration, the 400 says what to give instead', () => {
    const error = lawError(() => responsibilityDate({ category: 'family_reunified' }))
    expect([error.kind, error.pointer]).toEqual(['invalid', '/cprRegistrationDate'])
    expect(error.message).toContain('cprRegistrationDate is required for category family_reunified')
    expect(error.message).toContain('(IL § 4 stk. 3)')
    expect(error.message).toContain('set applicationSubmittedInDenmark to true and give residencePermitDate')
  })

  it('H-CPR applied for in Denmark: without the permit, the 400 says the permit is required', () => {
    const error = lawError(() =>
      responsibilityDate({ category: 'quota_refugee', applicationSubmittedInDenmark: true }),
    )
    expect([error.kind, error.pointer]).toEqual(['invalid', '/residencePermitDate'])
    expect(error.message).toBe(
      'residencePermitDate is required when applicationSubmittedInDenmark is true: H-CPR then counts from the date of the residence permit (IL § 4 stk. 3).',
    )
  })

  it('H-CPR: an early takeover date is contradictory, naming the category and H-CPR', () => {
    const error = lawError(() =>
      responsibilityDate({
        category: 'quota_refugee',
        cprRegistrationDate: '2025-03-03',
        earlyTakeoverDate: '2025-03-01',
      }),
    )
    expect([error.kind, error.pointer]).toEqual(['contradictory', '/earlyTakeoverDate'])
    expect(error.message).toBe(
      'earlyTakeoverDate applies only to category refugee (H-EARLY, IL § 4 stk. 2); for category quota_refugee the responsibility date follows H-CPR.',
    )
  })

  it.each([
    ['/residencePermitDate', { residencePermitDate: '2025-02-30', cprRegistrationDate: '2025-03-03' }],
    ['/cprRegistrationDate', { cprRegistrationDate: '2025-02-30' }],
    ['/visitationDecisionDate', { visitationDecisionDate: '2025-02-30', cprRegistrationDate: '2025-03-03' }],
  ])('H-CPR: a malformed date is a 400 at %s', (pointer, facts) => {
    const error = lawError(() =>
      responsibilityDate({ category: 'quota_refugee', ...facts }, { pointerPrefix: '/applicant' }),
    )
    expect([error.kind, error.pointer]).toEqual(['invalid', `/applicant${pointer}`])
    expect(error.message).toBe('"2025-02-30" is not a calendar date YYYY-MM-DD.')
  })

  it('H-CPR: a registration before the Integration Act (1 January 1999) has no legal basis under H-CPR', () => {
    const error = lawError(() =>
      responsibilityDate({ category: 'quota_refugee', cprRegistrationDate: '1998-12-31' }),
    )
    expect([error.kind, error.pointer]).toEqual(['contradictory', '/cprRegistrationDate'])
    expect(error.message).toBe(
      'cprRegistrationDate (1998-12-31) is before 1999-01-01, when integrationsloven (lov nr. 474 af 1. juli 1998) came into force: rule H-CPR has no legal basis for it. Check the date or the category.',
    )
    expect(responsibilityDate({ category: 'quota_refugee', cprRegistrationDate: '1999-01-01' }).date).toBe(
      '1999-01-01',
    )
  })

  it('H-CPR applied for in Denmark: a permit before the Integration Act names /residencePermitDate', () => {
    const error = lawError(() =>
      responsibilityDate({
        category: 'quota_refugee',
        applicationSubmittedInDenmark: true,
        residencePermitDate: '1998-12-31',
      }),
    )
    expect([error.kind, error.pointer]).toEqual(['contradictory', '/residencePermitDate'])
    expect(error.message).toBe(
      'residencePermitDate (1998-12-31) is before 1999-01-01, when integrationsloven (lov nr. 474 af 1. juli 1998) came into force: rule H-CPR has no legal basis for it. Check the date or the category.',
    )
  })
})
