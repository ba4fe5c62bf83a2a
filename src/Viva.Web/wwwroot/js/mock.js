// The mock page's clock (the interview's time used and left, and this question's time against its share, updated every
// second) and keys: Enter submits the answer, Shift+Enter adds a line; after a graded answer, Enter goes on.
document.addEventListener('DOMContentLoaded', () => {
  const timer = document.getElementById('timer');
  if (timer) {
    const started = Number(timer.dataset.started);
    const total = Number(timer.dataset.total);
    const format = (ms) => {
      const seconds = Math.max(0, Math.floor(ms / 1000));
      return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
    };
    const shown = Number(timer.dataset.shown);
    const share = Number(timer.dataset.share);
    const tick = () => {
      const now = Date.now();
      const elapsed = now - started;
      const onQuestion = now - shown;
      timer.textContent = `⏱ ${format(elapsed)} elapsed · ${format(total - elapsed)} left · this question ${format(onQuestion)} of ${format(share)}`;
      timer.classList.toggle('over', elapsed >= total || onQuestion > share);
    };
    tick();
    setInterval(tick, 1000);
  }

  const answer = document.getElementById('answer');
  if (answer) {
    answer.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        answer.form.requestSubmit(document.getElementById('submit'));
      }
    });
  }

  // The link on from a graded answer takes Enter, even where the browser ignores autofocus on links.
  document.getElementById('next')?.focus();
});
