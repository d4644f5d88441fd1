import { Routes } from '@angular/router';
import { DATE_INPUT_PROVIDERS } from '../shared/date-inputs';
import { FORM_FIELD_PROVIDERS } from '../shared/form-field-providers';

/** The trainee's search of the catalogue: the only page of the area with date fields. */
export default [
  {
    path: '',
    title: 'catalogue.title',
    providers: [...FORM_FIELD_PROVIDERS, ...DATE_INPUT_PROVIDERS],
    loadComponent: () => import('./catalogue-page').then((m) => m.CataloguePage),
  },
] satisfies Routes;
