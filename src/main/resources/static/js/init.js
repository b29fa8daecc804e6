// Starts GOV.UK Frontend's components (error summary focus, notification banners, navigation toggle), and keeps a
// form from being sent while a character count is over its limit.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';
import { initConditionalRadios } from '/js/conditional-radios.js';
import { initCharacterCountGuard } from '/js/character-count-guard.js';

initAll();
initConditionalRadios(document);
initCharacterCountGuard(document);
