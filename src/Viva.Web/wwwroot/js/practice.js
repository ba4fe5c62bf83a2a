// Keyboard for the practice page: Enter submits the answer (Shift+Enter adds a line; in a code editor Ctrl+Enter submits and Tab indents); 1–4 rate the card; r and w say "I was right" / "I was wrong" about the grade.
document.addEventListener('DOMContentLoaded', () => {
  const answer = document.getElementById('answer');
  if (answer && answer.classList.contains('code')) {
    // A code editor: Enter is a new line, Tab indents by four spaces, Ctrl+Enter submits, Esc lets the next Tab leave.
    let leaving = false;
    answer.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        leaving = true;
        return;
      }
      if (event.key === 'Tab' && !leaving && !event.shiftKey) {
        event.preventDefault();
        const start = answer.selectionStart;
        answer.setRangeText('    ', start, answer.selectionEnd, 'end');
      } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        answer.form.requestSubmit();
      }
      leaving = false;
    });
  } else if (answer) {
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
