// The mock page's clock (elapsed and left, updated every second) and keys: Enter submits the answer, Shift+Enter adds a line.
document.addEventListener('DOMContentLoaded', () => {
  const timer = document.getElementById('timer');
  if (timer) {
    const started = Number(timer.dataset.started);
    const total = Number(timer.dataset.total);
    const format = (ms) => {
      const seconds = Math.max(0, Math.floor(ms / 1000));
      return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
    };
    const tick = () => {
      const elapsed = Date.now() - started;
      timer.textContent = `⏱ ${format(elapsed)} elapsed · ${format(total - elapsed)} left`;
      timer.classList.toggle('over', elapsed >= total);
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
});
