// The upload page: sends each chosen file on its own with a progress bar, refuses a file over the limit before sending
// it, counts the batch's finished files, and polls every unfinished upload until it is done (and searchable) or failed.
(() => {
  const form = document.querySelector("form.upload-form");
  const mine = document.querySelector("section.my-uploads");
  const list = mine.querySelector("table.mine tbody");
  const counter = document.querySelector(".upload-batch");
  const fill = (template, ...values) => values.reduce((text, value, i) => text.replace(`{${i}}`, value), template);

  // The file picker says what is chosen in the page's language, not the browser's.
  const picker = form.querySelector("input[type=file]");
  const chosen = form.querySelector(".file-chosen");
  const showChosen = () => {
    const files = Array.from(picker.files);
    chosen.textContent = files.length === 0 ? chosen.dataset.none
      : files.length === 1 ? files[0].name : fill(chosen.dataset.many, files.length);
  };
  picker.addEventListener("change", showChosen);
  const label = (state) => mine.dataset[`status${state[0].toUpperCase()}${state.slice(1)}`] ?? state;
  const state = (doc) => (doc.status === "done" && !doc.searchable ? "indexing" : doc.status);
  const final = (doc) => doc.status === "failed" || (doc.status === "done" && doc.searchable);

  const show = (row, name, reason) => {
    const status = row.querySelector(".status");
    status.textContent = label(name);
    status.className = `status status-${name}`;
    if (reason !== undefined) row.querySelector(".reason").textContent = reason ?? "";
  };

  // Polls one row's upload; calls done() once, when the upload has finished.
  const watch = (row, done = () => {}) => {
    const tick = async () => {
      const response = await fetch(`/api/uploads/${row.dataset.documentId}`, { headers: { Accept: "application/json" } });
      if (!response.ok) return done();
      const doc = await response.json();
      show(row, state(doc), doc.failureReason);
      row.querySelector(".pages").textContent = doc.pageCount > 0 ? doc.pageCount : "";
      if (final(doc)) {
        row.dataset.final = "true";
        done();
      } else {
        setTimeout(tick, 1500);
      }
    };
    tick();
  };

  document.querySelectorAll("tr[data-document-id]:not([data-final])").forEach((row) => watch(row));
  if (!form) return;

  const time = (date) => {
    const lang = document.documentElement.lang || "id";
    const month = new Intl.DateTimeFormat(lang, { month: "short" }).format(date).replace(".", "");
    const pad = (n) => String(n).padStart(2, "0");
    return `${date.getDate()} ${month} ${date.getFullYear()} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
  };

  const newRow = (file) => {
    const row = document.createElement("tr");
    for (const name of ["file", "uploaded", "state", "pages num", "reason"]) {
      const cell = document.createElement("td");
      cell.className = name;
      row.append(cell);
    }
    row.querySelector(".file").textContent = file.name;
    row.querySelector(".uploaded").textContent = time(new Date());
    const status = Object.assign(document.createElement("span"), { className: "status" });
    const bar = document.createElement("progress");
    bar.max = 100;
    bar.value = 0;
    bar.setAttribute("aria-label", fill(form.dataset.transfer, file.name));
    row.querySelector(".state").append(status, bar);
    show(row, "sending");
    list.prepend(row);
    return row;
  };

  const batch = { total: 0, finished: 0 };
  const count = () => {
    counter.hidden = false;
    counter.textContent = fill(form.dataset.batch, batch.finished, batch.total);
  };
  const finish = () => {
    batch.finished++;
    count();
  };

  const refuse = (row, reason) => {
    row.querySelector("progress")?.remove();
    show(row, "refused", reason);
    row.dataset.final = "true";
    finish();
  };

  // Sends one file; resolves once the server has answered (the reading goes on, watched).
  const send = (file, row) =>
    new Promise((resolve) => {
      const request = new XMLHttpRequest();
      const bar = row.querySelector("progress");
      request.upload.addEventListener("progress", (event) => {
        if (event.lengthComputable) bar.value = Math.round((event.loaded / event.total) * 100);
      });
      request.addEventListener("load", () => {
        let body = null;
        try {
          body = JSON.parse(request.responseText);
        } catch {
          body = null;
        }
        bar.remove();
        const doc = request.status === 202 ? body?.documents?.[0] : null;
        if (doc && !doc.documentId) {
          // Another user's upload of the same bytes: only "already in the archive", nothing to follow.
          show(row, "duplicate", "");
          row.dataset.final = "true";
          finish();
        } else if (doc) {
          row.dataset.documentId = doc.documentId;
          if (doc.duplicate) {
            row.querySelector(".file").append(Object.assign(document.createElement("span"), {
              className: "muted",
              textContent: ` (${form.dataset.duplicate})`,
            }));
          }
          show(row, doc.status, doc.failureReason);
          watch(row, finish);
        } else {
          refuse(row, body?.refused?.[0]?.reason ?? body?.detail ?? form.dataset.sendFailed);
        }
        resolve();
      });
      request.addEventListener("error", () => {
        refuse(row, form.dataset.sendFailed);
        resolve();
      });
      const data = new FormData();
      data.append("files", file, file.name);
      request.open("POST", "/api/documents");
      request.setRequestHeader("Accept", "application/json");
      request.send(data);
    });

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const files = Array.from(picker.files);
    form.reset();
    showChosen();
    mine.querySelector(".mine-count")?.remove();
    list.closest("table").hidden = false;
    const rows = [...files].reverse().map((file) => [file, newRow(file)]).reverse();
    batch.total += files.length;
    count();
    for (const [file, row] of rows) {
      if (file.size > Number(form.dataset.maxBytes)) {
        refuse(row, fill(form.dataset.tooLarge, file.name));
      } else {
        await send(file, row);
      }
    }
  });
})();
