// Starts GOV.UK Frontend's components (error summary focus, radios' conditional reveal, navigation toggle).
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

initAll();
