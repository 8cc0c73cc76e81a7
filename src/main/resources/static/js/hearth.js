// Progressive enhancement only: every page works without this script.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

initAll();

// Idle timeout: warn before the session ends, keep what was typed if it does.
(function () {
  const body = document.body;
  const sessionSeconds = parseInt(body.dataset.sessionSeconds || '0', 10);
  const warningSeconds = parseInt(body.dataset.warningSeconds || '0', 10);
  const draftKey = 'hearth-draft:' + location.pathname;
  const csrfFields = new Set(['_csrf']);

  restoreDraft();
  if (!sessionSeconds) {
    return;
  }

  const dialog = document.getElementById('session-warning');
  const left = document.getElementById('session-warning-left');
  let warnTimer, endTimer, countdown;

  function schedule() {
    clearTimeout(warnTimer);
    clearTimeout(endTimer);
    clearInterval(countdown);
    warnTimer = setTimeout(warn, Math.max(0, sessionSeconds - warningSeconds) * 1000);
    // A little after the session's end: the page's own requests (styles, scripts) may have touched the
    // session just after it loaded, and a reload before the server has let it go would keep it alive.
    endTimer = setTimeout(signedOut, sessionSeconds * 1000 + 3000);
  }

  function warn() {
    let remaining = warningSeconds;
    const show = () => {
      const minutes = Math.ceil(remaining / 60);
      left.textContent = remaining >= 60 ? minutes + (minutes === 1 ? ' minute' : ' minutes') : remaining + ' seconds';
    };
    show();
    countdown = setInterval(() => { remaining = Math.max(0, remaining - 1); show(); }, 1000);
    if (dialog && !dialog.open) {
      dialog.showModal();
    }
  }

  function signedOut() {
    saveDraft();
    // Reloading sends the user to sign in; afterwards they come back here and the draft is restored.
    location.reload();
  }

  document.getElementById('session-stay')?.addEventListener('click', () => {
    fetch('/session/keep-alive', { credentials: 'same-origin' }).then(() => {
      dialog.close();
      schedule();
    });
  });

  function saveDraft() {
    const forms = Array.from(document.querySelectorAll('form[method="post"]:not(.hearth-no-draft)'));
    const values = {};
    forms.forEach((form, i) => {
      Array.from(form.elements).forEach(el => {
        if (!el.name || csrfFields.has(el.name) || el.type === 'password' || el.type === 'hidden') return;
        const key = i + ':' + el.name;
        if ((el.type === 'checkbox' || el.type === 'radio')) {
          if (el.checked) (values[key] = values[key] || []).push(el.value);
        } else if (el.value) {
          values[key] = el.value;
        }
      });
    });
    if (Object.keys(values).length) {
      sessionStorage.setItem(draftKey, JSON.stringify(values));
    }
  }

  function restoreDraft() {
    const saved = sessionStorage.getItem(draftKey);
    if (!saved || !document.body.dataset.sessionSeconds) return;
    sessionStorage.removeItem(draftKey);
    const values = JSON.parse(saved);
    const forms = Array.from(document.querySelectorAll('form[method="post"]:not(.hearth-no-draft)'));
    Object.entries(values).forEach(([key, value]) => {
      const [i, name] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
      const form = forms[parseInt(i, 10)];
      if (!form) return;
      form.querySelectorAll('[name="' + CSS.escape(name) + '"]').forEach(el => {
        if (el.type === 'checkbox' || el.type === 'radio') el.checked = value.includes(el.value);
        else el.value = value;
      });
    });
    document.getElementById('session-restored')?.removeAttribute('hidden');
  }

  schedule();
})();
