// Progressive enhancement only: every page works without this file.
// Filter forms leave their empty fields out of the URL, so a shared link reads
// /articles/?organisation=sdf rather than /articles/?q=&speaker=&organisation=sdf&...
document.addEventListener("submit", (event) => {
  const form = event.target;
  if (!form.matches(".filter-form")) return;
  for (const field of form.elements) {
    if (field.name && field.value === "") field.disabled = true;
  }
  // Re-enable them when the page comes back from the back/forward cache.
  window.addEventListener("pageshow", () => {
    for (const field of form.elements) field.disabled = false;
  }, { once: true });
});

// On a narrow screen the filters start folded away under their summary, so the results
// come first; without JavaScript they stay open.
if (window.matchMedia("(max-width: 55.99rem)").matches) {
  for (const panel of document.querySelectorAll("details.filter-panel")) {
    if (!panel.querySelector(".field--error")) panel.open = false;
  }
}
