import { FormControl, FormGroup, NonNullableFormBuilder, Validators } from '@angular/forms';
import {
  PROFILE_LIMITS,
  type LegalForm,
  type OrganisationProfile,
  type OrganisationType,
  type PeopleByGender,
  type ProvinceCode,
  type SaveOrganisationProfileRequest,
  type TargetGroup,
  type ThematicArea,
} from '@atolye/shared';
import { website } from '../shared/validators';

const count = () =>
  new FormControl<number | null>(null, [Validators.min(0), Validators.max(PROFILE_LIMITS.peopleMax)]);
const peopleGroup = () => new FormGroup({ women: count(), men: count(), other: count() });

/** The profile form, with the API's limits, and its conversions to and from the API's shape. */
export function profileForm(fb: NonNullableFormBuilder) {
  return fb.group({
    type: ['cso' as OrganisationType, Validators.required],
    legalForm: new FormControl<LegalForm | null>(null),
    yearFounded: new FormControl<number | null>(null, [
      Validators.min(PROFILE_LIMITS.yearFoundedMin),
      Validators.max(new Date().getFullYear()),
    ]),
    staff: peopleGroup(),
    volunteers: peopleGroup(),
    workProvinces: [[] as ProvinceCode[]],
    workCountries: [[] as string[]],
    thematicAreas: [[] as ThematicArea[]],
    thematicAreasOther: ['', Validators.maxLength(300)],
    targetGroups: [[] as TargetGroup[]],
    networks: [[] as string[]],
    website: ['', [website, Validators.maxLength(300)]],
    contact: fb.group({
      name: ['', [Validators.minLength(2), Validators.maxLength(120)]],
      role: ['', Validators.maxLength(120)],
      email: ['', [Validators.email, Validators.maxLength(254)]],
      phone: ['', [Validators.pattern(/^\+?[0-9 ()-]{7,25}$/)]],
    }),
  });
}
export type ProfileForm = ReturnType<typeof profileForm>;

export function fillProfileForm(form: ProfileForm, p: OrganisationProfile): void {
  form.reset({
    type: p.type,
    legalForm: p.legalForm,
    yearFounded: p.yearFounded,
    staff: p.staff,
    volunteers: p.volunteers,
    workProvinces: p.workProvinces,
    workCountries: p.workCountries,
    thematicAreas: p.thematicAreas,
    thematicAreasOther: p.thematicAreasOther ?? '',
    targetGroups: p.targetGroups,
    networks: p.networks,
    website: p.website ?? '',
    contact: {
      name: p.contact.name ?? '',
      role: p.contact.role ?? '',
      email: p.contact.email ?? '',
      phone: p.contact.phone ?? '',
    },
  });
}

const orNull = (text: string) => text.trim() || null;
const people = (value: Partial<PeopleByGender>): PeopleByGender => ({
  women: value.women ?? null,
  men: value.men ?? null,
  other: value.other ?? null,
});

export function profileRequest(form: ProfileForm): SaveOrganisationProfileRequest {
  const v = form.getRawValue();
  return {
    type: v.type,
    legalForm: v.legalForm,
    yearFounded: v.yearFounded,
    staff: people(v.staff),
    volunteers: people(v.volunteers),
    workProvinces: v.workProvinces,
    workCountries: v.workCountries,
    thematicAreas: v.thematicAreas,
    thematicAreasOther: v.thematicAreas.includes('other') ? orNull(v.thematicAreasOther) : null,
    targetGroups: v.targetGroups,
    networks: v.networks,
    website: orNull(v.website),
    contact: {
      name: orNull(v.contact.name),
      role: orNull(v.contact.role),
      email: orNull(v.contact.email),
      phone: orNull(v.contact.phone),
    },
  };
}
