// Polls each uploaded file's status until it is done (and searchable) or failed.
(() => {
  const state = (doc) => doc.status === "done" && !doc.searchable ? "indexing" : doc.status;
  const final = (doc) => doc.status === "failed" || (doc.status === "done" && doc.searchable);
  const table = document.querySelector("table[data-status-done]");
  const label = (name) => table.dataset[`status${name[0].toUpperCase()}${name.slice(1)}`] ?? name;
  const failures = JSON.parse(table.dataset.failures);
  const failure = (doc) => (doc.status === "failed" ? failures[doc.failureCode] ?? failures.unreadable : "");

  const poll = async (row) => {
    const response = await fetch(`/api/uploads/${row.dataset.documentId}`, { headers: { Accept: "application/json" } });
    if (!response.ok) return true;
    const doc = await response.json();
    const status = row.querySelector(".status");
    status.textContent = label(state(doc));
    status.className = `status status-${state(doc)}`;
    row.querySelector(".pages").textContent = doc.pageCount > 0 ? doc.pageCount : "";
    const reason = row.querySelector(".reason");
    reason.textContent = failure(doc);
    reason.title = doc.failureReason ?? "";
    return final(doc);
  };

  const watch = (row) => {
    const tick = async () => {
      if (!(await poll(row))) setTimeout(tick, 1500);
    };
    tick();
  };

  document.querySelectorAll("tr[data-document-id]").forEach(watch);

  const form = document.querySelector("form[data-max-bytes]");
  if (form) {
    form.addEventListener("submit", (event) => {
      const files = form.querySelector("input[type=file]").files;
      const total = Array.from(files).reduce((sum, file) => sum + file.size, 0);
      if (total > Number(form.dataset.maxBytes)) {
        event.preventDefault();
        form.querySelector(".limit").classList.add("error");
      }
    });
  }
})();
