// Refreshes the calculator's result as levels are chosen, by asking the scoring API. The server
// computes every figure; this script only shows what it answers. Without JavaScript the form's
// Calculate button does the same with a page load.
const form = document.getElementById('calculator');
const panel = document.getElementById('result');

function text(id, value) {
  document.getElementById(id).textContent = value;
}

function money(amount) {
  const [pounds, pence] = amount.split('.');
  return '£' + pounds.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + '.' + pence;
}

function bandText(result) {
  if (result.exceptionalLevel) return panel.dataset.msgExceptionalLevel.replace('{0}', result.exceptionalLevel);
  if (result.exceptional) return panel.dataset.msgExceptional;
  if (result.band === null || result.band === undefined) return panel.dataset.msgBelow;
  if (!result.topUp) return panel.dataset.msgNoTopUp.replace('{0}', result.band);
  return result.band;
}

function show(result) {
  document.getElementById('result-empty').hidden = true;
  document.getElementById('result-figures').hidden = false;
  document.getElementById('result-trace-heading').hidden = false;
  text('result-total', String(result.total));
  text('result-band', bandText(result));
  text('result-amount', result.annualAmount ? money(result.annualAmount) : panel.dataset.msgCosted);
  const trace = document.getElementById('result-trace');
  trace.replaceChildren(...result.trace.map((line) => {
    const li = document.createElement('li');
    li.textContent = line;
    return li;
  }));
}

// Answers can arrive out of order when levels are chosen quickly: only the latest request counts.
let latest = 0;

async function refresh() {
  const request = ++latest;
  const data = new FormData(form);
  const category = data.get('category');
  if (!category) return;
  const levels = {};
  for (const [name, value] of data.entries()) {
    if (name !== 'category' && name !== 'calculate') levels[name] = Number(value);
  }
  const body = {
    framework: { key: form.dataset.frameworkKey, version: form.dataset.frameworkVersion },
    banding: { key: form.dataset.bandingKey, version: form.dataset.bandingVersion },
    settingCategory: category,
    levels,
  };
  try {
    const response = await fetch('/api/v1/scores', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(String(response.status));
    const result = await response.json();
    if (request === latest) show(result);
  } catch (e) {
    if (request !== latest) return;
    document.getElementById('result-empty').hidden = false;
    text('result-empty', panel.dataset.msgError);
  }
}

if (form && panel) {
  form.addEventListener('change', refresh);
}
