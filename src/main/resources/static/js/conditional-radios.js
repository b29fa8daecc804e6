// Reveals the content under a chosen radio (GOV.UK "conditional reveal"). GOV.UK Frontend's own
// radios script also sets aria-expanded on the radio inputs, which ARIA does not allow on a radio
// (axe: aria-allowed-attr), so OpenBand does the reveal itself and keeps aria-controls only.
// Without JavaScript every conditional section stays visible, so the page still works.
export function initConditionalRadios(root) {
  root.querySelectorAll('[data-govuk-radios="conditional"]').forEach((group) => {
    const inputs = Array.from(group.querySelectorAll('input[type="radio"]'));
    const sync = () => {
      inputs.forEach((input) => {
        const id = input.getAttribute('aria-controls');
        const target = id && document.getElementById(id);
        if (target) {
          target.classList.toggle('govuk-radios__conditional--hidden', !input.checked);
        }
      });
    };
    inputs.forEach((input) => input.addEventListener('change', sync));
    sync();
  });
}
