// Puts the cursor in the value of the item the officer continues at (a browser skips autofocus on a page opened at an
// anchor), unless the officer returns to the pairs of persons, and lets the "saved" note go after a few seconds.
if (location.hash !== "#same-persons") document.querySelector(".review-form input[autofocus]")?.focus();
const saved = document.querySelector(".review-saved");
if (saved) setTimeout(() => { saved.hidden = true; }, 4000);
