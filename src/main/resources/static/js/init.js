// Starts GOV.UK Frontend's components (error summary focus, notification banners, navigation toggle).
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';
import { initConditionalRadios } from '/js/conditional-radios.js';

initAll();
initConditionalRadios(document);
