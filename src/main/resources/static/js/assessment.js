// Shows a domain's evidence box once the level chosen needs evidence (conditional reveal). Without
// JavaScript every evidence box stays visible, and the server checks the rule when the request is sent.
document.querySelectorAll('[data-evidence-from]').forEach((group) => {
  const from = Number(group.dataset.evidenceFrom);
  const target = document.getElementById(group.dataset.evidenceTarget);
  if (!target || Number.isNaN(from)) return;
  const textarea = target.querySelector('textarea');
  const sync = () => {
    const checked = group.querySelector('input[type="radio"]:checked');
    const needed = checked !== null && Number(checked.value) >= from;
    const hasText = textarea !== null && textarea.value.trim() !== '';
    target.hidden = !needed && !hasText;
  };
  group.addEventListener('change', sync);
  sync();
});
