// Every page: the header menu opens and closes on narrow screens, each cell of a wide table carries its column's name
// (data-label) so a phone shows the table as stacked rows (unless its class is "columns"), a field's box on a page image
// selects the field, and a print button prints the page.
// Loaded in <head>: the "js" class is set before paint.
(() => {
  document.documentElement.classList.add("js");

  const menu = () => {
    const button = document.querySelector(".menu-button");
    if (!button) return;
    const bar = button.closest(".bar");
    const toggle = (open) => {
      button.setAttribute("aria-expanded", String(open));
      bar.classList.toggle("open", open);
    };
    button.addEventListener("click", () => toggle(button.getAttribute("aria-expanded") !== "true"));
    document.addEventListener("keydown", (event) => {
      if (event.key === "Escape" && bar.classList.contains("open")) {
        toggle(false);
        button.focus();
      }
    });
  };

  // Tables of three columns or more stack on a phone; the labels follow rows added later (the upload list).
  const label = (table) => {
    const names = [];
    for (const th of table.querySelectorAll("thead tr:last-child > th")) {
      for (let span = 0; span < th.colSpan; span++) names.push(th.textContent.trim());
    }
    if (names.length < 3 || table.classList.contains("columns")) return;
    table.classList.add("stack");
    const labelRow = (row) => {
      let column = 0;
      for (const cell of row.cells) {
        if (names[column] !== undefined && !cell.hasAttribute("data-label")) cell.dataset.label = names[column];
        column += cell.colSpan;
      }
    };
    for (const body of table.tBodies) {
      Array.from(body.rows).forEach(labelRow);
      new MutationObserver((changes) => changes.forEach((change) =>
        change.addedNodes.forEach((node) => node instanceof HTMLTableRowElement && labelRow(node)))).observe(body, { childList: true });
    }
  };

  // A field's box on a page image selects the field beside it: marked, scrolled into view and ready to type in.
  const select = (link) => link.addEventListener("click", (event) => {
    const field = document.getElementById(link.getAttribute("href").slice(1));
    if (!field) return;
    event.preventDefault();
    document.querySelectorAll("li.field.selected").forEach((other) => other.classList.remove("selected"));
    field.classList.add("selected");
    field.scrollIntoView({ block: "nearest" });
    field.querySelector("input[name=value]")?.focus({ preventScroll: true });
  });

  // The reconciliation report's print button.
  const print = (button) => button.addEventListener("click", () => window.print());

  const ready = () => {
    menu();
    document.querySelectorAll(".print-button").forEach(print);
    document.querySelectorAll("main table").forEach(label);
    document.querySelectorAll(".page-image svg a[href^='#']").forEach(select);
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", ready);
  else ready();
})();
