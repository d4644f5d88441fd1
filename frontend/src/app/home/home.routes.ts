import { Routes } from '@angular/router';
import { HomePage } from './home-page';

export default [{ path: '', title: 'home.title', component: HomePage }] satisfies Routes;
