// A form with a GOV.UK character count is not sent while any of its boxes is over its limit: the count already
// says by how much, so the guard moves focus to the first such box. (Without JavaScript the box's maxlength stops
// typing past the limit; the server checks the limit either way.)
export function initCharacterCountGuard(root) {
  root.querySelectorAll('form').forEach((form) => {
    const counted = Array.from(form.querySelectorAll('.govuk-character-count[data-maxlength] textarea'));
    if (counted.length === 0) return;
    form.addEventListener('submit', (event) => {
      const over = counted.find((box) => {
        const max = Number(box.closest('.govuk-character-count').dataset.maxlength);
        return !Number.isNaN(max) && box.value.replace(/\r\n/g, '\n').length > max;
      });
      if (over) {
        event.preventDefault();
        over.closest('.govuk-character-count').hidden = false;
        over.focus();
      }
    });
  });
}
