// Keyboard for the practice page: Enter submits the answer (Shift+Enter adds a line); 1–4 rate the card; r and w say "I was right" / "I was wrong" about the grade.
document.addEventListener('DOMContentLoaded', () => {
  const answer = document.getElementById('answer');
  if (answer) {
    answer.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        answer.form.requestSubmit();
      }
    });
  }

  const ratings = document.getElementById('rating-form');
  if (ratings) {
    document.addEventListener('keydown', (event) => {
      if (event.ctrlKey || event.altKey || event.metaKey || event.target.matches('input, textarea, select')) {
        return;
      }
      const button = ratings.querySelector(`button[data-key="${event.key}"]`);
      if (button) {
        event.preventDefault();
        button.click();
      }
    });
  }
});
