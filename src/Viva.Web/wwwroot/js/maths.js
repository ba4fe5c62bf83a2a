// Typesets the maths the server sent as Unicode text (elements with data-tex) with KaTeX; where KaTeX cannot
// parse an expression, the Unicode text stays.
document.addEventListener('DOMContentLoaded', () => {
  if (typeof katex === 'undefined') {
    return;
  }
  for (const element of document.querySelectorAll('.math[data-tex]')) {
    try {
      katex.render(element.dataset.tex, element, { displayMode: element.classList.contains('math-display'), throwOnError: true });
    } catch {
      // the fallback text is already there
    }
  }
});
